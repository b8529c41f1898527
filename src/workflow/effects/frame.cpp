// The jeugdige's frame (R-SEG-KNOWN, R-KADER-CHANGE): segment and kader belong to each
// jeugdige (jeugdige_frame.hpp), so one family can have a child in segment B and a
// sibling in C, or one child under a supervision order and a sibling in the vrijwillig
// kader.
//  segment_vaststellen {jeugdige?, segment}: records the jeugdige's segment. Without
//    `jeugdige` (the form of plan@1 histories, when the segment was the family's) it is
//    every jeugdige's.
//  kader_wijzigen {jeugdige, kader, date, basis}: the kader changes during the trajectory
//    (002 names the transition a local agreement): vrijwillig -> dwang on a supervision
//    order for one child, back to vrijwillig when the measure ends. It is recorded in the
//    jeugdige's kader_changes with its legal basis, the day it takes effect and who
//    recorded it; from then on the new kader's rules apply (R-DWANG-GI and the others ask
//    the jeugdige's kader). Its conditions are checked here, with the rule id, so that no
//    setting can switch them off: a change changes something, names its legal basis, and
//    does not take effect after it is recorded (the rules would apply before the measure)
//    nor before the jeugdige's previous change.
#include "perspectief/calendar.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief {
namespace workflow {
struct SegmentPayload {
  std::optional<std::string> jeugdige;  // absent: every jeugdige (plan@1 histories)
  Segment segment{};
};
struct KaderPayload {
  std::string jeugdige;
  Kader kader{};
  IsoDate date;        // the day the new kader takes effect
  std::string basis;   // the legal basis, e.g. "ondertoezichtstelling, BW 1:255, beschikking rechtbank ..."
};
}  // namespace workflow

namespace detail {
template <>
struct Fields<workflow::SegmentPayload> {
  using T = workflow::SegmentPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("segment", &T::segment));
};
template <>
struct Fields<workflow::KaderPayload> {
  using T = workflow::KaderPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("kader", &T::kader),
                                                 field("date", &T::date), field("basis", &T::basis));
};
}  // namespace detail

namespace workflow {

void effect_set_segment(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<SegmentPayload>(context.event.payload, findings);
  if (!payload) return;
  Plan plan = context.before;
  if (payload->jeugdige) {
    auto c = find_child(plan, *payload->jeugdige, findings);
    if (!c) return;
    plan.children.edit(*c).segment = payload->segment;
    outcome.jeugdige = payload->jeugdige;
  } else {
    plan.children.edit_each([&](ChildPart& child) { child.segment = payload->segment; });
  }
  outcome.plan = std::move(plan);
}

void effect_change_kader(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<KaderPayload>(
      context, outcome, findings, [&](KaderPayload& payload, Plan& plan, ChildPart& part) {
        const Kader previous = kader_of(plan, part);
        const std::string name = display_name(plan, part);
        const std::string today = format_iso_date(context.day());
        bool ok = true;
        if (payload.kader == previous) {
          const std::string kader(to_string(previous));
          findings.add("PP-W-KADER-SAME", "/payload/kader",
                       name + " valt al in het kader " + kader + "; een kaderwijziging verandert het kader",
                       name + " is already in the kader " + kader + "; a kader change changes the kader",
                       "R-KADER-CHANGE");
          ok = false;
        }
        if (payload.basis.find_first_not_of(" \t\r\n") == std::string::npos) {
          findings.add("PP-W-KADER-BASIS", "/payload/basis",
                       "noem de wettelijke grondslag van de kaderwijziging (bijv. ondertoezichtstelling, BW 1:255, "
                       "beschikking van de rechtbank)",
                       "name the legal basis of the kader change (e.g. ondertoezichtstelling, BW 1:255, the court's "
                       "order)",
                       "R-KADER-CHANGE");
          ok = false;
        }
        if (payload.date.value > today) {
          findings.add("PP-W-KADER-DATE", "/payload/date",
                       "de kaderwijziging gaat in op " + payload.date.value +
                           ", na vandaag; leg haar vast op of na die dag: vanaf het vastleggen gelden de regels van het "
                           "nieuwe kader",
                       "the kader change takes effect on " + payload.date.value +
                           ", after today; record it on or after that day: the new kader's rules apply from when it "
                           "is recorded",
                       "R-KADER-CHANGE");
          ok = false;
        } else if (!part.kader_changes.empty() && payload.date < part.kader_changes.back().date) {
          findings.add("PP-W-KADER-DATE", "/payload/date",
                       "de kaderwijziging gaat in voor de vorige van " + name + " (" +
                           part.kader_changes.back().date.value + ")",
                       "the kader change takes effect before the previous one of " + name + " (" +
                           part.kader_changes.back().date.value + ")",
                       "R-KADER-CHANGE");
          ok = false;
        }
        if (!ok) return false;
        KaderChange change;
        change.kader = payload.kader;
        change.previous = previous;
        change.date = std::move(payload.date);
        change.basis = std::move(payload.basis);
        change.recorded_by = context.event.actor;
        change.at = context.event.at;
        part.kader_changes.push_back(std::move(change));
        part.kader = payload.kader;
        return true;
      });
}

}  // namespace workflow
}  // namespace perspectief
