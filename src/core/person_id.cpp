// R-LOG: the natural-person id predicate (see person_id.hpp).
#include "core/person_id.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

namespace perspectief {
namespace {

// Ids that name a role, a process or no one rather than a person, compared
// without regard to ASCII case. Dutch and English, as hosts use both.
constexpr std::array<std::string_view, 22> kReserved = {
    "system",  "systeem",   "admin",   "administrator", "beheerder", "root",    "anonymous", "anoniem",
    "unknown", "onbekend",  "nobody",  "niemand",       "guest",     "gast",    "service",   "daemon",
    "null",    "none",      "n/a",     "-",             "batch",     "automaat"};

constexpr std::size_t kLongestReserved =
    std::max_element(kReserved.begin(), kReserved.end(), [](std::string_view a, std::string_view b) {
      return a.size() < b.size();
    })->size();

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

// For each first byte, the reserved words that begin with it (bit i: kReserved[i]), so that
// an id is compared with two or three words rather than all of them: the check runs for
// every sharing question.
constexpr std::array<std::uint32_t, 256> kReservedByFirstByte = [] {
  static_assert(kReserved.size() <= 32);
  std::array<std::uint32_t, 256> table{};
  for (std::size_t i = 0; i < kReserved.size(); ++i) table[static_cast<unsigned char>(kReserved[i][0])] |= 1u << i;
  return table;
}();

// Decodes one UTF-8 sequence at `i` (the JSON reader has already checked that
// the text is UTF-8; a malformed byte is returned as itself and refused as a
// control character would be).
std::uint32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFFFFFFu;
  }
  std::uint32_t cp = length == 1 ? lead : lead & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  i += length;
  return cp;
}

// Unicode White_Space, the invisible format characters that are used as blanks
// (zero-width space and joiners, word joiner, byte order mark), C0 and C1
// controls and DEL.
bool is_space_or_control(std::uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0)) return true;  // C0, space excluded below, DEL, C1, NBSP
  switch (cp) {
    case 0x20: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0x180E: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return true;
    default:
      return (cp >= 0x2000 && cp <= 0x200A) || cp == 0xFFFFFFFFu;
  }
}

}  // namespace

std::optional<PersonIdFlaw> person_id_flaw(std::string_view person) {
  if (person.empty()) {
    return PersonIdFlaw{"een handeling noemt altijd een natuurlijk persoon (person is leeg)",
                        "an act always names a natural person (person is empty)"};
  }
  for (std::size_t i = 0; i < person.size();) {
    // Ids are mostly ASCII: a byte below 0x80 is its own code point (asked per sharing
    // question, so it is worth not decoding).
    const auto ascii = static_cast<unsigned char>(person[i]);
    const bool flawed = ascii < 0x80 ? (ascii <= 0x20 || ascii == 0x7F) : is_space_or_control(next_code_point(person, i));
    if (ascii < 0x80) ++i;
    if (flawed) {
      return PersonIdFlaw{"het id van een persoon bevat geen spaties, onzichtbare tekens of stuurtekens",
                          "a person's id holds no white space, invisible or control characters"};
    }
  }
  if (person.size() > kLongestReserved) return std::nullopt;
  for (std::uint32_t words = kReservedByFirstByte[static_cast<unsigned char>(ascii_lower(person[0]))]; words != 0;
       words &= words - 1) {
    if (equals_ignoring_ascii_case(person, kReserved[static_cast<std::size_t>(std::countr_zero(words))])) {
      return PersonIdFlaw{"'" + std::string(person) + "' noemt geen natuurlijk persoon; noem wie handelt",
                          "'" + std::string(person) + "' names no natural person; name who acts"};
    }
  }
  return std::nullopt;
}

}  // namespace perspectief
