// R-DWANG-GI (000): "In het dwangkader is de Gecertificeerde Instelling (GI) de
// verwijzer. ... Het akkoord van de GI op het gezinsplan geldt als akkoord op het
// perspectiefplan."
//  - on akkoord_geven: a GI's akkoord belongs to the dwangkader; outside it the GI is
//    not the referrer and its akkoord is refused rather than silently ignored;
//  - on starting help: in the dwangkader the GI's akkoord is required (whatever the
//    segment), and it counts instead of the lokale team's (see R-SEG-C-AKKOORD).
// The kader is each jeugdige's and can change during the trajectory (R-KADER-CHANGE,
// kader_wijzigen): the GI's akkoord is asked for when help starts for a jeugdige in the
// dwangkader, and a GI may give one while a jeugdige of the plan is in it.
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

bool guard_dwang_gi(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (context.kind == EventKind::akkoord_geven) {
    if (context.event.actor.role == Role::gi && !any_in_dwangkader(plan)) {
      findings.add("PP-W-DWANG-GI-KADER", "/actor/role",
                   "het akkoord van de GI geldt alleen in het dwangkader; geen jeugdige van dit plan valt erin",
                   "the GI's akkoord counts only in the dwangkader; no jeugdige of this plan is in it",
                   "R-DWANG-GI");
    }
    return true;
  }
  std::vector<std::size_t> in_dwang;
  for (std::size_t c : children_starting_help(context)) {
    if (in_dwangkader(plan, plan.children[c])) in_dwang.push_back(c);
  }
  if (in_dwang.empty() || context.facts.counting_akkoord(Role::gi)) return true;
  const std::string names = names_of(plan, in_dwang);
  findings.add("PP-W-DWANG-GI", "/akkoorden",
               "in het dwangkader (" + names + ") is de GI de verwijzer en geldt haar akkoord op het gezinsplan als "
               "akkoord op het plan; dat akkoord ontbreekt" + stale_akkoord_nl(context.facts, Role::gi),
               "in the dwangkader (" + names + ") the GI is the referrer and its akkoord on the gezinsplan counts as the "
               "akkoord on the plan; that akkoord is missing" + stale_akkoord_en(context.facts, Role::gi),
               "R-DWANG-GI");
  return true;
}

}  // namespace perspectief::workflow
