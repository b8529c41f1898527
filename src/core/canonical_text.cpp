#include "core/canonical_text.hpp"

#include <array>
#include <charconv>
#include <cstring>

#include "core/utf8.hpp"
#include "perspectief/error.hpp"

namespace perspectief::detail {
namespace {

// The escape of a byte below 0x20, '"' or '\\', as nlohmann writes it.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 0x0F];
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Whether any of the eight bytes in `word` is below 0x20, '"' or '\\' (the bytes
// JSON escapes): the classic tests for a byte below n and for a zero byte, the latter
// on the word xor'ed with each character. A false positive only sends the bytes to
// the byte-by-byte path.
constexpr bool needs_escape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  const auto has_zero = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; };
  const bool control = ((word - 0x20 * kOnes) & ~word & kHighBits) != 0;
  return control || has_zero(word ^ ('"' * kOnes)) || has_zero(word ^ ('\\' * kOnes));
}

// The bytes a character takes beyond itself in a JSON string as append_escape writes
// it: the short escapes (\" \\ \b \f \n \r \t) one, other control characters five
// (\u00xx).
constexpr std::array<std::uint8_t, 256> kEscapeExtra = [] {
  std::array<std::uint8_t, 256> extra{};
  for (int c = 0; c < 0x20; ++c) extra[c] = 5;
  for (unsigned char c : {'"', '\\', '\b', '\f', '\n', '\r', '\t'}) extra[c] = 1;
  return extra;
}();

template <class Integer>
void append_number(std::string& out, Integer value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

// nlohmann's own serializer (the one Json::dump uses), appending to `out`; strict error
// handling refuses a string that is not UTF-8 instead of writing it.
void append_with_nlohmann(std::string& out, const Json& value) {
  try {
    nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                                                  nlohmann::json::error_handler_t::strict);
    serializer.dump(value, false, false, 0);
  } catch (const nlohmann::json::type_error& e) {
    throw Error(ErrorCode::invalid_utf8, std::string("value holds a string that is not UTF-8: ") + e.what());
  }
}

// The members to merge: an object's, or none (nlohmann's iterators must belong to a
// value to be compared).
const Json& unknown_members(const Json* unknown) {
  static const Json none = Json::object();
  return unknown && unknown->is_object() ? *unknown : none;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  // Runs of bytes that need no escape are appended whole, found eight bytes at a time;
  // bytes from 0x80 up pass through as they are, and only a string that has any is
  // checked for UTF-8.
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* run = begin;
  const char* p = begin;
  std::uint64_t high = 0;
  while (p != end) {
    if (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      high |= word;
      if (!needs_escape(word)) {
        p += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(*p);
    high |= c;
    if (c < 0x20 || c == '"' || c == '\\') {
      out.append(run, static_cast<std::size_t>(p - run));
      append_escape(out, c);
      run = p + 1;
    }
    ++p;
  }
  out.append(run, static_cast<std::size_t>(end - run));
  out += '"';
  if ((high & kHighBits) != 0 && !is_valid_utf8(text)) {
    // The tree path refuses the same string with nlohmann's message (which names the
    // byte's index in the string): let nlohmann say so, so both paths fail alike.
    std::string unused;
    append_with_nlohmann(unused, Json(std::string(text)));
  }
}

void append_canonical(std::string& out, const Json& value) {
  // The tree walked as nlohmann's serializer walks it (objects in the map's byte order of
  // names), with the string writer above, which is several times faster than nlohmann's;
  // what is rare in a plan (a float, binary) is left to nlohmann itself.
  switch (value.type()) {
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (auto it = value.cbegin(); it != value.cend(); ++it) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, it.key());
        out += ':';
        append_canonical(out, it.value());
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const Json& item : value) {
        if (!first) out += ',';
        first = false;
        append_canonical(out, item);
      }
      out += ']';
      return;
    }
    case Json::value_t::string: return append_json_string(out, value.get_ref<const std::string&>());
    case Json::value_t::boolean: return append_json_bool(out, value.get<bool>());
    case Json::value_t::number_integer: return append_json_integer(out, value.get<std::int64_t>());
    case Json::value_t::number_unsigned: return append_number(out, value.get<std::uint64_t>());
    case Json::value_t::null: out += "null"; return;
    default: return append_with_nlohmann(out, value);
  }
}

void append_json_integer(std::string& out, std::int64_t value) { append_number(out, value); }

ObjectText::ObjectText(std::string& out, const Json* unknown)
    : out_(out), unknown_(unknown_members(unknown).cbegin()), unknown_end_(unknown_members(unknown).cend()) {
  out_ += '{';
}

void ObjectText::separate() {
  if (!first_) out_ += ',';
  first_ = false;
}

void ObjectText::merge_unknown_up_to(std::string_view name) {
  for (; unknown_ != unknown_end_; ++unknown_) {
    const std::string& key = unknown_.key();
    // std::string's order is the byte order the tree's map keeps, and canonical_json's.
    const int order = std::string_view(key).compare(name);
    if (order > 0) return;
    if (order == 0) {
      ++unknown_;
      return;
    }
    write_unknown();
  }
}

void ObjectText::write_unknown() {
  separate();
  append_json_string(out_, unknown_.key());
  out_ += ':';
  append_canonical(out_, unknown_.value());
}

std::string& ObjectText::member(std::string_view name) {
  merge_unknown_up_to(name);
  separate();
  // Names come from the code (the model's field names), never from input: nothing in
  // them to escape (text_mapping.hpp asserts that of every field list it writes).
  out_ += '"';
  out_ += name;
  out_ += "\":";
  return out_;
}

void ObjectText::omit(std::string_view name) { merge_unknown_up_to(name); }

void ObjectText::close() {
  for (; unknown_ != unknown_end_; ++unknown_) write_unknown();
  out_ += '}';
}

}  // namespace perspectief::detail

namespace perspectief {

// Every string of a plan is measured after every event (the engine's limits), so this
// skips eight bytes at a time where none needs an escape, as append_json_string does.
std::size_t json_string_bytes(std::string_view text) {
  std::size_t extra = 0;
  const char* p = text.data();
  const char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    if (!detail::needs_escape(word)) continue;
    for (int i = 0; i < 8; ++i) extra += detail::kEscapeExtra[static_cast<unsigned char>(p[i])];
  }
  for (; p != end; ++p) extra += detail::kEscapeExtra[static_cast<unsigned char>(*p)];
  return text.size() + 2 + extra;  // the quotes
}

}  // namespace perspectief
