// Event id -> effect, indexed by EventKind (same order as ids.hpp), with where each writes.
// clang-format off: one row per event reads better as a table.
#include <array>

#include "workflow/effects/effect.hpp"

namespace perspectief::workflow {
namespace {

using P = PayloadUse;

constexpr std::array<EffectDef, kEventKindCount> kEffects = {{
    // effect                        payload      content  writes
    {effect_create_plan,             P::required, true,  {kWritesAddressed}},                  // plan_aanmaken
    {effect_step,                    P::none,     false, {}},                                  // vraagverheldering_starten
    {effect_step,                    P::none,     false, {}},                                  // vraag_duiden
    {effect_step,                    P::none,     false, {}},                                  // lokaal_oplossen
    {effect_set_segment,             P::required, true,  {"children/*/segment"}},              // segment_vaststellen
    {effect_fix_results,             P::none,     false, {}},                                  // resultaten_vaststellen
    {effect_set_support_profile,     P::required, true,  {"children/*/ondersteuningsprofiel"}},// ondersteuningsprofiel_vaststellen
    {effect_choose_provider,         P::required, true,  {"children/*/aanbieder"}},            // aanbieder_kiezen
    {effect_amend_plan,              P::required, true,  {kWritesAddressed}},                  // plan_wijzigen
    {effect_fix_version,             P::optional, false, {"versions"}},                        // versie_vaststellen
    {effect_give_akkoord,            P::optional, false, {"akkoorden"}},                       // akkoord_geven
    {effect_record_toewijzing,       P::required, true,  {"children/*/toewijzingen/*"}},       // toewijzing_vastleggen
    {effect_start_help,              P::optional, false, {"children/*/help"}},                 // hulp_starten (help: bookkeeping, not content)
    {effect_start_after_transfer,    P::required, true,  {"children/*/aanbieder", "children/*/toewijzingen/*", "children/*/help"}},  // hulp_starten_na_overplaatsing
    {effect_start_crisis,            P::required, true,  {"children/*/ondersteuningsprofiel", "children/*/aanbieder", "children/*/help"}},  // crisis_starten
    {effect_record_start_agreements, P::required, true,  {"family_part/agreements/*", "children/*/agreements/*"}},  // startafspraken_vastleggen
    {effect_evaluate,                P::required, true,  {"children/*/evaluations/*"}},        // evalueren
    {effect_scale_down_crisis,       P::none,     false, {"children/*/help"}},                 // crisis_afschalen (ends crisis help: bookkeeping)
    {effect_step,                    P::none,     false, {}},                                  // afronding_starten
    {effect_close_youth_care,        P::optional, true,  {"children/*/youth_care_closed", "children/*/toewijzingen/*", "children/*/help"}},  // jeugdhulp_afsluiten
    {effect_close_youth_care,        P::optional, true,  {"children/*/youth_care_closed", "children/*/toewijzingen/*", "children/*/help"}},  // afronden (closes what is left)
    {effect_reopen,                  P::none,     true,  {"children/*/youth_care_closed"}},    // heropenen
    {effect_assign_regie,            P::required, true,  {"regie"}},                           // regie_toewijzen
    {effect_handover_18,             P::required, false, {"regie"}},                           // overdracht_18
    {effect_assign_involvement,      P::required, true,  {"assignments"}},                     // betrokkene_toewijzen (plan.assignments)
    {effect_end_involvement,         P::required, true,  {"assignments"}},                     // betrokkenheid_beeindigen
    {effect_change_kader,            P::required, true,  {"children/*/kader"}},                // kader_wijzigen (kader, kader_changes)
    {effect_answer_as_provider,      P::required, true,  {"children/*/aanbieder"}},            // aanbieder_antwoorden (004 step 4)
    {effect_fix_arrangement,         P::required, true,  {"children/*/aanbieder"}},            // arrangement_vaststellen (004 step 5)
}};

// An effect that changes the content must say where, or the role model could not check it.
constexpr bool every_content_effect_says_where() {
  for (const EffectDef& def : kEffects) {
    if (def.changes_content && def.writes[0].empty()) return false;
  }
  return true;
}
static_assert(every_content_effect_says_where(), "an effect with changes_content = true declares what it writes");

}  // namespace

const EffectDef& effect_of(EventKind kind) { return kEffects[index(kind)]; }

}  // namespace perspectief::workflow
