// Strings handed to the caller: malloc'ed copies that pp_string_free() frees.
// malloc rather than new[] so that hosts which must free with the C allocator
// (and tools like valgrind) see one consistent pair.
#pragma once

#include <string_view>

namespace perspectief::capi {

// A NUL-terminated malloc'ed copy of text; throws std::bad_alloc when malloc fails.
char* to_c_string(std::string_view text);

}  // namespace perspectief::capi
