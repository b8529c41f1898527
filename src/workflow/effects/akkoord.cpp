// akkoord_geven: records that the actor agrees with the current version. An akkoord is
// given to a fixed (vastgestelde) version, so that what was agreed to is reproducible
// (000); whose akkoord counts for what is up to the guards (R-SEG-C-AKKOORD,
// R-DWANG-GI, R-FAMILY-AKKOORD, R-REOPEN, R-AKKOORD-SCOPE).
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief {
namespace workflow {
struct AkkoordPayload {
  std::optional<std::string> scope;  // "plan" (default), "resultaten" (004 step 3), "wijziging"
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::AkkoordPayload> {
  static constexpr auto fields = std::make_tuple(field("scope", &workflow::AkkoordPayload::scope));
};
}  // namespace detail

namespace workflow {

void effect_give_akkoord(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<AkkoordPayload>(context.event.payload, findings);
  if (!payload) return;
  if (payload->scope && *payload->scope != "plan" && *payload->scope != "resultaten" && *payload->scope != "wijziging") {
    findings.add("PP-W-PAYLOAD", "/payload/scope", "scope is 'plan', 'resultaten' of 'wijziging'",
                 "scope is 'plan', 'resultaten' or 'wijziging'");
    return;
  }
  const Plan& before = context.before;
  // R-AKKOORD-SCOPE: an akkoord on the plan is given to a fixed version; an akkoord on the
  // results (004 step 3) covers the results that need a provider, which the history
  // entry's version reproduces, and comes before the plan is complete enough to fix.
  const bool on_results = payload->scope == "resultaten";
  if (!on_results && !is_current_version_fixed(before)) {
    findings.add("PP-W-VERSION-NOT-FIXED", "/versions",
                 "akkoord gaat over een vastgestelde versie; versie " + std::to_string(before.version) +
                     " is nog niet vastgesteld (versie_vaststellen)",
                 "an akkoord is given to a fixed version; version " + std::to_string(before.version) +
                     " has not been fixed (versie_vaststellen)");
    return;
  }
  Plan plan = before;
  Akkoord akkoord;
  akkoord.by = context.event.actor;
  akkoord.version = before.version;
  akkoord.at = context.event.at;
  akkoord.scope = payload->scope;
  plan.akkoorden.push_back(std::move(akkoord));
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
