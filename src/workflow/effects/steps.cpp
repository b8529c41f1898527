// Events that move the plan to its next step without changing its content, and the
// two steps that first check the plan is ready for them.
#include <algorithm>

#include "workflow/effects/effect.hpp"

namespace perspectief::workflow {
namespace {

bool any_specialist_result(const std::vector<Result>& results) {
  return std::any_of(results.begin(), results.end(), [](const Result& r) { return r.performer == Performer::specialist; });
}

}  // namespace

void effect_step(const EventContext& context, EffectOutcome& outcome, Findings&) { outcome.plan = context.before; }

// 004 step 3: "stel de resultaten vast, waarbij de inzet van de zorgaanbieder nodig is".
// Without such a result there is nothing for a provider to do: the question is answered
// locally (lokaal_oplossen) instead.
void effect_fix_results(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  const Plan& plan = context.before;
  bool found = any_specialist_result(plan.family_part.results);
  for (const ChildPart& child : plan.children) found = found || any_specialist_result(child.results);
  if (!found) {
    findings.add("PP-W-NO-SPECIALIST-RESULT", "/family_part/results",
                 "er is geen resultaat waarvoor een zorgaanbieder nodig is (performer 'specialist'); los de vraag "
                 "lokaal op of voeg zo'n resultaat toe (004 stap 3)",
                 "no result needs a provider (performer 'specialist'); answer the question locally or add such a "
                 "result (004 step 3)");
    return;
  }
  outcome.plan = plan;
}

// 004 step 5: help starts with the chosen provider; without one nobody can start it.
void effect_start_help(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  const Plan& plan = context.before;
  const bool chosen = std::any_of(plan.children.begin(), plan.children.end(),
                                  [](const ChildPart& child) { return child.aanbieder.has_value(); });
  if (!chosen) {
    findings.add("PP-W-NO-PROVIDER", "/children",
                 "er is nog geen zorgaanbieder gekozen (aanbieder_kiezen, 004 stap 3)",
                 "no provider has been chosen yet (aanbieder_kiezen, 004 step 3)");
    return;
  }
  outcome.plan = plan;
}

}  // namespace perspectief::workflow
