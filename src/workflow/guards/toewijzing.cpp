// R-TOEWIJZING (003; iJw: a start message follows a toewijzing): specialist help for a
// jeugdige starts only under a toewijzing for that jeugdige and that provider that runs
// on the start date. The toewijzing (beschikking) is what makes the help legally happen;
// without it a provider could start help that nobody assigned. Crisis is the exception:
// crisis_starten does not carry this guard, and the toewijzing that follows is due
// within the period the profile sets (deadline crisis_toewijzing, deadlines.cpp).
// Help after a hospital transfer has the same condition in R-SEG-B's own words.
#include "perspectief/calendar.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"

namespace perspectief::workflow {

bool guard_toewijzing(const EventContext& context, Findings& findings) {
  const bool names_one = context.kind != EventKind::hulp_starten;
  if (names_one && (!context.has_candidate() || !context.outcome->jeugdige)) return false;
  const Plan& plan = context.plan();
  const std::string today = format_iso_date(context.day());
  for (std::size_t c : children_starting_help(context)) {
    const ChildPart& child = plan.children[c];
    if (!child.aanbieder) continue;  // no provider: the effect reports PP-W-NO-PROVIDER
    if (running_toewijzing(child, child.aanbieder->id, today)) continue;
    const Member* member = find_member(plan, child.jeugdige);
    const std::string name = member && member->name ? *member->name : child.jeugdige;
    const std::string provider = child.aanbieder->name.value_or(child.aanbieder->id);
    findings.add("PP-W-TOEWIJZING", "/children/" + std::to_string(c) + "/toewijzingen",
                 "de hulp voor " + name + " start pas onder een toewijzing aan " + provider +
                     " die loopt op " + today + " (toewijzing_vastleggen); die ontbreekt",
                 "help for " + name + " starts only under a toewijzing to " + provider + " that runs on " + today +
                     " (toewijzing_vastleggen); there is none",
                 "R-TOEWIJZING");
  }
  return true;
}

}  // namespace perspectief::workflow
