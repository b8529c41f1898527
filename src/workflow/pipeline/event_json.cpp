// The JSON forms of the workflow's typed values: events (read with the declarative
// mapping, so every structural problem is reported), options, deadlines, problems.
#include "model/plan_fields.hpp"
#include "core/refusal.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/pipeline/workflow_json.hpp"

namespace perspectief {
namespace detail {
template <>
struct Fields<workflow::Event> {
  using T = workflow::Event;
  static constexpr auto fields = std::make_tuple(field("event", &T::event), field("actor", &T::actor),
                                                 field("at", &T::at), field("reason", &T::reason),
                                                 field("payload", &T::payload));
};
}  // namespace detail

namespace workflow {
namespace {

Json label_json(const Label& label) { return Json{{"nl", label.nl}, {"en", label.en}}; }

}  // namespace

Event event_from_json(const Json& json) { return detail::read_or_refuse<Event>(json, "event"); }

Json event_to_json(const Event& event) { return detail::write(event); }

Json problem_json(const Problem& problem) {
  return Json{{"code", problem.code},
              {"pointer", problem.pointer},
              {"message_nl", problem.message_nl},
              {"message_en", problem.message_en},
              {"rule", problem.rule}};
}

Json option_json(const EventOption& option) {
  Json problems = Json::array();
  for (const Problem& problem : option.problems) problems.push_back(problem_json(problem));
  return Json{{"event", option.event},
              {"label", label_json(option.label)},
              {"to", option.to_state},
              {"allowed", option.allowed},
              {"needs_payload", option.needs_payload},
              {"rules", option.rules},
              {"problems", std::move(problems)}};
}

Json deadline_to_json(const Deadline& deadline) {
  static constexpr const char* kStatus[] = {"open", "due", "overdue"};
  Json out{{"kind", deadline.kind},
           {"rule", deadline.rule},
           {"due", deadline.due.value},
           {"status", kStatus[static_cast<int>(deadline.status)]},
           {"label", label_json(deadline.label)}};
  if (deadline.jeugdige) out["jeugdige"] = *deadline.jeugdige;
  if (deadline.since) out["since"] = deadline.since->value;
  return out;
}

Json regie_advice_to_json(const RegieAdvice& advice) {
  Json out{{"rule", advice.rule}, {"basis", label_json(advice.basis)}};
  if (advice.placed_at) out["placed_at"] = *advice.placed_at;
  if (advice.zicht_op_veiligheid) out["zicht_op_veiligheid"] = *advice.zicht_op_veiligheid;
  if (advice.local_choice) out["local_choice"] = *advice.local_choice;
  return out;
}

}  // namespace workflow
}  // namespace perspectief
