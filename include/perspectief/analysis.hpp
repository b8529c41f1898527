// Analysis: flat records of plans for tables (pandas, spreadsheets, SQL).
//
// Engine::records(plan, kind) turns one plan into an array of flat JSON
// objects (one table row each). Every row of a kind has the same keys, with
// null where a value is unknown, so that a list of rows from many plans is a
// rectangular table. The kinds and their columns are documented in
// docs/python.md ("Records"); the helpers below are the building blocks that
// other components (and tests) may reuse.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace perspectief::analysis {

// The record kinds Engine::records accepts:
//  "results"      one row per result (family part and every jeugdige's part)
//  "evaluations"  one row per evaluated result (an evaluation's outcome)
//  "transitions"  one row per history entry (applied workflow event)
//  "jeugdigen"    one row per jeugdige's part, with the facts an overview such
//                 as seed 002 appendix A counts (kind of help, verblijf, ...)
inline constexpr std::array<std::string_view, 4> kRecordKinds = {"results", "evaluations", "transitions",
                                                                 "jeugdigen"};

// The columns of a record kind in presentation order: every row of that kind
// has exactly these keys. Throws Error(invalid_argument) for an unknown kind.
const std::vector<std::string_view>& record_columns(std::string_view kind);

// A column and the type of its values, so that a binding can build a typed table. The
// types and their values in a row: "string" (a non-empty JSON string), "integer",
// "boolean", "timestamp" (an RFC 3339 moment in UTC, "2026-03-24T13:00:00Z"), "date"
// ("YYYY-MM-DD") and "list-of-string" (a JSON array of strings, [] for none); any value
// may also be null, the one form of a missing value (docs/analysis.md, "Record values").
struct RecordColumn {
  std::string_view name;
  std::string_view type;
};

// record_columns with the type of each column. Throws Error(invalid_argument) for an
// unknown kind.
const std::vector<RecordColumn>& record_column_types(std::string_view kind);

// Age in completed years on the calendar day of `on`, which is an ISO date
// ("2026-03-02") or an RFC 3339 moment (its date at its own offset). nullopt
// when either text is malformed or `on` lies before the birth date.
// The year is complete once the day's (month, day) reaches the birth date's,
// so someone born on 29 February turns a year older on 1 March in common years.
std::optional<int> age_in_years(std::string_view birth_date, std::string_view on);
// The same for dates already parsed (both must be valid dates).
std::optional<int> age_in_years(std::chrono::year_month_day birth_date, std::chrono::year_month_day on);

// Whether an iJw product category (code list JZ020) is youth care with
// residential stay: 43 and 44 (jeugdhulp verblijf incl./excl. behandeling) and
// the 2015 categories 35-38 (pleegzorg, gezinsgericht, gesloten plaatsing,
// overig residentieel) that municipalities still report.
bool is_residential_product_category(std::string_view category);

}  // namespace perspectief::analysis
