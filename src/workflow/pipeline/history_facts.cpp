#include "workflow/pipeline/history_facts.hpp"

#include <algorithm>

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
  for (const auto& [id, moment] : evaluation_anchors) {
    if (id == jeugdige) return &moment;
  }
  return nullptr;
}

namespace {
void anchor_evaluations(HistoryFacts& facts, const std::string& jeugdige, const Moment& moment) {
  for (auto& [id, at] : facts.evaluation_anchors) {
    if (id == jeugdige) {
      at = moment;
      return;
    }
  }
  facts.evaluation_anchors.emplace_back(jeugdige, moment);
}
}  // namespace

HistoryFacts collect_history_facts(const CompiledWorkflow& workflow, const Plan& plan) {
  HistoryFacts facts;
  for (std::size_t i = 0; i < plan.history.size(); ++i) {
    const HistoryEntry& entry = plan.history[i];
    if (entry.actor.role == Role::lokaal_team) facts.lokaal_team_involved = true;
    const auto kind = workflow.find_event(entry.event);
    if (!kind) continue;  // an event this region does not know carries no facts
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
        if (auto moment = parse_moment(entry.at.value)) anchor_evaluations(facts, jeugdige, *moment);
        break;
      }
      case EventKind::hulp_starten:
      case EventKind::hulp_starten_na_overplaatsing: {
        const auto moment = parse_moment(entry.at.value);
        if (!moment) break;
        const std::string jeugdige = text_member(entry.payload, "jeugdige");
        if (!jeugdige.empty()) {
          anchor_evaluations(facts, jeugdige, *moment);
        } else {
          for (const ChildPart& child : plan.children) anchor_evaluations(facts, child.jeugdige, *moment);
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
  return facts;
}

}  // namespace perspectief::workflow
