// Sharing decisions and redacted views (docs/sharing.md). A denial is a
// result, not an error: these calls fail only on bad input.
#include "boundary.hpp"
#include "perspectief/json_api.hpp"
#include "memory.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

namespace {

// The three calls have one shape: an engine, a plan and one JSON document in
// (a request or an array of them), one JSON document out, as canonical text (the view
// is written as text straight away, json_api::view_text).
template <class Operation>
pp_status sharing_call(const char* function, const pp_engine* engine, const pp_plan* plan, const char* json,
                       const char* json_parameter, char** out, const char* out_parameter, Operation operation) {
  return guarded(function, [&](const capi::Call& call) {
    call.out(out, out_parameter);
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json document = call.json(json, json_parameter, loaded.limits());
    *out = capi::to_c_string(operation(loaded, current, document));
  });
}

}  // namespace

extern "C" {

pp_status pp_sharing_decide(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                            char** out_decision_json) {
  return sharing_call(__func__, engine, plan, request_json, "request_json", out_decision_json, "out_decision_json",
                      [](const Engine& e, const Plan& p, const Json& request) { return canonical_json(json_api::decide(e, p, request)); });
}

pp_status pp_sharing_decide_batch(const pp_engine* engine, const pp_plan* plan, const char* requests_json,
                                  char** out_decisions_json) {
  return sharing_call(__func__, engine, plan, requests_json, "requests_json", out_decisions_json, "out_decisions_json",
                      [](const Engine& e, const Plan& p, const Json& requests) {
                        return canonical_json(json_api::decide_batch(e, p, requests));
                      });
}

pp_status pp_sharing_view(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                          char** out_view_json) {
  return sharing_call(__func__, engine, plan, request_json, "request_json", out_view_json, "out_view_json",
                      [](const Engine& e, const Plan& p, const Json& request) { return json_api::view_text(e, p, request); });
}

}  // extern "C"
