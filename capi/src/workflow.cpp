// The workflow from hulpvraag to afronding (docs/workflow.md): events, guards,
// history, deadlines and the diagram.
#include <optional>
#include <string>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/workflow.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" {

pp_status pp_workflow_available_events(const pp_engine* engine, const pp_plan* plan, const char* actor_json,
                                       const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json actor = call.json(actor_json, "actor_json", loaded.limits());
    *out_json = capi::to_c_string(canonical_json(json_api::available_events(loaded, current, actor, call.text(at, "at"))));
  });
}

pp_status pp_workflow_create(const pp_engine* engine, const char* event_json, pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    const Json event = call.json(event_json, "event_json", loaded.limits());
    *out_plan = new pp_plan(json_api::create(loaded, event));
  });
}

pp_status pp_workflow_apply(const pp_engine* engine, const pp_plan* plan, const char* event_json,
                            pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json event = call.json(event_json, "event_json", loaded.limits());
    *out_plan = new pp_plan(json_api::apply_event(loaded, current, event));
  });
}

pp_status pp_workflow_apply_all(const pp_engine* engine, const pp_plan* plan, const char* events_json,
                                pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& first = call.plan(plan, "plan");
    const Json events = call.json(events_json, "events_json", loaded.limits());
    *out_plan = new pp_plan(json_api::apply_all(loaded, first, events));
  });
}

pp_status pp_workflow_initial_content(const pp_plan* plan, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Json document = plan_to_json(call.plan(plan, "plan"));
    *out_json = capi::to_c_string(canonical_json(workflow::initial_content(document)));
  });
}

pp_status pp_workflow_replay(const pp_engine* engine, const pp_plan* plan, pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    *out_plan = new pp_plan(perspectief::workflow::replay(loaded, call.plan(plan, "plan")));
  });
}

pp_status pp_workflow_deadlines(const pp_engine* engine, const pp_plan* plan, const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    *out_json = capi::to_c_string(canonical_json(json_api::deadlines(loaded, current, call.text(at, "at"))));
  });
}

pp_status pp_workflow_regie_advice(const pp_engine* engine, const pp_plan* plan, const char* jeugdige,
                                   const char* situatie, const char* fase, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const std::string child(call.text(jeugdige, "jeugdige"));
    std::optional<std::string> situation;
    std::optional<std::string> phase;
    if (situatie) situation = std::string(call.text(situatie, "situatie"));
    if (fase) phase = std::string(call.text(fase, "fase"));
    *out_json = capi::to_c_string(canonical_json(json_api::regie_advice(loaded, current, child, situation, phase)));
  });
}

pp_status pp_workflow_diagram(const pp_engine* engine, const char* format, char** out_text) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_text, "out_text");
    const Engine& loaded = call.engine(engine, "engine");
    *out_text = capi::to_c_string(perspectief::workflow::diagram(loaded, call.text(format, "format")));
  });
}

}  // extern "C"
