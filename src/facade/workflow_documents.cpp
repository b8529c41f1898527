// The workflow operations on JSON documents (json_api.hpp): read the document
// into the typed form of workflow.hpp, call the typed operation, write the answer
// (docs/workflow.md lists the document formats).
#include "model/plan_fields.hpp"
#include "core/refusal.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/pipeline/workflow_json.hpp"

namespace perspectief::json_api {
namespace {

Timestamp parameter_moment(std::string_view at) {
  if (!parse_moment(at)) {
    throw Error(ErrorCode::invalid_argument, "'at' is not an RFC 3339 timestamp with offset: '" + std::string(at) + "'",
                "/at");
  }
  return Timestamp{std::string(at)};
}

Actor parameter_actor(const Json& json) { return detail::read_or_refuse<Actor>(json, "actor", "actor"); }

// The failure of the event at `index` of an apply_all batch: the event's own
// code, problems and rules; its pointer (into the event, or for a refusal the
// first failed guard's) kept behind the event's index.
Error at_event(const Error& error, std::size_t index, const Json& event) {
  std::string name = "event " + std::to_string(index);
  if (event.is_object() && event.contains("event") && event["event"].is_string()) {
    name += " (" + event["event"].get<std::string>() + ")";
  }
  return Error(error.code(), name + ": " + error.what(), "/" + std::to_string(index) + error.pointer(),
               error.problems(), error.rules());
}

}  // namespace

Json available_events(const Engine& engine, const Plan& plan, const Json& actor, std::string_view at) {
  Json out = Json::array();
  for (const workflow::EventOption& option :
       workflow::available(engine, plan, parameter_actor(actor), parameter_moment(at))) {
    out.push_back(workflow::option_json(option));
  }
  return out;
}

Plan create(const Engine& engine, const Json& event) {
  return workflow::create(engine, workflow::event_from_json(event));
}

Plan apply_event(const Engine& engine, const Plan& plan, const Json& event) {
  return workflow::apply(engine, plan, workflow::event_from_json(event));
}

Plan apply_all(const Engine& engine, const Plan& plan, const Json& events) {
  if (!events.is_array()) {
    const std::string found = events.type_name();
    throw Error(ErrorCode::schema, "expected an array of events, found " + found, "",
                {Problem{"PP-S-TYPE", "", "verwacht een lijst (array) van gebeurtenissen, gevonden: " + found,
                         "expected an array of events, found " + found, ""}});
  }
  Plan current = plan;
  for (std::size_t index = 0; index < events.size(); ++index) {
    try {
      current = apply_event(engine, current, events[index]);
    } catch (const Error& error) {
      throw at_event(error, index, events[index]);
    }
  }
  return current;
}

Json deadlines(const Engine& engine, const Plan& plan, std::string_view at) {
  Json out = Json::array();
  for (const workflow::Deadline& deadline : workflow::deadlines(engine, plan, parameter_moment(at))) {
    out.push_back(workflow::deadline_to_json(deadline));
  }
  return out;
}

Json regie_advice(const Engine& engine, const Plan& plan, std::string_view jeugdige,
                  std::optional<std::string_view> situatie, std::optional<std::string_view> fase) {
  if (!find_child_part(plan, jeugdige)) {
    throw Error(ErrorCode::not_found, "the plan has no jeugdige '" + std::string(jeugdige) + "'", "/children");
  }
  return workflow::regie_advice_to_json(workflow::advise_regie(engine, plan, jeugdige, situatie, fase));
}

}  // namespace perspectief::json_api
