// The project's own wording of a JSON syntax error, shared by every caller of
// parse_json: where (line, column, byte), what was wrong, and the bytes around
// the place shown escaped, so that a terminal never receives raw invalid bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace perspectief::detail {

// `position` is the 1-based byte offset the parser stopped at (the last byte of the
// offending token); `parser_message` is the JSON library's own text, from which only
// the reason and the token are taken (never its exception ids or raw bytes); the place
// shown is where the token starts. `pointer` is the JSON pointer of the value being
// read, if known.
std::string describe_json_syntax_error(std::string_view text, std::size_t position,
                                       std::string_view parser_message, std::string_view pointer = {});

// The bytes shown escaped: printable ASCII as it is, quote and backslash with a
// backslash, anything else (control bytes, every byte of a non-ASCII character,
// invalid UTF-8) as \xHH; a newline as \n and a tab as \t.
std::string escaped_bytes(std::string_view bytes);

}  // namespace perspectief::detail
