#include "workflow/pipeline/history_facts.hpp"

#include <algorithm>
#include <memory>

#include "core/json_member.hpp"

namespace perspectief::workflow {
namespace {

const AkkoordFact* last_of(const std::vector<AkkoordFact>& akkoorden, Role role) {
  for (auto it = akkoorden.rbegin(); it != akkoorden.rend(); ++it) {
    if (it->by.role == role) return &*it;
  }
  return nullptr;
}

}  // namespace

AkkoordStale HistoryFacts::stale(const AkkoordFact& akkoord) const {
  if (akkoord.version != last_fixed_version) return AkkoordStale::older_version;
  if (akkoord.seq <= last_need_change_seq) return AkkoordStale::need_changed;
  return AkkoordStale::counts;
}

const AkkoordFact* HistoryFacts::counting_akkoord(Role role) const {
  const AkkoordFact* akkoord = last_akkoord(role);
  return akkoord && counts(*akkoord) ? akkoord : nullptr;
}

const AkkoordFact* HistoryFacts::last_akkoord(Role role) const { return last_of(akkoorden, role); }

const AkkoordFact* HistoryFacts::last_results_akkoord(Role role) const { return last_of(results_akkoorden, role); }

bool HistoryFacts::approved_before_need_change(Role role) const {
  return std::any_of(akkoorden.begin(), akkoorden.end(),
                     [&](const AkkoordFact& a) { return a.by.role == role && a.seq < last_need_change_seq; });
}

const CrisisFact* HistoryFacts::last_crisis(std::string_view jeugdige) const {
  for (auto it = crises.rbegin(); it != crises.rend(); ++it) {
    if (it->jeugdige == jeugdige) return &*it;
  }
  return nullptr;
}

const Moment* HistoryFacts::evaluation_anchor(std::string_view jeugdige) const {
  const Anchor* found = nullptr;
  for (const Anchor& anchor : evaluation_anchors) {
    if (anchor.jeugdige == jeugdige) found = &anchor;
  }
  if (family_help_start && (!found || family_help_start->history_index > found->history_index)) {
    found = &*family_help_start;
  }
  return found ? &found->moment : nullptr;
}

namespace {

void anchor_evaluations(HistoryFacts& facts, const std::string& jeugdige, std::size_t i, const Moment& moment) {
  for (HistoryFacts::Anchor& anchor : facts.evaluation_anchors) {
    if (anchor.jeugdige == jeugdige) {
      anchor.history_index = i;
      anchor.moment = moment;
      return;
    }
  }
  facts.evaluation_anchors.push_back(HistoryFacts::Anchor{jeugdige, i, moment});
}

// Adds history entry i to the facts of the entries before it.
void fold(const CompiledWorkflow& workflow, const HistoryEntry& entry, std::size_t i, HistoryFacts& facts) {
  if (entry.actor.role == Role::lokaal_team) facts.lokaal_team_involved = true;
  const auto kind = workflow.find_event(entry.event);
  if (!kind) return;  // an event this region does not know carries no facts
  switch (*kind) {
    case EventKind::plan_wijzigen:
      if (flag_member(entry.payload, "youth_care_need_changed")) {
        facts.last_need_change_seq = entry.seq;
        facts.last_need_change_index = i;
      }
      break;
    case EventKind::heropenen:
      facts.last_need_change_seq = entry.seq;
      facts.last_need_change_index = i;
      break;
    case EventKind::akkoord_geven: {
      // R-AKKOORD-SCOPE: what the akkoord covers is in its payload ("plan" when absent).
      auto& list = text_member(entry.payload, "scope") == "resultaten" ? facts.results_akkoorden : facts.akkoorden;
      list.push_back(AkkoordFact{entry.seq, i, entry.actor, entry.version});
      break;
    }
    case EventKind::versie_vaststellen:
      facts.last_fixed_version = entry.version;
      break;
    case EventKind::crisis_starten:
      if (auto moment = parse_moment(entry.at.value)) {
        CrisisFact crisis;
        crisis.seq = entry.seq;
        crisis.history_index = i;
        crisis.jeugdige = text_member(entry.payload, "jeugdige");
        crisis.at = entry.at;
        crisis.moment = *moment;
        facts.crises.push_back(std::move(crisis));
      }
      break;
    case EventKind::startafspraken_vastleggen: {
      const std::string jeugdige = text_member(entry.payload, "jeugdige");
      for (CrisisFact& crisis : facts.crises) {
        if (jeugdige.empty() || crisis.jeugdige == jeugdige) crisis.start_agreements = true;
      }
      break;
    }
    case EventKind::evalueren: {
      const std::string jeugdige = text_member(entry.payload, "jeugdige");
      for (CrisisFact& crisis : facts.crises) {
        if (crisis.jeugdige == jeugdige) crisis.evaluated = true;
      }
      if (auto moment = parse_moment(entry.at.value)) anchor_evaluations(facts, jeugdige, i, *moment);
      break;
    }
    case EventKind::hulp_starten:
    case EventKind::hulp_starten_na_overplaatsing: {
      const auto moment = parse_moment(entry.at.value);
      if (!moment) break;
      const std::string jeugdige = text_member(entry.payload, "jeugdige");
      if (!jeugdige.empty()) {
        anchor_evaluations(facts, jeugdige, i, *moment);
      } else {
        facts.family_help_start = HistoryFacts::Anchor{{}, i, *moment};
      }
      break;
    }
    case EventKind::overdracht_18:
      facts.handed_over_18.push_back(text_member(entry.payload, "jeugdige"));
      break;
    default:
      break;
  }
}

// What a history remembers: its facts under one workflow.
struct RememberedFacts {
  std::uint64_t workflow = 0;
  HistoryFacts facts;
};

}  // namespace

HistoryFacts collect_history_facts(const CompiledWorkflow& workflow, const Plan& plan) {
  const SharedVector<HistoryEntry>& history = plan.history;
  auto [memo, items] = history.derived_memo();
  const auto* remembered = static_cast<const RememberedFacts*>(memo.get());
  const bool usable = remembered && remembered->workflow == workflow.serial;
  HistoryFacts facts = usable ? remembered->facts : HistoryFacts{};
  const std::size_t from = usable ? items : 0;
  for (std::size_t i = from; i < history.size(); ++i) fold(workflow, history[i], i, facts);
  if (!usable || from < history.size()) {
    history.remember_derived(std::make_shared<const RememberedFacts>(RememberedFacts{workflow.serial, facts}),
                             history.size());
  }
  return facts;
}

}  // namespace perspectief::workflow
