// Event id -> effect, indexed by EventKind (same order as ids.hpp).
#include <array>

#include "workflow/effects/effect.hpp"

namespace perspectief::workflow {
namespace {

using P = PayloadUse;

constexpr std::array<EffectDef, kEventKindCount> kEffects = {{
    {effect_create_plan, P::required, true},            // plan_aanmaken
    {effect_step, P::none, false},                      // vraagverheldering_starten
    {effect_step, P::none, false},                      // vraag_duiden
    {effect_step, P::none, false},                      // lokaal_oplossen
    {effect_set_segment, P::required, true},            // segment_vaststellen
    {effect_fix_results, P::none, false},               // resultaten_vaststellen
    {effect_set_support_profile, P::required, true},    // ondersteuningsprofiel_vaststellen
    {effect_choose_provider, P::required, true},        // aanbieder_kiezen
    {effect_amend_plan, P::required, true},             // plan_wijzigen
    {effect_fix_version, P::optional, false},           // versie_vaststellen
    {effect_give_akkoord, P::optional, false},          // akkoord_geven
    {effect_record_toewijzing, P::required, true},      // toewijzing_vastleggen
    {effect_start_help, P::none, false},                // hulp_starten
    {effect_start_after_transfer, P::required, true},   // hulp_starten_na_overplaatsing
    {effect_start_crisis, P::required, true},           // crisis_starten
    {effect_record_start_agreements, P::required, true},// startafspraken_vastleggen
    {effect_evaluate, P::required, true},               // evalueren
    {effect_step, P::none, false},                      // crisis_afschalen
    {effect_step, P::none, false},                      // afronding_starten
    {effect_close_youth_care, P::optional, true},       // jeugdhulp_afsluiten
    {effect_close_youth_care, P::optional, true},       // afronden (closes what is left)
    {effect_reopen, P::none, true},                     // heropenen
    {effect_assign_regie, P::required, true},           // regie_toewijzen
    {effect_handover_18, P::required, false},           // overdracht_18
    {effect_assign_involvement, P::required, true},     // betrokkene_toewijzen
    {effect_end_involvement, P::required, true},        // betrokkenheid_beeindigen
}};

}  // namespace

const EffectDef& effect_of(EventKind kind) { return kEffects[index(kind)]; }

}  // namespace perspectief::workflow
