// R-PROVIDER-NOT-DRAFTING (000): "Jeugdhulporganisaties worden niet betrokken bij het
// opstellen van het perspectiefplan ... Overigens kan een verwijzer uiteraard zelf de
// professionele afweging maken om een jeugdhulporganisatie wel te betrekken."
//  - only a referrer (lokale team, verwijzer, GI) sets plan.provider_drafting;
//  - unless it is set, a provider (hoofdaannemer, onderaannemer) changes only its own
//    results (set_by the provider's organisation) and its own behandelplan (004 step 5:
//    "zorgaanbieder vult de resultaten in het perspectiefplan aan en stelt een
//    behandelplan op").
#include "workflow/guards/guard.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

// Whether `by` (a set_by or author object) is the acting provider's organisation.
bool is_own(const Json& by, const Actor& actor) {
  if (!by.is_object()) return false;
  const auto role = by.contains("role") && by["role"].is_string() ? enum_from_string<Role>(by["role"].get<std::string>())
                                                                  : std::nullopt;
  if (!role || !is_provider_role(*role)) return false;
  if (actor.organisation && by.contains("organisation")) return by["organisation"] == *actor.organisation;
  return by.contains("person") && by["person"] == actor.person;
}

// An absent value is nobody's; a present one must carry the provider as `key`.
bool own_or_absent(const Json& value, const char* key, const Actor& actor) {
  if (value.is_null()) return true;
  return value.is_object() && value.contains(key) && is_own(value[key], actor);
}

}  // namespace

bool guard_provider_not_drafting(const EventContext& context, Findings& findings) {
  if (!context.has_candidate()) return false;
  const Actor& actor = context.event.actor;
  const Plan& after = context.plan();
  if (after.provider_drafting != context.before.provider_drafting && !decides_provider_drafting(actor.role)) {
    findings.add("PP-W-PROVIDER-DRAFTING-BY", "/provider_drafting",
                 "alleen de verwijzer (lokaal team, verwijzer of GI) beslist of een aanbieder meeschrijft aan het plan",
                 "only the referrer (lokale team, verwijzer or GI) decides whether a provider helps draft the plan",
                 "R-PROVIDER-NOT-DRAFTING");
  }
  if (!is_provider_role(actor.role) || context.before.provider_drafting.value_or(false)) return true;
  for (const ContentChange& change : context.outcome->changes) {
    const bool own_result = change.unit == ChangeUnit::result && own_or_absent(change.before, "set_by", actor) &&
                            own_or_absent(change.after, "set_by", actor);
    const bool own_behandelplan = change.unit == ChangeUnit::child_member && change.member == "behandelplan" &&
                                  own_or_absent(change.before, "author", actor) &&
                                  own_or_absent(change.after, "author", actor);
    if (own_result || own_behandelplan) continue;
    findings.add("PP-W-PROVIDER-NOT-DRAFTING", change.pointer,
                 "aanbieders schrijven niet mee aan het plan tenzij de verwijzer dat besliste; een aanbieder "
                 "wijzigt alleen de eigen resultaten (set_by) en het eigen behandelplan (author)",
                 "providers do not help draft the plan unless the referrer decided so; a provider changes only "
                 "its own results (set_by) and its own behandelplan (author)",
                 "R-PROVIDER-NOT-DRAFTING");
  }
  return true;
}

}  // namespace perspectief::workflow
