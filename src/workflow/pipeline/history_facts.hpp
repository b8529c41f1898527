// Facts the guards and deadlines read from a plan's history: which akkoorden still
// count, whether the lokale team took part, crises and what followed them. The
// history is the authoritative record (it replays to the plan), so these facts are
// derived from it rather than stored twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/model.hpp"
#include "perspectief/time.hpp"
#include "workflow/definition/compiled_workflow.hpp"

namespace perspectief::workflow {

struct AkkoordFact {
  std::int64_t seq = 0;        // history sequence number of the akkoord_geven entry
  std::size_t history_index = 0;
  Actor by;
  std::int64_t version = 0;    // the version agreed to (fixed, for an akkoord on the plan)
};

// Why an akkoord on the plan does not count (R-AKKOORD-SCOPE, R-REOPEN).
enum class AkkoordStale {
  counts,
  older_version,  // a later version was fixed after it: it is not on the current fixed version
  need_changed,   // the youth-care needs changed after it (R-REOPEN)
};

struct CrisisFact {
  std::int64_t seq = 0;
  std::size_t history_index = 0;
  std::string jeugdige;
  Timestamp at;
  Moment moment;
  bool start_agreements = false;  // startafspraken_vastleggen after it
  bool evaluated = false;         // an evaluation of this jeugdige after it
};

struct HistoryFacts {
  // Sequence number of the last event that created new youth-care needs (plan_wijzigen
  // flagged youth_care_need_changed, or heropenen); 0 when there was none.
  std::int64_t last_need_change_seq = 0;
  std::size_t last_need_change_index = 0;
  // Akkoorden on the plan (scope "plan", or "wijziging": an akkoord on the plan after a
  // change), in history order. Akkoorden on the results (scope "resultaten", 004 step 3)
  // are a different thing (R-AKKOORD-SCOPE) and are kept apart: they never count where an
  // akkoord on the plan is required.
  std::vector<AkkoordFact> akkoorden;
  std::vector<AkkoordFact> results_akkoorden;
  // The version the last versie_vaststellen fixed; 0 when none was fixed.
  std::int64_t last_fixed_version = 0;
  bool lokaal_team_involved = false;       // any entry by an actor in the role lokaal_team
  std::vector<CrisisFact> crises;          // in history order
  std::vector<std::string> handed_over_18; // jeugdige ids with an overdracht_18 entry
  // R-EVALUATION: per jeugdige, the moment its next regular evaluation is counted from:
  // its last evaluation, else the last start of its help (hulp_starten naming it or, as
  // plan@1 histories do, no one; hulp_starten_na_overplaatsing). Whichever came last.
  // Kept as the last entry naming each jeugdige and the last hulp_starten naming no one
  // (which starts the help of every jeugdige the plan has), each with its history index.
  struct Anchor {
    std::string jeugdige;
    std::size_t history_index = 0;
    Moment moment;
  };
  std::vector<Anchor> evaluation_anchors;
  std::optional<Anchor> family_help_start;

  // An akkoord on the plan counts when it is on the current fixed version (R-AKKOORD-SCOPE)
  // and no youth-care need changed after it (R-REOPEN).
  AkkoordStale stale(const AkkoordFact& akkoord) const;
  bool counts(const AkkoordFact& akkoord) const { return stale(akkoord) == AkkoordStale::counts; }
  // An akkoord on the results counts while the youth-care needs (the results that need a
  // provider) did not change after it.
  bool results_akkoord_counts(const AkkoordFact& akkoord) const { return akkoord.seq > last_need_change_seq; }
  // The last akkoord on the plan in `role` that still counts, if any.
  const AkkoordFact* counting_akkoord(Role role) const;
  // The last akkoord on the plan in `role`, counting or not.
  const AkkoordFact* last_akkoord(Role role) const;
  // The last akkoord on the results in `role`, if any.
  const AkkoordFact* last_results_akkoord(Role role) const;
  // Whether an akkoord in `role` was given before the last youth-care need change.
  bool approved_before_need_change(Role role) const;
  // The last crisis of this jeugdige, if any.
  const CrisisFact* last_crisis(std::string_view jeugdige) const;
  // Where this jeugdige's regular evaluations are counted from, if its help started
  // (asked about a jeugdige of the plan).
  const Moment* evaluation_anchor(std::string_view jeugdige) const;
};

// The facts of the plan's history. Each history remembers its facts per workflow, so a
// plan made by an event from another folds in the one new entry only (the cost follows
// the events since the facts were last collected, not the length of the history).
HistoryFacts collect_history_facts(const CompiledWorkflow& workflow, const Plan& plan);

}  // namespace perspectief::workflow
