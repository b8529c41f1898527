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
Json parse_json(std::string_view text, const JsonLimits& limits = {});

// The canonical serialisation of a JSON value (see above).
std::string canonical_json(const Json& value);

// parse_json followed by canonical_json.
std::string canonicalize_json(std::string_view text, const JsonLimits& limits = {});

// Escapes one reference token for use in a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1).
std::string json_pointer_escape(std::string_view token);

}  // namespace perspectief
