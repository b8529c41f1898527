// The fixed vocabularies of the workflow: state ids (docs/architecture.md) and event
// ids. A region profile chooses which of them its workflow uses and how they connect;
// a profile naming an id outside these lists is refused when the engine loads.
// Each event id has one effect in C++ (src/workflow/effects/), which is why event ids
// are a vocabulary and not free text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "perspectief/vocabulary.hpp"

namespace perspectief::workflow {

enum class StateId : std::uint8_t {
  hulpvraag,               // 003 step 1 vraagstelling: the family's question is recorded
  vraagverheldering,       // 003 step 2 / 004 step 1: clarifying the question over all leefgebieden
  vraagduiding,            // 003 step 3 / 004 step 2: who can do what; is a provider needed?
  resultaten_vastgesteld,  // 004 step 3: results needing a provider fixed; profile, intensity, choice of provider
  in_overleg_aanbieder,    // 004 steps 4-5: talking with the chosen hoofdaannemer
  plan_akkoord,            // 004 step 5: the plan is fixed (vastgesteld) and goes for akkoord
  hulp_gestart,            // 004 step 6: specialist help runs
  crisis_hulp,             // 000/002: crisis help runs before the plan (R-CRISIS)
  evaluatie,               // 004 afronding/evaluatie
  jeugdhulp_afgesloten,    // 000: the youth-care part is closed, other domains stay open (R-CLOSE-PARTIAL)
  afgerond,                // the plan is closed
  lokaal_opgelost,         // 003 step 4: answered locally (netwerk, lokale toegang), no specialist help
};

enum class EventKind : std::uint8_t {
  plan_aanmaken,                      // genesis: creates the plan content
  vraagverheldering_starten,
  vraag_duiden,
  lokaal_oplossen,
  segment_vaststellen,
  resultaten_vaststellen,
  ondersteuningsprofiel_vaststellen,
  aanbieder_kiezen,
  plan_wijzigen,                      // content change: JSON Merge Patch or JSON Patch
  versie_vaststellen,                 // fixes the current version (VersionRecord + SHA-256)
  akkoord_geven,
  toewijzing_vastleggen,
  hulp_starten,
  hulp_starten_na_overplaatsing,      // R-SEG-B hospital transfer
  crisis_starten,
  startafspraken_vastleggen,
  evalueren,
  crisis_afschalen,
  afronding_starten,
  jeugdhulp_afsluiten,                // R-CLOSE-PARTIAL
  afronden,
  heropenen,
  regie_toewijzen,
  overdracht_18,
  betrokkene_toewijzen,               // R-STANDING: assigns a lokale-team worker or a GI
  betrokkenheid_beeindigen,           // R-STANDING: ends such an assignment
  kader_wijzigen,                     // R-KADER-CHANGE: one jeugdige's kader changes
  aanbieder_antwoorden,               // 004 step 4: the chosen provider accepts or declines the results
  arrangement_vaststellen,            // 004 step 5: lokale toegang and provider fix the arrangement
};

inline constexpr std::size_t kStateCount = 12;
inline constexpr std::size_t kEventKindCount = 29;

inline constexpr std::size_t index(StateId s) { return static_cast<std::size_t>(s); }
inline constexpr std::size_t index(EventKind e) { return static_cast<std::size_t>(e); }

}  // namespace perspectief::workflow

namespace perspectief {

template <>
struct EnumNames<workflow::StateId> {
  using S = workflow::StateId;
  static constexpr auto table = std::to_array<std::pair<S, std::string_view>>({
      {S::hulpvraag, "hulpvraag"},
      {S::vraagverheldering, "vraagverheldering"},
      {S::vraagduiding, "vraagduiding"},
      {S::resultaten_vastgesteld, "resultaten_vastgesteld"},
      {S::in_overleg_aanbieder, "in_overleg_aanbieder"},
      {S::plan_akkoord, "plan_akkoord"},
      {S::hulp_gestart, "hulp_gestart"},
      {S::crisis_hulp, "crisis_hulp"},
      {S::evaluatie, "evaluatie"},
      {S::jeugdhulp_afgesloten, "jeugdhulp_afgesloten"},
      {S::afgerond, "afgerond"},
      {S::lokaal_opgelost, "lokaal_opgelost"},
  });
  static constexpr std::string_view type_name = "StateId";
};

template <>
struct EnumNames<workflow::EventKind> {
  using E = workflow::EventKind;
  static constexpr auto table = std::to_array<std::pair<E, std::string_view>>({
      {E::plan_aanmaken, "plan_aanmaken"},
      {E::vraagverheldering_starten, "vraagverheldering_starten"},
      {E::vraag_duiden, "vraag_duiden"},
      {E::lokaal_oplossen, "lokaal_oplossen"},
      {E::segment_vaststellen, "segment_vaststellen"},
      {E::resultaten_vaststellen, "resultaten_vaststellen"},
      {E::ondersteuningsprofiel_vaststellen, "ondersteuningsprofiel_vaststellen"},
      {E::aanbieder_kiezen, "aanbieder_kiezen"},
      {E::plan_wijzigen, "plan_wijzigen"},
      {E::versie_vaststellen, "versie_vaststellen"},
      {E::akkoord_geven, "akkoord_geven"},
      {E::toewijzing_vastleggen, "toewijzing_vastleggen"},
      {E::hulp_starten, "hulp_starten"},
      {E::hulp_starten_na_overplaatsing, "hulp_starten_na_overplaatsing"},
      {E::crisis_starten, "crisis_starten"},
      {E::startafspraken_vastleggen, "startafspraken_vastleggen"},
      {E::evalueren, "evalueren"},
      {E::crisis_afschalen, "crisis_afschalen"},
      {E::afronding_starten, "afronding_starten"},
      {E::jeugdhulp_afsluiten, "jeugdhulp_afsluiten"},
      {E::afronden, "afronden"},
      {E::heropenen, "heropenen"},
      {E::regie_toewijzen, "regie_toewijzen"},
      {E::overdracht_18, "overdracht_18"},
      {E::betrokkene_toewijzen, "betrokkene_toewijzen"},
      {E::betrokkenheid_beeindigen, "betrokkenheid_beeindigen"},
      {E::kader_wijzigen, "kader_wijzigen"},
      {E::aanbieder_antwoorden, "aanbieder_antwoorden"},
      {E::arrangement_vaststellen, "arrangement_vaststellen"},
  });
  static constexpr std::string_view type_name = "EventKind";
};

static_assert(EnumNames<workflow::StateId>::table.size() == workflow::kStateCount);
static_assert(EnumNames<workflow::EventKind>::table.size() == workflow::kEventKindCount);

}  // namespace perspectief
