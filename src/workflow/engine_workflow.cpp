// The Engine's workflow members: the JSON facade over the typed operations in
// perspectief/workflow.hpp, for the C ABI and the bindings (docs/workflow.md lists the
// document formats).
#include "engine_state.hpp"
#include "model/plan_fields.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/pipeline/workflow_json.hpp"

namespace perspectief {
namespace workflow {

namespace {

Timestamp parameter_moment(std::string_view at) {
  if (!parse_moment(at)) {
    throw Error(ErrorCode::invalid_argument, "'at' is not an RFC 3339 timestamp with offset: '" + std::string(at) + "'",
                "/at");
  }
  return Timestamp{std::string(at)};
}

Actor parameter_actor(const Json& json) {
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  reader.enter("actor");
  Actor actor;
  detail::read(json, actor, reader);
  if (!problems.empty()) {
    const std::string pointer = problems.front().pointer;
    const std::string message = "actor does not have the expected shape: " + problems.front().message_en;
    throw Error(ErrorCode::schema, message, pointer, std::move(problems));
  }
  return actor;
}

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
}  // namespace workflow

Json Engine::available_events(const Plan& plan, const Json& actor, std::string_view at) const {
  Json out = Json::array();
  for (const workflow::EventOption& option :
       workflow::available(*this, plan, workflow::parameter_actor(actor), workflow::parameter_moment(at))) {
    out.push_back(workflow::option_json(option));
  }
  return out;
}

Plan Engine::apply_event(const Plan& plan, const Json& event) const {
  return workflow::apply(*this, plan, workflow::event_from_json(event));
}

Plan Engine::apply_all(const Plan& plan, const Json& events) const {
  if (!events.is_array()) {
    const std::string found = events.type_name();
    throw Error(ErrorCode::schema, "expected an array of events, found " + found, "",
                {Problem{"PP-S-TYPE", "", "verwacht een lijst (array) van gebeurtenissen, gevonden: " + found,
                         "expected an array of events, found " + found, ""}});
  }
  Plan current = plan;
  for (std::size_t index = 0; index < events.size(); ++index) {
    try {
      current = apply_event(current, events[index]);
    } catch (const Error& error) {
      throw workflow::at_event(error, index, events[index]);
    }
  }
  return current;
}

Plan Engine::replay(const Plan& plan) const { return workflow::replay(*this, plan); }

Json Engine::deadlines(const Plan& plan, std::string_view at) const {
  Json out = Json::array();
  for (const workflow::Deadline& deadline : workflow::deadlines(*this, plan, workflow::parameter_moment(at))) {
    out.push_back(workflow::deadline_to_json(deadline));
  }
  return out;
}

std::string Engine::workflow_diagram(std::string_view format) const { return workflow::diagram(*this, format); }

Json Engine::regie_advice(const Plan& plan, std::string_view jeugdige, std::optional<std::string_view> situatie,
                          std::optional<std::string_view> fase) const {
  if (!find_child_part(plan, jeugdige)) {
    throw Error(ErrorCode::not_found, "the plan has no jeugdige '" + std::string(jeugdige) + "'", "/children");
  }
  return workflow::regie_advice_to_json(workflow::advise_regie(*this, plan, jeugdige, situatie, fase));
}

}  // namespace perspectief
