// R-REFERRER-C (000): "Bij een verwijzing in segment C van een andere verwijzer dan het
// lokale team zonder een (goedgekeurd) perspectiefplan, is de gecontracteerde
// jeugdhulporganisatie ervoor verantwoordelijk dat het gezin contact opneemt met het
// lokale team. De drie partijen stemmen samen af, zodat er uiteindelijk een
// perspectiefplan ligt dat door het lokale team is goedgekeurd." The same holds for a
// segment-C referral from a hospital. So such a plan cannot be fixed for akkoord, nor
// can help start, before the lokale team took part in it. (In the dwangkader the GI is
// the referrer and R-DWANG-GI applies instead.)
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {

bool guard_referrer_c(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (plan.segment != Segment::C || plan.kader == Kader::dwang) return true;
  if (!plan.referrer || plan.referrer->role != Role::verwijzer) return true;
  if (context.facts.lokaal_team_involved || context.event.actor.role == Role::lokaal_team) return true;
  const std::string referrer = describe(*plan.referrer);
  findings.add("PP-W-REFERRER-C", "/referrer",
               "verwijzing in segment C door " + referrer +
                   ", niet door het lokale team: de aanbieder zorgt dat het gezin contact opneemt met het lokale team, "
                   "en het plan wordt samen met het lokale team opgesteld en door dat team goedgekeurd (000); het lokale "
                   "team is nog niet betrokken",
               "segment C referral by " + referrer +
                   ", not by the lokale team: the provider makes the family contact the lokale team, and the plan is "
                   "drawn up with and approved by the lokale team (000); the lokale team has not taken part yet",
               "R-REFERRER-C");
  return true;
}

}  // namespace perspectief::workflow
