// R-SEG-KNOWN (000; DOMAIN.md section 3): in a region with segments, specialist help
// for a jeugdige does not start while that jeugdige's segment is unknown. Without this
// an unknown segment silently meant "no segment rules": a plan without a segment went
// from plan_aanmaken to hulp_gestart without the lokale team's akkoord that segment C
// requires. Crisis (crisis_starten) is the exception: help starts first and the segment
// is recorded afterwards, before regular help starts (hulp_starten out of crisis_hulp).
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

bool guard_segment_known(const EventContext& context, Findings& findings) {
  if (context.engine.profile().segments.empty()) return true;  // a region without segments
  const bool names_one = context.kind != EventKind::hulp_starten;
  if (names_one && (!context.has_candidate() || !context.outcome->jeugdige)) return false;
  const Plan& plan = context.plan();
  for (std::size_t c : children_starting_help(context)) {
    const ChildPart& child = plan.children[c];
    if (segment_of(plan, child)) continue;
    const Member* member = find_member(plan, child.jeugdige);
    const std::string name = member && member->name ? *member->name : child.jeugdige;
    findings.add("PP-W-SEG-KNOWN", segment_pointer(plan, c),
                 "het segment van " + name +
                     " is onbekend; specialistische hulp start pas als het segment is vastgesteld "
                     "(segment_vaststellen): een onbekend segment betekent nooit 'geen segmentregels'",
                 "the segment of " + name +
                     " is unknown; specialist help starts only once the segment is recorded (segment_vaststellen): "
                     "an unknown segment never means 'no segment rules'",
                 "R-SEG-KNOWN");
  }
  return true;
}

}  // namespace perspectief::workflow
