// JSON text in and out: safe parsing with limits, and the canonical form.
//
// The canonical form is what every language binding and the CLI emit, so that
// outputs can be compared byte for byte across languages:
//   * object keys sorted by their UTF-8 bytes (which equals Unicode code point order);
//   * no insignificant whitespace;
//   * strings as UTF-8, not \u-escaped except for the control characters JSON requires;
//   * integers without exponent or fraction; other numbers in the shortest form
//     that reads back to the same double.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace perspectief {

using Json = nlohmann::json;

// Limits that protect a host against hostile or broken input.
struct JsonLimits {
  std::size_t max_bytes = 64u * 1024u * 1024u;  // 64 MiB per document
  std::size_t max_depth = 128;                   // nesting of arrays and objects
};

// Parses JSON text. Throws Error with code json_syntax (with the byte offset in
// the message), invalid_utf8 or limit_exceeded; never crashes on any input.
// Strict where RFC 8259 leaves room (docs/security.md, "Input"):
//   * a member name twice in one object is refused (json_syntax, problem
//     PP-S-DUPLICATE-KEY, pointer of the second one), never "last wins";
//   * an integer that does not fit in 64 bits (signed or unsigned) is refused
//     (limit_exceeded, problem PP-S-NUMBER-RANGE, its pointer) instead of being
//     rounded to a double; integers within 64 bits are kept exactly.
Json parse_json(std::string_view text, const JsonLimits& limits = {});

// The size of a value as parse_json measures it: nesting depth of arrays and
// objects (a scalar is 0, [] is 1) and the bytes of its canonical form.
// Computed without recursion, so it is safe on values of any depth.
struct JsonExtent {
  std::size_t depth = 0;
  std::size_t bytes = 0;
};
JsonExtent json_extent(const Json& value);

// The bytes of a string in canonical form: the quotes, and each character as the
// canonical form escapes it (json_extent and plan_extent count strings this way).
std::size_t json_string_bytes(std::string_view text);

// Whether a value parses back under `limits` (see JsonExtent).
inline bool within_limits(const JsonExtent& extent, const JsonLimits& limits) {
  return extent.depth <= limits.max_depth && extent.bytes <= limits.max_bytes;
}

// The canonical serialisation of a JSON value (see above).
std::string canonical_json(const Json& value);

// parse_json followed by canonical_json.
std::string canonicalize_json(std::string_view text, const JsonLimits& limits = {});

// Escapes one reference token for use in a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1).
std::string json_pointer_escape(std::string_view token);

}  // namespace perspectief
