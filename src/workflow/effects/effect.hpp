// Effects: what each event does to the plan's content, one function per event id
// (src/workflow/effects/*.cpp). An effect reads and checks its payload, and produces
// the candidate plan; the pipeline (apply.cpp) then picks the transition, moves the
// status, raises the version when the content changed, appends the history entry,
// and runs the transition's guards on the result.
#pragma once

#include <array>
#include <string_view>

#include "workflow/pipeline/event_context.hpp"
#include "workflow/pipeline/findings.hpp"
#include "workflow/definition/ids.hpp"

namespace perspectief::workflow {

using EffectFn = void (*)(const EventContext& context, EffectOutcome& outcome, Findings& findings);

enum class PayloadUse {
  none,      // the event takes no payload; one given is refused
  optional,  // an object with optional members
  required,  // an object; without it the effect cannot run
};

// Where an effect writes: part-kind patterns as the sharing policy spells them
// ("children/*/evaluations/*"). kWritesAddressed stands for "wherever its payload
// addresses": the genesis event and plan_wijzigen, decided location by location when
// the event applies (R-CHANGE-SCOPE). The one role model (role_model.hpp) checks at load
// time that every role allowed to fire the event may read what it writes.
inline constexpr std::string_view kWritesAddressed = "<addressed>";
using WrittenParts = std::array<std::string_view, 3>;

struct EffectDef {
  EffectFn apply;
  PayloadUse payload;
  // Whether the effect can change the content (and so the version). Effects that only
  // record workflow facts (akkoorden, fixed versions, steps) say false, which spares the
  // pipeline comparing the content before and after.
  bool changes_content;
  WrittenParts writes;  // empty for steps that only move the plan
};

const EffectDef& effect_of(EventKind kind);

// Steps that only move the plan (steps.cpp).
void effect_step(const EventContext&, EffectOutcome&, Findings&);
void effect_fix_results(const EventContext&, EffectOutcome&, Findings&);       // resultaten_vaststellen
void effect_start_help(const EventContext&, EffectOutcome&, Findings&);        // hulp_starten
// Content (genesis.cpp, amend.cpp).
void effect_create_plan(const EventContext&, EffectOutcome&, Findings&);       // plan_aanmaken
void effect_amend_plan(const EventContext&, EffectOutcome&, Findings&);        // plan_wijzigen
// Versions and akkoorden (versions.cpp, akkoord.cpp).
void effect_fix_version(const EventContext&, EffectOutcome&, Findings&);       // versie_vaststellen
void effect_give_akkoord(const EventContext&, EffectOutcome&, Findings&);      // akkoord_geven
// The jeugdige's frame (frame.cpp).
void effect_set_segment(const EventContext&, EffectOutcome&, Findings&);       // segment_vaststellen
void effect_change_kader(const EventContext&, EffectOutcome&, Findings&);      // kader_wijzigen
void effect_answer_as_provider(const EventContext&, EffectOutcome&, Findings&);  // aanbieder_antwoorden
void effect_fix_arrangement(const EventContext&, EffectOutcome&, Findings&);     // arrangement_vaststellen
// Deciding the help (help_decisions.cpp).
void effect_set_support_profile(const EventContext&, EffectOutcome&, Findings&);  // ondersteuningsprofiel_vaststellen
void effect_choose_provider(const EventContext&, EffectOutcome&, Findings&);   // aanbieder_kiezen
void effect_record_toewijzing(const EventContext&, EffectOutcome&, Findings&); // toewijzing_vastleggen
void effect_start_after_transfer(const EventContext&, EffectOutcome&, Findings&);  // hulp_starten_na_overplaatsing
// Crisis (crisis.cpp).
void effect_start_crisis(const EventContext&, EffectOutcome&, Findings&);      // crisis_starten
void effect_record_start_agreements(const EventContext&, EffectOutcome&, Findings&);  // startafspraken_vastleggen
void effect_scale_down_crisis(const EventContext&, EffectOutcome&, Findings&);  // crisis_afschalen
// Following and closing (evaluation.cpp, closing.cpp).
void effect_evaluate(const EventContext&, EffectOutcome&, Findings&);          // evalueren
void effect_close_youth_care(const EventContext&, EffectOutcome&, Findings&);  // jeugdhulp_afsluiten, afronden
void effect_reopen(const EventContext&, EffectOutcome&, Findings&);            // heropenen
// Perspectiefregie (regie.cpp).
void effect_assign_regie(const EventContext&, EffectOutcome&, Findings&);      // regie_toewijzen
void effect_handover_18(const EventContext&, EffectOutcome&, Findings&);       // overdracht_18
// Involvement (involvement.cpp, R-STANDING).
void effect_assign_involvement(const EventContext&, EffectOutcome&, Findings&);  // betrokkene_toewijzen
void effect_end_involvement(const EventContext&, EffectOutcome&, Findings&);     // betrokkenheid_beeindigen
// The genesis payload's assignments, checked and stamped with the event's moment and actor.
bool record_initial_assignments(const EventContext& context, Plan& plan, Findings& findings);

}  // namespace perspectief::workflow
