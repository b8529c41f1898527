// Sharing decisions and redacted views (docs/sharing.md). A denial is a
// result, not an error: these calls fail only on bad input.
#include "boundary.hpp"
#include "memory.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" {

pp_status pp_sharing_decide(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                            char** out_decision_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_decision_json, "out_decision_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json request = call.json(request_json, "request_json", loaded.limits());
    *out_decision_json = capi::to_c_string(canonical_json(loaded.decide(current, request)));
  });
}

pp_status pp_sharing_decide_batch(const pp_engine* engine, const pp_plan* plan, const char* requests_json,
                                  char** out_decisions_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_decisions_json, "out_decisions_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json requests = call.json(requests_json, "requests_json", loaded.limits());
    *out_decisions_json = capi::to_c_string(canonical_json(loaded.decide_batch(current, requests)));
  });
}

pp_status pp_sharing_view(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                          char** out_view_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_view_json, "out_view_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json request = call.json(request_json, "request_json", loaded.limits());
    *out_view_json = capi::to_c_string(canonical_json(loaded.view(current, request)));
  });
}

}  // extern "C"
