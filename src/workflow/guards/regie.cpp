// Perspectiefregie, the two minimum conditions of 002 (Flevoland's green boxes):
//  R-REGIE-VERBLIJF: "Er is altijd een perspectiefregisseur lokaal beschikbaar ... wanneer
//    een jeugdige in het vrijwillig kader in een voorziening wordt geplaatst en verblijft.
//    Bij reguliere plaatsing vindt toewijzing van de perspectiefregisseur plaats op het
//    moment van beschikken. Bij crisis vindt de toewijzing achteraf plaats." So for a
//    residential placement (an addition the profile marks residential) in the vrijwillig
//    kader, or wider when the municipality chose regie_breder_inzetten, the regie must be
//    assigned at the toewijzing and when help starts; in crisis only when leaving it (the
//    deadline reminds before that).
//  R-REGIE-LOKAAL: "Bij jeugdigen met het toekomstperspectief terug naar huis of naar
//    zelfstandig wonen is de perspectiefregie belegd bij de lokale toegang"; for
//    langdurig verblijf the municipality decides (local choice regie_langdurig_verblijf).
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"
#include "workflow/regie/regie_scope.hpp"

namespace perspectief::workflow {
bool guard_regie_verblijf(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (plan.regie) return true;
  const bool at_beschikking = context.kind == EventKind::toewijzing_vastleggen;
  if (at_beschikking) {
    if (!context.has_candidate() || !context.outcome->jeugdige) return false;
    if (context.from == StateId::crisis_hulp) return true;  // in crisis: afterwards
  }
  for (const ChildPart& child : plan.children) {
    if (at_beschikking && child.jeugdige != *context.outcome->jeugdige) continue;
    if (!regie_required(context.engine, plan, child)) continue;
    const bool after_crisis = context.from == StateId::crisis_hulp;
    findings.add("PP-W-REGIE-VERBLIJF", "/regie",
                 std::string(after_crisis ? "na een crisisplaatsing wordt de perspectiefregisseur achteraf toegewezen"
                                          : "bij plaatsing in verblijf wordt de perspectiefregisseur toegewezen op het "
                                            "moment van beschikken") +
                     "; voor " + child.jeugdige + " is nog geen regie toegewezen (regie_toewijzen)",
                 std::string(after_crisis ? "after a crisis placement the perspectiefregisseur is assigned afterwards"
                                          : "for a residential placement the perspectiefregisseur is assigned when the "
                                            "beschikking is issued") +
                     "; no regie has been assigned for " + child.jeugdige + " yet (regie_toewijzen)",
                 "R-REGIE-VERBLIJF");
    return true;
  }
  return true;
}

bool guard_regie_lokaal(const EventContext& context, Findings& findings) {
  if (!context.has_candidate()) return false;
  const Plan& plan = context.plan();
  if (!plan.regie || !plan.regie->placed_at) return true;
  const ChildPart* child = context.outcome->jeugdige ? find_child_part(plan, *context.outcome->jeugdige) : nullptr;
  // A minimum condition of the vrijwillig kader: the jeugdige's own kader decides.
  if (!child || !child->toekomstperspectief || in_dwangkader(plan, *child)) return true;
  const std::string& placed_at = *plan.regie->placed_at;
  const auto perspective = *child->toekomstperspectief;
  if (perspective == Toekomstperspectief::langdurig_verblijf) {
    const Json& choice = context.engine.local_choice("regie_langdurig_verblijf");
    if (!choice.is_string() || choice.get<std::string>() == placed_at) return true;
    findings.add("PP-W-REGIE-LOKAAL-KEUZE", "/payload/regie/placed_at",
                 "bij toekomstperspectief langdurig verblijf bepaalt de gemeente wie de regie heeft; zij koos '" +
                     choice.get<std::string>() + "' (lokale keuze regie_langdurig_verblijf)",
                 "for the perspective long-term residential care the municipality decides who holds regie; it chose '" +
                     choice.get<std::string>() + "' (local choice regie_langdurig_verblijf)",
                 "R-REGIE-LOKAAL");
    return true;
  }
  if (placed_at == "lokale_toegang") return true;
  const std::string perspective_name(to_string(perspective));
  findings.add("PP-W-REGIE-LOKAAL", "/payload/regie/placed_at",
               "bij toekomstperspectief " + perspective_name + " ligt de perspectiefregie bij de lokale toegang, "
                   "niet bij " + placed_at,
               "for the perspective " + perspective_name + " regie lies with the lokale toegang, not with " +
                   placed_at,
               "R-REGIE-LOKAAL");
  return true;
}

}  // namespace perspectief::workflow
