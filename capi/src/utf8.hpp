// UTF-8 checks for the C strings that cross the boundary.
#pragma once

#include <string>
#include <string_view>

namespace perspectief::capi {

// Whether text is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text) noexcept;

// text with every ill-formed sequence replaced by U+FFFD, so that messages
// that quote a caller's bytes are still UTF-8, as the header promises.
std::string to_valid_utf8(std::string_view text);

}  // namespace perspectief::capi
