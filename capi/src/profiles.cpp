// The region profiles compiled into the library.
#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/profile.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" {

pp_status pp_profile_list(char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(json_api::profile_list()));
  });
}

pp_status pp_profile_get(const char* profile_id, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(builtin_profile_json(call.text(profile_id, "profile_id"))));
  });
}

}  // extern "C"
