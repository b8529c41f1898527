// Closing and reopening (000 "Wanneer is het perspectiefplan afgerond?", R-CLOSE-PARTIAL,
// R-REOPEN). Closing the youth-care part marks every jeugdige's part closed, ends the
// toewijzingen that still run (with the iJw JZ588 reason, e.g. "31" volgens plan) and
// closes the Jeugdwet results still open; results in other domains stay as they are.
// Reopening undoes the closed marks and counts as a new youth-care need (R-REOPEN).
#include "perspectief/calendar.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/plan_content.hpp"

namespace perspectief {
namespace workflow {
struct ClosePayload {
  std::optional<std::string> end_reason;  // iJw JZ588 reden beeindiging for running toewijzingen
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::ClosePayload> {
  static constexpr auto fields = std::make_tuple(field("end_reason", &workflow::ClosePayload::end_reason));
};
}  // namespace detail

namespace workflow {
// jeugdhulp_afsluiten, and afronden too: afronden closes what jeugdhulp_afsluiten closes
// (nothing new when that already ran); that nothing stays open in other domains is
// R-CLOSE-PARTIAL's guard.
void effect_close_youth_care(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<ClosePayload>(context.event.payload, findings);
  if (!payload) return;
  const std::string today = format_iso_date(context.day());
  const RegionProfile& profile = context.engine.profile();
  Plan plan = context.before;
  bool ends_running = false;
  auto close_results = [&](std::vector<Result>& results) {
    for (Result& result : results) {
      if (is_open(result) && result_framework(result, profile) == Framework::jeugdwet) result.status = ResultStatus::gesloten;
    }
  };
  close_results(plan.family_part.results);
  for (ChildPart& child : plan.children) {
    child.youth_care_closed = true;
    close_results(child.results);
    for (Toewijzing& toewijzing : child.toewijzingen) {
      if (toewijzing.end && toewijzing.end->value <= today) continue;
      ends_running = true;
      toewijzing.end = IsoDate{today};
      toewijzing.end_reason = payload->end_reason;
    }
  }
  if (ends_running && !payload->end_reason) {
    findings.add("PP-W-END-REASON", "/payload/end_reason",
                 "er lopen nog toewijzingen; geef de reden van beeindiging (iJw JZ588, bijv. '31' volgens plan)",
                 "toewijzingen are still running; give the reason they end (iJw JZ588, e.g. '31' as planned)");
    return;
  }
  outcome.plan = std::move(plan);
}

void effect_reopen(const EventContext& context, EffectOutcome& outcome, Findings&) {
  Plan plan = context.before;
  for (ChildPart& child : plan.children) child.youth_care_closed.reset();
  outcome.need_changed = true;
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
