// R-LOG: the natural-person id predicate (see person_id.hpp).
#include "core/person_id.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace perspectief {
namespace {

// Ids that name a role, a process or no one rather than a person, compared
// without regard to ASCII case. Dutch and English, as hosts use both.
constexpr std::array<std::string_view, 22> kReserved = {
    "system",  "systeem",   "admin",   "administrator", "beheerder", "root",    "anonymous", "anoniem",
    "unknown", "onbekend",  "nobody",  "niemand",       "guest",     "gast",    "service",   "daemon",
    "null",    "none",      "n/a",     "-",             "batch",     "automaat"};

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

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
    if (is_space_or_control(next_code_point(person, i))) {
      return PersonIdFlaw{"het id van een persoon bevat geen spaties, onzichtbare tekens of stuurtekens",
                          "a person's id holds no white space, invisible or control characters"};
    }
  }
  for (std::string_view word : kReserved) {
    if (equals_ignoring_ascii_case(person, word)) {
      return PersonIdFlaw{"'" + std::string(person) + "' noemt geen natuurlijk persoon; noem wie handelt",
                          "'" + std::string(person) + "' names no natural person; name who acts"};
    }
  }
  return std::nullopt;
}

}  // namespace perspectief
