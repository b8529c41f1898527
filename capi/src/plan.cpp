// Plans: parse, serialise, look into, validate, and flatten into records.
#include <string>

#include "boundary.hpp"
#include "memory.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" {

pp_status pp_plan_parse(const pp_engine* engine, const char* json, pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    if (json == nullptr) throw call.invalid_argument("json", "is NULL");
    const std::string_view text(json);
    try {
      *out_plan = new pp_plan(loaded.parse_plan(text));
    } catch (const Error& error) {
      throw capi::json_input_error(error, "json");
    }
  });
}

void pp_plan_destroy(pp_plan* plan) {
  // As pp_engine_destroy: a handle of another type is left alone.
  if (plan != nullptr && plan->tag == capi::kPlanTag) delete plan;
}

pp_status pp_plan_to_json(const pp_plan* plan, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(plan_to_canonical(call.plan(plan, "plan")));
  });
}

pp_status pp_plan_get(const pp_plan* plan, const char* json_pointer, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Plan& parsed = call.plan(plan, "plan");
    const std::string pointer(call.text(json_pointer, "json_pointer"));
    Json::json_pointer location;
    try {
      location = Json::json_pointer(pointer);
    } catch (const Json::exception& bad_pointer) {
      throw call.invalid_argument("json_pointer", "'" + pointer + "' is not a JSON pointer (RFC 6901): " +
                                                      bad_pointer.what());
    }
    const Json document = plan_to_json(parsed);
    // at() throws out_of_range for a missing member or index and parse_error
    // for an index that is not a number; both mean "nothing is there".
    try {
      *out_json = capi::to_c_string(canonical_json(document.at(location)));
    } catch (const Json::out_of_range&) {
      throw Error(ErrorCode::not_found, "pp_plan_get: nothing at '" + pointer + "' in the plan", pointer);
    } catch (const Json::parse_error&) {
      throw Error(ErrorCode::not_found, "pp_plan_get: nothing at '" + pointer + "' in the plan", pointer);
    }
  });
}

pp_status pp_plan_validate(const pp_engine* engine, const pp_plan* plan, char** out_problems_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_problems_json, "out_problems_json");
    const Engine& loaded = call.engine(engine, "engine");
    Json problems = Json::array();
    for (const Problem& problem : loaded.validate(call.plan(plan, "plan"))) {
      problems.push_back(capi::problem_to_json(problem));
    }
    *out_problems_json = capi::to_c_string(canonical_json(problems));
  });
}

pp_status pp_plan_records(const pp_engine* engine, const pp_plan* plan, const char* kind, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& parsed = call.plan(plan, "plan");
    *out_json = capi::to_c_string(canonical_json(loaded.records(parsed, call.text(kind, "kind"))));
  });
}

}  // extern "C"
