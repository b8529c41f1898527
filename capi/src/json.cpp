// pp_json_canonicalize: the canonical JSON form every language emits (json.hpp).
#include "boundary.hpp"
#include "memory.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" pp_status pp_json_canonicalize(const char* json, char** out_canonical) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_canonical, "out_canonical");
    // No engine here, so the default limits apply (64 MiB, 128 levels).
    *out_canonical = capi::to_c_string(canonical_json(call.json(json, "json", JsonLimits{})));
  });
}
