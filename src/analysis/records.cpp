// json_api::records: a plan as flat table rows (analysis.hpp; columns in docs/python.md),
// and json_api::record_columns: their columns with their types.
//
// Every row of a kind carries the same keys (null where unknown) and starts
// with the plan's id and municipality, so rows of many plans concatenate into
// one rectangular table that pandas.DataFrame, a CSV writer or a database
// loader takes as it is. Every row leaves through tidy_row (record_values.hpp):
// each value of its column's type, in one canonical form.
#include <array>
#include <map>
#include <span>
#include <string>

#include "analysis/jeugdige_columns.hpp"
#include "analysis/record_columns.hpp"
#include "analysis/record_values.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/time.hpp"

namespace perspectief {
namespace {

[[noreturn]] void unknown_kind(std::string_view kind) {
  throw Error(ErrorCode::invalid_argument,
              "unknown record kind '" + std::string(kind) +
                  "': expected \"results\", \"evaluations\", \"transitions\" or \"jeugdigen\"");
}

Json optional_text(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

template <class E>
Json optional_enum(const std::optional<E>& value) {
  return value ? Json(std::string(to_string(*value))) : Json(nullptr);
}

// Builds the rows of one kind for one plan.
class RecordBuilder {
 public:
  RecordBuilder(const Plan& plan, const RegionProfile& profile, std::string_view kind)
      : plan_(plan), profile_(profile), kind_(kind), columns_(analysis::record_column_decls(kind)) {}

  Json results() const {
    const auto latest = latest_outcomes();
    Json rows = Json::array();
    const Json family_columns = analysis::no_jeugdige_columns();
    for (std::size_t i = 0; i < plan_.family_part.results.size(); ++i) {
      emit(rows, result_row(plan_.family_part.results[i], family_columns, latest),
           "/family_part/results/" + std::to_string(i));
    }
    for (std::size_t j = 0; j < plan_.children.size(); ++j) {
      const auto& child = plan_.children[j];
      const Json columns = analysis::jeugdige_columns(plan_, child, profile_);
      for (std::size_t i = 0; i < child.results.size(); ++i) {
        emit(rows, result_row(child.results[i], columns, latest), child_pointer(j) + "/results/" + std::to_string(i));
      }
    }
    return rows;
  }

  Json evaluations() const {
    Json rows = Json::array();
    for (std::size_t j = 0; j < plan_.children.size(); ++j) {
      const auto& child = plan_.children[j];
      for (std::size_t k = 0; k < child.evaluations.size(); ++k) {
        const auto& evaluation = child.evaluations[k];
        for (const auto& outcome : evaluation.outcomes) {
          Json row = plan_columns();
          row["jeugdige"] = child.jeugdige;
          row["evaluation"] = evaluation.id;
          row["at"] = evaluation.at.value;
          row["kind"] = optional_text(evaluation.kind);
          row["result"] = outcome.result;
          row["outcome"] = std::string(to_string(outcome.outcome));
          emit(rows, std::move(row), child_pointer(j) + "/evaluations/" + std::to_string(k));
        }
      }
    }
    return rows;
  }

  Json transitions() const {
    Json rows = Json::array();
    for (std::size_t i = 0; i < plan_.history.size(); ++i) {
      const auto& entry = plan_.history[i];
      Json row = plan_columns();
      row["seq"] = entry.seq;
      row["event"] = entry.event;
      row["at"] = entry.at.value;
      row["actor_role"] = std::string(to_string(entry.actor.role));
      row["from_state"] = entry.from_state;
      row["to_state"] = entry.to_state;
      row["version"] = entry.version;
      emit(rows, std::move(row), "/history/" + std::to_string(i));
    }
    return rows;
  }

  Json jeugdigen() const {
    Json rows = Json::array();
    for (std::size_t j = 0; j < plan_.children.size(); ++j) {
      const auto& child = plan_.children[j];
      Json row = plan_columns();
      row.update(analysis::jeugdige_columns(plan_, child, profile_));
      row["status"] = plan_.status;
      row["help"] = optional_enum(child.help);          // the jeugdige's own trajectory (plan@2)
      row["segment"] = optional_enum(child.segment);    // each jeugdige's (R-SEG-KNOWN)
      row["kader"] = optional_enum(child.kader);        // each jeugdige's (R-KADER-CHANGE)
      row["entry_route"] = optional_enum(plan_.entry_route);
      row["aanbieder"] = child.aanbieder ? Json(child.aanbieder->id) : Json(nullptr);
      row["youth_care_closed"] = child.youth_care_closed.value_or(false);
      row["results"] = child.results.size();
      row["evaluations"] = child.evaluations.size();
      const Evaluation* latest = analysis::latest_evaluation(child);
      row["latest_evaluation_at"] = latest ? Json(latest->at.value) : Json(nullptr);
      emit(rows, std::move(row), child_pointer(j));
    }
    return rows;
  }

 private:
  struct LatestOutcome {
    Moment at;
    std::string at_text;
    Outcome outcome{};
  };

  // The row in its tidy form, after the rows before it; `source` points at what it describes.
  void emit(Json& rows, Json row, const std::string& source) const {
    rows.push_back(analysis::tidy_row(kind_, columns_, std::move(row), source));
  }

  static std::string child_pointer(std::size_t j) { return "/children/" + std::to_string(j); }

  Json plan_columns() const { return Json{{"plan", plan_.id}, {"municipality", optional_text(plan_.municipality)}}; }

  // The most recent outcome of every evaluated result, over all evaluations of
  // the plan (result ids are unique plan-wide; family results are evaluated in
  // the jeugdigen's evaluations). On equal moments the later entry wins.
  std::map<std::string, LatestOutcome, std::less<>> latest_outcomes() const {
    std::map<std::string, LatestOutcome, std::less<>> latest;
    for (const auto& child : plan_.children) {
      for (const auto& evaluation : child.evaluations) {
        const auto at = parse_moment(evaluation.at.value);
        if (!at) continue;
        for (const auto& outcome : evaluation.outcomes) {
          auto it = latest.find(outcome.result);
          if (it == latest.end() || !(*at < it->second.at)) {
            latest[outcome.result] = LatestOutcome{*at, evaluation.at.value, outcome.outcome};
          }
        }
      }
    }
    return latest;
  }

  Json result_row(const Result& result, const Json& jeugdige_columns,
                  const std::map<std::string, LatestOutcome, std::less<>>& latest) const {
    Json row = plan_columns();
    row.update(jeugdige_columns);
    row["result"] = result.id;
    row["leefgebied"] = result.leefgebied;
    // A result without its own framework belongs to its leefgebied's (002, 003).
    if (result.framework) {
      row["framework"] = std::string(to_string(*result.framework));
    } else if (const LeefgebiedDef* def = profile_.find_leefgebied(result.leefgebied)) {
      row["framework"] = std::string(to_string(def->framework));
    } else {
      row["framework"] = nullptr;
    }
    row["performer"] = std::string(to_string(result.performer));
    row["status"] = optional_enum(result.status);
    if (auto it = latest.find(result.id); it != latest.end()) {
      row["latest_outcome"] = std::string(to_string(it->second.outcome));
      row["outcome_at"] = it->second.at_text;
    } else {
      row["latest_outcome"] = nullptr;
      row["outcome_at"] = nullptr;
    }
    return row;
  }

  const Plan& plan_;
  const RegionProfile& profile_;
  std::string_view kind_;
  std::span<const detail::ColumnDecl> columns_;
};

}  // namespace

Json json_api::records(const Engine& engine, const Plan& plan, std::string_view kind) {
  const RecordBuilder builder(plan, engine.profile(), kind);
  if (kind == "results") return builder.results();
  if (kind == "evaluations") return builder.evaluations();
  if (kind == "transitions") return builder.transitions();
  if (kind == "jeugdigen") return builder.jeugdigen();
  unknown_kind(kind);
}

Json json_api::record_columns(std::string_view kind) {
  Json columns = Json::array();
  for (const analysis::RecordColumn& column : analysis::record_column_types(kind)) {
    columns.push_back(Json{{"name", column.name}, {"type", column.type}});
  }
  return columns;
}

namespace analysis {

namespace {

// The names and types of each kind's columns (record_columns.hpp), made once.
struct KindColumns {
  std::vector<std::string_view> names;
  std::vector<RecordColumn> typed;
};

const KindColumns& kind_columns(std::string_view kind) {
  static const std::array<KindColumns, kRecordKinds.size()> all = [] {
    std::array<KindColumns, kRecordKinds.size()> out;
    for (std::size_t k = 0; k < kRecordKinds.size(); ++k) {
      for (const detail::ColumnDecl& column : record_column_decls(kRecordKinds[k])) {
        out[k].names.push_back(column.name);
        out[k].typed.push_back(RecordColumn{column.name, detail::column_type_name(column.type)});
      }
    }
    return out;
  }();
  for (std::size_t k = 0; k < kRecordKinds.size(); ++k) {
    if (kRecordKinds[k] == kind) return all[k];
  }
  unknown_kind(kind);
}

}  // namespace

const std::vector<std::string_view>& record_columns(std::string_view kind) { return kind_columns(kind).names; }

const std::vector<RecordColumn>& record_column_types(std::string_view kind) { return kind_columns(kind).typed; }

}  // namespace analysis

}  // namespace perspectief
