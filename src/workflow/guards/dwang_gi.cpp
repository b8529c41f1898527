// R-DWANG-GI (000): "In het dwangkader is de Gecertificeerde Instelling (GI) de
// verwijzer. ... Het akkoord van de GI op het gezinsplan geldt als akkoord op het
// perspectiefplan."
//  - on akkoord_geven: a GI's akkoord belongs to the dwangkader; outside it the GI is
//    not the referrer and its akkoord is refused rather than silently ignored;
//  - on starting help: in the dwangkader the GI's akkoord is required (whatever the
//    segment), and it counts instead of the lokale team's (see R-SEG-C-AKKOORD).
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {

bool guard_dwang_gi(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (context.kind == EventKind::akkoord_geven) {
    if (context.event.actor.role == Role::gi && plan.kader != Kader::dwang) {
      findings.add("PP-W-DWANG-GI-KADER", "/actor/role",
                   "het akkoord van de GI geldt alleen in het dwangkader (000); dit plan valt in het vrijwillig kader",
                   "the GI's akkoord counts only in the dwangkader (000); this plan is in the vrijwillig kader",
                   "R-DWANG-GI");
    }
    return true;
  }
  if (plan.kader != Kader::dwang) return true;
  if (context.facts.counting_akkoord(Role::gi)) return true;
  findings.add("PP-W-DWANG-GI", "/akkoorden",
               "in het dwangkader is de GI de verwijzer en geldt haar akkoord op het gezinsplan als akkoord op het plan "
               "(000); dat akkoord ontbreekt" + stale_akkoord_nl(context.facts, Role::gi),
               "in the dwangkader the GI is the referrer and its akkoord on the gezinsplan counts as the akkoord on the "
               "plan (000); that akkoord is missing" + stale_akkoord_en(context.facts, Role::gi),
               "R-DWANG-GI");
  return true;
}

}  // namespace perspectief::workflow
