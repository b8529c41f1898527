// The CLI's exit codes (documented in docs/c-api.md, "The perspectief tool").
// Scripts branch on them, so the numbers never change meaning.
#pragma once

#include "perspectief/perspectief.h"

namespace cli {

enum ExitCode : int {
  kExitOk = 0,        // done; the answer is "yes" (valid, applied, allowed)
  kExitRefused = 1,   // done; the answer is "no": validation problems, event rejected,
                      // access denied, conformance cases failed
  kExitUsage = 2,     // the command line is wrong (unknown command or option, missing value)
  kExitBadInput = 3,  // an input cannot be used: unreadable file, not JSON, not UTF-8, too
                      // large, wrong shape, unknown profile/event, unusable profile/settings
  kExitInternal = 4,  // a bug or out of memory: please report it
};

// The exit code for a library failure.
inline int exit_code_for(pp_status status) {
  switch (status) {
    case PP_ERR_REJECTED:
    case PP_ERR_VALIDATION: return kExitRefused;
    case PP_ERR_INTERNAL:
    case PP_ERR_OUT_OF_MEMORY: return kExitInternal;
    default: return kExitBadInput;
  }
}

}  // namespace cli
