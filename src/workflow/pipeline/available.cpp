// available_events: every event of the region's workflow, judged for one actor at one
// moment, without a payload. Guards that need the payload are left unjudged and the
// option says needs_payload; the rest (state, role, akkoorden, crisis follow-up, ...)
// is judged exactly as apply would.
#include "perspectief/workflow.hpp"
#include "workflow/pipeline/apply.hpp"

namespace perspectief::workflow {

std::vector<EventOption> available(const Engine& engine, const Plan& plan, const Actor& actor, const Timestamp& at) {
  const CompiledWorkflow& workflow = compiled(engine);
  std::vector<EventOption> options;
  options.reserve(workflow.events.size());
  for (EventKind kind : workflow.events) {
    Event event;
    event.event = std::string(to_string(kind));
    event.actor = actor;
    event.at = at;
    Evaluation evaluation = evaluate(engine, plan, event, false);
    EventOption option;
    option.event = event.event;
    option.label = evaluation.transition ? evaluation.transition->label : workflow.event_label(kind);
    option.to_state = to_state_of(evaluation, plan);
    option.needs_payload = evaluation.needs_payload;
    option.problems = evaluation.findings.take();
    option.rules = rules_of(option.problems);
    option.allowed = option.problems.empty();
    options.push_back(std::move(option));
  }
  return options;
}

}  // namespace perspectief::workflow
