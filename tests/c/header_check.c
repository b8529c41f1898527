/* Compiled (not run) by the c_header_* tests: the public header must be
 * self-contained and clean as C99 -pedantic and as C++. It is included first
 * and alone, so that it cannot lean on anything included before it. */
#include "perspectief/perspectief.h"

/* Something that uses the declarations, so the compiler checks them. */
int header_check_uses_the_api(void);
int header_check_uses_the_api(void) {
  pp_engine_options options;
  pp_engine_options_init(&options);
  return (int)options.struct_size + (int)pp_version_major() + (pp_last_error_code() == PP_OK);
}
