// R-ARRANGEMENT (004 step 5): where the region's profile lists it on toewijzing_vastleggen
// and the municipality switched on the local choice arrangement_voor_toewijzing, the
// toewijzing to the chosen provider follows the arrangement that the lokale toegang and that
// provider fixed (aanbieder_antwoorden, arrangement_vaststellen), so what is assigned is what
// they agreed. Off by default: 004 names the arrangement in step 5 without ordering it before
// the toewijzing, and histories recorded without it must still replay. A crisis is the
// exception, as for R-TOEWIJZING: help first, the toewijzing follows (a jeugdige in crisis_hulp).
#include "workflow/jeugdige/arrangement.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {

bool guard_arrangement(const EventContext& context, Findings& findings) {
  const Json& switched_on = context.engine.local_choice("arrangement_voor_toewijzing");
  if (!switched_on.is_boolean() || !switched_on.get<bool>()) return true;
  if (!context.has_candidate() || !context.outcome->jeugdige) return false;
  const Plan& plan = context.plan();
  const ChildPart* child = find_child_part(plan, *context.outcome->jeugdige);
  if (!child || child->help == HelpState::crisis_hulp) return true;
  const Json& toewijzing = context.event.payload.at("toewijzing");
  const std::string aanbieder = toewijzing.value("aanbieder", std::string());
  if (child->aanbieder && child->aanbieder->id == aanbieder && arrangement_fixed(*child->aanbieder)) return true;
  findings.add("PP-W-ARRANGEMENT-MISSING", "/payload/toewijzing/aanbieder",
               "de toewijzing aan " + aanbieder + " volgt op het arrangement dat de lokale toegang en die gekozen "
                   "aanbieder samen vaststelden (arrangement_vaststellen); dat ontbreekt",
               "the toewijzing to " + aanbieder + " follows the arrangement the lokale toegang and that chosen "
                   "provider fixed together (arrangement_vaststellen); there is none",
               "R-ARRANGEMENT");
  return true;
}

}  // namespace perspectief::workflow
