#include "core/utf8.hpp"

#include <cstddef>
#include <cstdint>

namespace perspectief {
namespace {

// The length of the well-formed sequence starting at text[i], or 0 when the
// bytes there are not one (Unicode 15, table 3-7 "well-formed UTF-8 byte sequences").
std::size_t sequence_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[i + k]); };
  const auto continuation = [&](std::size_t k, std::uint8_t low = 0x80, std::uint8_t high = 0xBF) {
    return i + k < text.size() && byte(k) >= low && byte(k) <= high;
  };
  const std::uint8_t b0 = byte(0);
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(1) ? 2 : 0;
  if (b0 == 0xE0) return continuation(1, 0xA0) && continuation(2) ? 3 : 0;         // no overlongs
  if (b0 == 0xED) return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0;   // no surrogates
  if (b0 >= 0xE1 && b0 <= 0xEF) return continuation(1) && continuation(2) ? 3 : 0;
  if (b0 == 0xF0) return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  if (b0 == 0xF4) return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0;  // <= U+10FFFF
  return 0;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

bool is_valid_utf8(std::string_view text) noexcept { return !first_invalid_utf8(text); }

std::string to_valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER, one per bad byte
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace perspectief
