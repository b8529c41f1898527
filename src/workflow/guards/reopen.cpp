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

namespace perspectief::workflow {

bool condition_reopen(const EventContext& context) {
  if (!context.outcome || !context.outcome->need_changed) return false;
  return context.facts.last_akkoord(approving_role(context.before)) != nullptr;
}

bool guard_reopen(const EventContext& context, Findings& findings) {
  const HistoryFacts& facts = context.facts;
  if (facts.last_need_change_seq == 0) return true;
  const Role approver = approving_role(context.plan());
  if (!facts.approved_before_need_change(approver) || facts.counting_akkoord(approver)) return true;
  const HistoryEntry& change = context.before.history[facts.last_need_change_index];
  findings.add("PP-W-REOPEN", "/history/" + std::to_string(facts.last_need_change_index),
               "de wijziging van " + change.at.value + " (" + change.event +
                   ") brengt een nieuwe of andere jeugdhulpbehoefte mee; de hulp gaat pas verder na een nieuw akkoord van " +
                   approver_nl(approver) + " (000)",
               "the change of " + change.at.value + " (" + change.event +
                   ") brings new or other youth-care needs; help continues only after a new akkoord of " +
                   approver_en(approver) + " (000)",
               "R-REOPEN");
  return true;
}

}  // namespace perspectief::workflow
