// Events that move the plan to its next step without changing its content, and the
// two steps that first check the plan is ready for them.
#include <algorithm>

#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief {
namespace workflow {
struct StartHelpPayload {
  std::optional<std::string> jeugdige;  // absent: every jeugdige with a chosen provider and an open part
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::StartHelpPayload> {
  static constexpr auto fields = std::make_tuple(field("jeugdige", &workflow::StartHelpPayload::jeugdige));
};
}  // namespace detail
}  // namespace perspectief

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
                 "lokaal op of voeg zo'n resultaat toe (stap 3 van het werkproces)",
                 "no result needs a provider (performer 'specialist'); answer the question locally or add such a "
                 "result (step 3 of the work process)");
    return;
  }
  outcome.plan = plan;
}

// 004 step 5: help starts with the chosen provider; without one nobody can start it.
// Help starts per jeugdige (`jeugdige`): siblings' help can start at different times,
// each under its own guards. Without `jeugdige` (as every plan@1 history has it) help
// starts for every jeugdige with a chosen provider whose youth-care part is open.
void effect_start_help(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<StartHelpPayload>(context.event.payload, findings);
  if (!payload) return;
  Plan plan = context.before;
  if (!payload->jeugdige) {
    const bool chosen = std::any_of(plan.children.begin(), plan.children.end(),
                                    [](const ChildPart& child) { return child.aanbieder.has_value(); });
    if (!chosen) {
      findings.add("PP-W-NO-PROVIDER", "/children",
                   "er is nog geen zorgaanbieder gekozen (aanbieder_kiezen, stap 3 van het werkproces)",
                   "no provider has been chosen yet (aanbieder_kiezen, step 3 of the work process)");
      return;
    }
    for (std::size_t c = 0; c < plan.children.size(); ++c) {
      if (starts_with_family(plan.children[c])) plan.children.edit(c).help = HelpState::hulp_gestart;
    }
    outcome.plan = std::move(plan);
    return;
  }
  auto c = find_child(plan, *payload->jeugdige, findings);
  if (!c) return;
  const ChildPart& child = plan.children[*c];
  const std::string base = "/children/" + std::to_string(*c);
  const std::string name = display_name(plan, child);
  bool ok = true;
  if (!child.aanbieder) {
    findings.add("PP-W-NO-PROVIDER", base + "/aanbieder",
                 "voor " + name + " is nog geen zorgaanbieder gekozen (aanbieder_kiezen, stap 3 van het werkproces)",
                 "no provider has been chosen for " + name + " yet (aanbieder_kiezen, step 3 of the work process)");
    ok = false;
  }
  if (child.youth_care_closed.value_or(false)) {
    findings.add("PP-W-JEUGDHULP-CLOSED", base + "/youth_care_closed",
                 "het jeugdhulpdeel van " + name + " is afgesloten; heropen het plan voor nieuwe hulp (heropenen)",
                 "the youth-care part of " + name + " is closed; reopen the plan for new help (heropenen)");
    ok = false;
  }
  // While help runs (hulp_gestart) this starts a sibling's help; a jeugdige whose help
  // already runs does not start again. From plan_akkoord (after R-REOPEN) it restarts.
  if (child.help == HelpState::hulp_gestart && context.from == StateId::hulp_gestart) {
    findings.add("PP-W-HULP-RUNS", base + "/help",
                 "de hulp voor " + name + " loopt al", "help for " + name + " already runs");
    ok = false;
  }
  if (!ok) return;
  plan.children.edit(*c).help = HelpState::hulp_gestart;
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

}  // namespace perspectief::workflow
