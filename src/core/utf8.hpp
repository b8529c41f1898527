// UTF-8 checks: for every JSON text the core parses (parse_json tells invalid UTF-8
// from other syntax errors with them) and for the C strings that cross the C ABI.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace perspectief {

// Whether text is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;

// The byte offset of the first ill-formed sequence, or nullopt when there is none.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;

// text with every ill-formed sequence replaced by U+FFFD, so that messages
// that quote a caller's bytes are still UTF-8, as the header promises.
std::string to_valid_utf8(std::string_view text);

}  // namespace perspectief
