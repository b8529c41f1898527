// Plans: parse, serialise, look into, validate, and flatten into records.
#include <string>

#include "boundary.hpp"
#include "perspectief/json_api.hpp"
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
    const std::string_view pointer = call.text(json_pointer, "json_pointer");
    const Json document = plan_to_json(parsed);
    try {
      *out_json = capi::to_c_string(canonical_json(json_api::value_at(document, pointer)));
    } catch (const Error& error) {
      if (error.code() == ErrorCode::invalid_argument) throw call.invalid_argument("json_pointer", error.what());
      throw;
    }
  });
}

pp_status pp_plan_validate(const pp_engine* engine, const pp_plan* plan, char** out_problems_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_problems_json, "out_problems_json");
    const Engine& loaded = call.engine(engine, "engine");
    *out_problems_json =
        capi::to_c_string(canonical_json(json_api::problems_json(loaded.validate(call.plan(plan, "plan")))));
  });
}

pp_status pp_plan_records(const pp_engine* engine, const pp_plan* plan, const char* kind, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& parsed = call.plan(plan, "plan");
    *out_json = capi::to_c_string(canonical_json(json_api::records(loaded, parsed, call.text(kind, "kind"))));
  });
}

pp_status pp_record_columns(const char* kind, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(json_api::record_columns(call.text(kind, "kind"))));
  });
}

}  // extern "C"
