// Event id -> effect, indexed by EventKind (same order as ids.hpp).
#include <array>

#include "workflow/effects/effect.hpp"

namespace perspectief::workflow {
namespace {

using P = PayloadUse;

constexpr std::array<EffectDef, kEventKindCount> kEffects = {{
    {effect_create_plan, P::required},            // plan_aanmaken
    {effect_step, P::none},                       // vraagverheldering_starten
    {effect_step, P::none},                       // vraag_duiden
    {effect_step, P::none},                       // lokaal_oplossen
    {effect_set_segment, P::required},            // segment_vaststellen
    {effect_fix_results, P::none},                // resultaten_vaststellen
    {effect_set_support_profile, P::required},    // ondersteuningsprofiel_vaststellen
    {effect_choose_provider, P::required},        // aanbieder_kiezen
    {effect_amend_plan, P::required},             // plan_wijzigen
    {effect_fix_version, P::optional},            // versie_vaststellen
    {effect_give_akkoord, P::optional},           // akkoord_geven
    {effect_record_toewijzing, P::required},      // toewijzing_vastleggen
    {effect_start_help, P::none},                 // hulp_starten
    {effect_start_after_transfer, P::required},   // hulp_starten_na_overplaatsing
    {effect_start_crisis, P::required},           // crisis_starten
    {effect_record_start_agreements, P::required},  // startafspraken_vastleggen
    {effect_evaluate, P::required},               // evalueren
    {effect_step, P::none},                       // crisis_afschalen
    {effect_step, P::none},                       // afronding_starten
    {effect_close_youth_care, P::optional},       // jeugdhulp_afsluiten
    {effect_close_youth_care, P::optional},       // afronden (closes what is left)
    {effect_reopen, P::none},                     // heropenen
    {effect_assign_regie, P::required},           // regie_toewijzen
    {effect_handover_18, P::required},            // overdracht_18
}};

}  // namespace

const EffectDef& effect_of(EventKind kind) { return kEffects[index(kind)]; }

}  // namespace perspectief::workflow
