// The workflow from hulpvraag to afronding (docs/workflow.md): events, guards,
// history, deadlines and the diagram.
#include <string>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/workflow.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

namespace {

// The failure of the event at `index` of an apply_all batch: the pointer and
// message say which event it was, code, problems and rules are the core's.
// A malformed event keeps the place inside it ("/2/actor/role"); a refusal's
// pointer is into the plan, not the event, so it becomes just the index (the
// problems keep their own pointers).
Error at_event(const Error& error, std::size_t index, const Json& event) {
  std::string position = "/" + std::to_string(index);
  if (error.code() != ErrorCode::rejected) position += error.pointer();
  std::string name = "event " + std::to_string(index);
  if (event.is_object() && event.contains("event") && event["event"].is_string()) {
    name += " (" + event["event"].get<std::string>() + ")";
  }
  return Error(error.code(), "events_json: " + name + ": " + error.what(), position,
               error.problems(), error.rules());
}

}  // namespace

extern "C" {

pp_status pp_workflow_available_events(const pp_engine* engine, const pp_plan* plan, const char* actor_json,
                                       const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json actor = call.json(actor_json, "actor_json", loaded.limits());
    *out_json = capi::to_c_string(canonical_json(loaded.available_events(current, actor, call.text(at, "at"))));
  });
}

pp_status pp_workflow_apply(const pp_engine* engine, const pp_plan* plan, const char* event_json,
                            pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    const Json event = call.json(event_json, "event_json", loaded.limits());
    *out_plan = new pp_plan(loaded.apply_event(current, event));
  });
}

pp_status pp_workflow_apply_all(const pp_engine* engine, const pp_plan* plan, const char* events_json,
                                pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& first = call.plan(plan, "plan");
    const Json events = call.json(events_json, "events_json", loaded.limits());
    if (!events.is_array()) {
      const std::string found = events.type_name();
      throw Error(ErrorCode::schema, "events_json: expected an array of events, found " + found, "",
                  {Problem{"PP-S-TYPE", "", "verwacht een lijst (array) van gebeurtenissen, gevonden: " + found,
                           "expected an array of events, found " + found, ""}});
    }
    Plan current = first;
    for (std::size_t index = 0; index < events.size(); ++index) {
      try {
        current = loaded.apply_event(current, events[index]);
      } catch (const Error& error) {
        throw at_event(error, index, events[index]);
      }
    }
    *out_plan = new pp_plan(std::move(current));
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
    *out_plan = new pp_plan(loaded.replay(call.plan(plan, "plan")));
  });
}

pp_status pp_workflow_deadlines(const pp_engine* engine, const pp_plan* plan, const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    const Plan& current = call.plan(plan, "plan");
    *out_json = capi::to_c_string(canonical_json(loaded.deadlines(current, call.text(at, "at"))));
  });
}

pp_status pp_workflow_diagram(const pp_engine* engine, const char* format, char** out_text) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_text, "out_text");
    const Engine& loaded = call.engine(engine, "engine");
    *out_text = capi::to_c_string(loaded.workflow_diagram(call.text(format, "format")));
  });
}

}  // extern "C"
