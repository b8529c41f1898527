// R-REFERRER-C (000): "Bij een verwijzing in segment C van een andere verwijzer dan het
// lokale team zonder een (goedgekeurd) perspectiefplan, is de gecontracteerde
// jeugdhulporganisatie ervoor verantwoordelijk dat het gezin contact opneemt met het
// lokale team. De drie partijen stemmen samen af, zodat er uiteindelijk een
// perspectiefplan ligt dat door het lokale team is goedgekeurd." The same holds for a
// segment-C referral from a hospital, with or without a named referrer.
// Segment and kader are each jeugdige's (R-SEG-KNOWN), so the rule is about a jeugdige
// in segment C and the vrijwillig kader (in the dwangkader the GI is the referrer and
// R-DWANG-GI applies instead):
//  - when a plan with such a jeugdige goes for akkoord (versie_vaststellen into
//    plan_akkoord), the version is fixed by the lokale team, the body that approves it,
//    not by the other referrer;
//  - help for such a jeugdige starts only with the lokale team's akkoord on the plan (on
//    the current fixed version, R-AKKOORD-SCOPE). Any lokale-team event in the history no
//    longer counts (issue #11): only the akkoord does.
// "The lokale team assigned to the plan": until the plan records which team is assigned
// (R-STANDING's involvement records), the lokale team is the one acting in that role.
#include <algorithm>

#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {
namespace {

bool referred_elsewhere(const Plan& plan) {
  if (plan.entry_route == EntryRoute::ziekenhuis) return true;
  return plan.referrer && plan.referrer->role == Role::verwijzer;
}

// Whether the rule is about this jeugdige: segment C, vrijwillig kader.
bool in_scope(const Plan& plan, const ChildPart& child) {
  return segment_of(plan, child) == Segment::C && !in_dwangkader(plan, child);
}

std::string who_referred(const Plan& plan, bool dutch) {
  if (plan.referrer && plan.referrer->role == Role::verwijzer) return describe(*plan.referrer);
  return dutch ? "het ziekenhuis" : "the hospital";
}

}  // namespace

bool guard_referrer_c(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (!referred_elsewhere(plan)) return true;
  if (context.kind == EventKind::versie_vaststellen) {
    const bool any = std::any_of(plan.children.begin(), plan.children.end(),
                                 [&](const ChildPart& child) { return in_scope(plan, child); });
    if (!any) return true;
    if (context.event.actor.role == Role::lokaal_team) return true;
    findings.add("PP-W-REFERRER-C", "/referrer",
                 "verwijzing in segment C door " + who_referred(plan, true) +
                     ", niet door het lokale team: het plan wordt samen met het lokale team opgesteld en door dat team "
                     "goedgekeurd; het lokale team stelt de versie vast die ter akkoord gaat",
                 "segment C referral by " + who_referred(plan, false) +
                     ", not by the lokale team: the plan is drawn up with and approved by the lokale team; the "
                     "lokale team fixes the version that goes for akkoord",
                 "R-REFERRER-C");
    return true;
  }
  const std::vector<std::size_t> starting = children_starting_help(context);
  const bool any = std::any_of(starting.begin(), starting.end(),
                               [&](std::size_t c) { return in_scope(plan, plan.children[c]); });
  if (!any || context.facts.counting_akkoord(Role::lokaal_team)) return true;
  findings.add("PP-W-REFERRER-C", "/akkoorden",
               "verwijzing in segment C door " + who_referred(plan, true) +
                   ": de hulp start pas als er een plan ligt dat door het lokale team is goedgekeurd" +
                   stale_akkoord_nl(context.facts, Role::lokaal_team),
               "segment C referral by " + who_referred(plan, false) +
                   ": help starts only once the lokale team approved the plan" +
                   stale_akkoord_en(context.facts, Role::lokaal_team),
               "R-REFERRER-C");
  return true;
}

}  // namespace perspectief::workflow
