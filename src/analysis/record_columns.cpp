// The record kinds' columns (see record_columns.hpp).
#include "analysis/record_columns.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "model/plan_shape.hpp"

namespace perspectief::analysis {
namespace {

using detail::column_of;
using detail::ColumnDecl;
using detail::ColumnType;

// Facts computed from several members (jeugdige_columns.hpp, records.cpp say how).
constexpr ColumnDecl kAge{"age", ColumnType::integer};
constexpr ColumnDecl kCrisis{"crisis", ColumnType::boolean};
constexpr ColumnDecl kVerblijf{"verblijf", ColumnType::boolean};
constexpr ColumnDecl kProductCategories{"product_categories", ColumnType::list_of_string};
constexpr ColumnDecl kLatestOutcome{"latest_outcome", ColumnType::string};
constexpr ColumnDecl kOutcomeAt{"outcome_at", ColumnType::timestamp};
constexpr ColumnDecl kLatestEvaluationAt{"latest_evaluation_at", ColumnType::timestamp};

// Columns one after the other.
template <std::size_t... N>
constexpr auto in_order(const std::array<ColumnDecl, N>&... groups) {
  std::array<ColumnDecl, (N + ...)> out{};
  std::size_t at = 0;
  ((std::copy(groups.begin(), groups.end(), out.begin() + static_cast<std::ptrdiff_t>(at)), at += N), ...);
  return out;
}

// Every row starts with the plan's, so rows of many plans concatenate; the per-jeugdige
// columns follow in the order an analyst reads them: who, what help, then the row's own.
constexpr std::array kPlanColumns = {column_of<Plan>("id"), column_of<Plan>("municipality")};

constexpr std::array kJeugdige = {column_of<ChildPart>("jeugdige"),
                                  kAge,
                                  column_of<ChildPart>("toekomstperspectief"),
                                  column_of<SupportProfile>("code"),
                                  column_of<SupportProfile>("intensiteit"),
                                  kCrisis,
                                  column_of<SupportProfile>("additions"),
                                  kVerblijf,
                                  kProductCategories};

constexpr auto kResults = in_order(kPlanColumns, kJeugdige,
                                   std::array{column_of<Result>("id"), column_of<Result>("leefgebied"),
                                              column_of<Result>("framework"), column_of<Result>("performer"),
                                              column_of<Result>("status"), kLatestOutcome, kOutcomeAt});

constexpr auto kEvaluations =
    in_order(kPlanColumns, std::array{column_of<ChildPart>("jeugdige"), column_of<Evaluation>("id"),
                                      column_of<Evaluation>("at"), column_of<Evaluation>("kind"),
                                      column_of<ResultEvaluation>("result"), column_of<ResultEvaluation>("outcome")});

constexpr auto kTransitions =
    in_order(kPlanColumns, std::array{column_of<HistoryEntry>("seq"), column_of<HistoryEntry>("event"),
                                      column_of<HistoryEntry>("at"), column_of<HistoryEntry>("actor"),
                                      column_of<HistoryEntry>("from_state"), column_of<HistoryEntry>("to_state"),
                                      column_of<HistoryEntry>("version")});

constexpr auto kJeugdigen = in_order(
    kPlanColumns, kJeugdige,
    std::array{column_of<Plan>("status"), column_of<ChildPart>("help"), column_of<ChildPart>("segment"),
               column_of<ChildPart>("kader"), column_of<Plan>("entry_route"), column_of<Provider>("id"),
               column_of<ChildPart>("youth_care_closed"), column_of<ChildPart>("results"),
               column_of<ChildPart>("evaluations"), kLatestEvaluationAt});

}  // namespace

std::span<const ColumnDecl> jeugdige_column_decls() { return kJeugdige; }

std::span<const ColumnDecl> record_column_decls(std::string_view kind) {
  if (kind == "results") return kResults;
  if (kind == "evaluations") return kEvaluations;
  if (kind == "transitions") return kTransitions;
  if (kind == "jeugdigen") return kJeugdigen;
  return {};
}

}  // namespace perspectief::analysis
