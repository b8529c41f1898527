// The event pipeline shared by apply, check, available_events and replay (apply.cpp).
#pragma once

#include <string>
#include <vector>

#include "workflow/pipeline/event_context.hpp"
#include "workflow/pipeline/findings.hpp"
#include "workflow/pipeline/history_facts.hpp"

namespace perspectief::workflow {

struct Evaluation {
  EventKind kind{};
  const CompiledTransition* transition = nullptr;  // the transition the event takes, if any
  HistoryFacts facts;
  EffectOutcome outcome;                            // outcome.plan: the finished candidate
  Findings findings;                                // every problem; empty = allowed
  bool needs_payload = false;                       // something could not be judged without a payload
};

// Checks `event` against `plan`. With `with_payload` false (available_events) a missing
// required payload is not a problem; what depends on it is left unjudged.
Evaluation evaluate(const Engine& engine, const Plan& plan, const Event& event, bool with_payload);

// Distinct rule ids of the problems, in order of first appearance.
std::vector<std::string> rules_of(const std::vector<Problem>& problems);

// The state the event leads to ("" when no transition applies).
std::string to_state_of(const Evaluation& evaluation, const Plan& before);

}  // namespace perspectief::workflow
