// The library's own version (the header's PP_VERSION_* are the version a host
// was compiled against; CMake refuses to build when the two differ).
#include "perspectief/perspectief.h"
#include "perspectief/version.hpp"

extern "C" {

int32_t pp_version_major(void) { return PERSPECTIEF_VERSION_MAJOR; }
int32_t pp_version_minor(void) { return PERSPECTIEF_VERSION_MINOR; }
int32_t pp_version_patch(void) { return PERSPECTIEF_VERSION_PATCH; }
const char* pp_version_string(void) { return PERSPECTIEF_VERSION_STRING; }

}  // extern "C"
