// Closing and reopening (000 "Wanneer is het perspectiefplan afgerond?", R-CLOSE-PARTIAL,
// R-REOPEN). Closing a jeugdige's youth-care part marks it closed, ends its help (help),
// ends its toewijzingen that still run (with the iJw JZ588 reason, e.g. "31" volgens
// plan) and closes its Jeugdwet results still open; results in other domains stay as
// they are. jeugdhulp_afsluiten closes one jeugdige's part (`jeugdige`) or, without one,
// every jeugdige's; afronden closes every part still open. The family part's Jeugdwet
// results close with the last jeugdige's part.
// Reopening undoes the closed marks and counts as a new youth-care need (R-REOPEN).
#include <algorithm>

#include "perspectief/calendar.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief {
namespace workflow {
struct ClosePayload {
  std::optional<std::string> jeugdige;    // jeugdhulp_afsluiten: this jeugdige's part only
  std::optional<std::string> end_reason;  // iJw JZ588 reden beeindiging for running toewijzingen
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::ClosePayload> {
  using T = workflow::ClosePayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("end_reason", &T::end_reason));
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
  std::optional<std::size_t> only;  // the one jeugdige whose part closes
  if (payload->jeugdige) {
    if (context.kind == EventKind::afronden) {
      findings.add("PP-W-PAYLOAD", "/payload/jeugdige",
                   "afronden sluit het hele plan; sluit het deel van een jeugdige met jeugdhulp_afsluiten",
                   "afronden closes the whole plan; close one jeugdige's part with jeugdhulp_afsluiten");
      return;
    }
    only = find_child(plan, *payload->jeugdige, findings);
    if (!only) return;
    if (plan.children[*only].youth_care_closed.value_or(false)) {
      findings.add("PP-W-JEUGDHULP-CLOSED", "/children/" + std::to_string(*only) + "/youth_care_closed",
                   "het jeugdhulpdeel van " + *payload->jeugdige + " is al afgesloten",
                   "the youth-care part of " + *payload->jeugdige + " is already closed");
      return;
    }
    outcome.jeugdige = payload->jeugdige;
  }
  bool ends_running = false;
  auto close_results = [&](std::vector<Result>& results) {
    for (Result& result : results) {
      if (is_open(result) && result_framework(result, profile) == Framework::jeugdwet) result.status = ResultStatus::gesloten;
    }
  };
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    if (only && c != *only) continue;
    ChildPart& child = plan.children.edit(c);
    child.youth_care_closed = true;
    child.help.reset();
    close_results(child.results);
    for (Toewijzing& toewijzing : child.toewijzingen) {
      if (toewijzing.end && toewijzing.end->value <= today) continue;
      ends_running = true;
      toewijzing.end = IsoDate{today};
      toewijzing.end_reason = payload->end_reason;
    }
  }
  const bool all_closed = std::all_of(plan.children.begin(), plan.children.end(),
                                      [](const ChildPart& child) { return child.youth_care_closed.value_or(false); });
  if (all_closed) close_results(plan.family_part.results);
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
  plan.children.edit_each([](ChildPart& child) { child.youth_care_closed.reset(); });
  outcome.need_changed = true;
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
