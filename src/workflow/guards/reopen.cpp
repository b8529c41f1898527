// R-REOPEN (000): "Het perspectiefplan kan ten alle tijden opnieuw worden aangepast door
// het gezin ... Bij wijzigingen die leiden tot een vernieuwde of andere jeugdhulp-
// ondersteuningsbehoefte waar een akkoord van het lokale team voor nodig is, dient dit
// uiteraard met het lokale team te worden besproken."
// A change creates new needs when youth_care_need.hpp says so (or its author says so),
// and heropenen always does. Where the plan had been approved (lokale team, or GI in
// dwang), such a change
//  - as the condition "R-REOPEN" on plan_wijzigen, takes a running plan back to the
//    talk with the provider (the profile's transition), and
//  - as the guard, stops help from (re)starting until that approval is given again.
// Where no approval was ever needed or given (segment B), the change simply counts.
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

namespace {

// Every jeugdige of the plan, by index: the approvers of a plan are those of its jeugdigen.
std::vector<std::size_t> every_child(const Plan& plan) {
  std::vector<std::size_t> out(plan.children.size());
  for (std::size_t c = 0; c < out.size(); ++c) out[c] = c;
  return out;
}

void report_reopen(const EventContext& context, Role approver, Findings& findings) {
  const HistoryFacts& facts = context.facts;
  const HistoryEntry& change = context.before.history[facts.last_need_change_index];
  findings.add("PP-W-REOPEN", "/history/" + std::to_string(facts.last_need_change_index),
               "de wijziging van " + change.at.value + " (" + change.event +
                   ") brengt een nieuwe of andere jeugdhulpbehoefte mee; de hulp gaat pas verder na een nieuw akkoord van " +
                   approver_nl(approver),
               "the change of " + change.at.value + " (" + change.event +
                   ") brings new or other youth-care needs; help continues only after a new akkoord of " +
                   approver_en(approver),
               "R-REOPEN");
}

}  // namespace

// The approver is each jeugdige's (the GI for one in the dwangkader): the plan had been
// approved when one of its jeugdigen's approvers gave an akkoord.
bool condition_reopen(const EventContext& context) {
  if (!context.outcome || !context.outcome->need_changed) return false;
  const Plan& plan = context.before;
  for (Role approver : approving_roles(plan, every_child(plan))) {
    if (context.facts.last_akkoord(approver)) return true;
  }
  return false;
}

bool guard_reopen(const EventContext& context, Findings& findings) {
  const HistoryFacts& facts = context.facts;
  if (facts.last_need_change_seq == 0) return true;
  for (Role approver : approving_roles(context.plan(), children_starting_help(context))) {
    if (!facts.approved_before_need_change(approver) || facts.counting_akkoord(approver)) continue;
    report_reopen(context, approver, findings);
  }
  return true;
}


}  // namespace perspectief::workflow
