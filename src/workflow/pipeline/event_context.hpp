// Everything an effect or a guard sees while one event is checked: the plan before,
// the event, the transition it would take, facts from the history and, once the
// effect ran, the candidate plan after it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/time.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/definition/compiled_workflow.hpp"
#include "workflow/content/content_diff.hpp"
#include "workflow/pipeline/history_facts.hpp"

namespace perspectief::workflow {

// What an event's effect produced.
struct EffectOutcome {
  std::optional<Plan> plan;              // the candidate plan; nullopt when the effect could not run
  Json recorded_payload;                 // the payload as the history keeps it (normalised)
  bool need_changed = false;             // R-REOPEN: the change creates new or other youth-care needs
  std::optional<std::string> jeugdige;   // the jeugdige the event is about, when it names one (checked)
  std::vector<ContentChange> changes;    // plan_aanmaken / plan_wijzigen: what the content change touched
  bool payload_missing = false;          // a required payload was not given (available_events)
};

struct EventContext {
  const Engine& engine;
  const CompiledWorkflow& workflow;
  const Plan& before;
  const Event& event;
  Moment at;
  EventKind kind{};
  std::optional<StateId> from;           // nullopt for the genesis event
  const HistoryFacts& facts;             // about before's history
  const CompiledTransition* transition = nullptr;  // chosen after the effect
  const EffectOutcome* outcome = nullptr;          // set once the effect ran

  // The plan as it would be after the event when the effect ran, else as before.
  const Plan& plan() const { return outcome && outcome->plan ? *outcome->plan : before; }
  // Whether the effect produced a candidate (false without a payload in available_events).
  bool has_candidate() const { return outcome && outcome->plan.has_value(); }
  // The day of the event at its own offset.
  std::chrono::year_month_day day() const { return at.local_date(); }
};

}  // namespace perspectief::workflow
