// The verblijf report: how many jeugdigen are in youth care with residential
// stay (jeugdhulp met verblijf), by the other help they get, per half-year; and
// how the residential trajectories that ended lasted and why they ended (iJw
// code list JZ588). A region's overview of residential care is this table;
// docs/analysis.md describes the report, its JSON document and the
// small-number suppression that makes it fit to publish.
//
// Everything is counted from the plans' toewijzingen, the only part of a plan
// with dates: a toewijzing in a residential product category (JZ020, see
// is_residential_product_category) is a residential trajectory, running from
// its start to its end (both days included; no end: still running).
// The report never reads a clock: its half-years come from the data or from
// the caller's options.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief::analysis {

// Statistics Netherlands (CBS) publishes no number below 7 in its youth-care
// figures, and the regions' overviews of residential care take theirs from it;
// the report suppresses the same by default.
inline constexpr std::uint32_t kDefaultMinCount = 7;
// At most this many half-years (100 years): a wrong date in one plan should
// give a clear error, not a report of two thousand empty columns.
inline constexpr std::size_t kMaxReportPeriods = 200;

struct VerblijfReportOptions {
  // Counts of 1 up to min_count - 1 are suppressed (1 turns suppression off).
  std::uint32_t min_count = kDefaultMinCount;
  // The report covers the half-years that contain `from` .. `to`. Without
  // them, from the half-year of the first residential start to that of the
  // last start or end in the data.
  std::optional<std::chrono::year_month_day> from{};
  std::optional<std::chrono::year_month_day> to{};
};

// A calendar half-year: H1 is January to June, H2 July to December.
struct HalfYear {
  int year = 0;
  int half = 1;  // 1 or 2
  std::string id() const;                        // "2016-H1"
  std::chrono::year_month_day first_day() const;  // 2016-01-01
  std::chrono::year_month_day last_day() const;   // 2016-06-30
  static HalfYear containing(std::chrono::year_month_day day);
  HalfYear next() const;
  friend auto operator<=>(const HalfYear&, const HalfYear&) = default;
};

// One number of the report. A suppressed cell keeps its count here (the
// report is computed in memory); to_json writes null for it.
struct ReportCell {
  std::uint64_t count = 0;
  bool suppressed = false;
};

struct ReportRow {
  std::string id;   // stable key, e.g. "met_jeugdbescherming" or the JZ588 code "31"
  std::string nl;   // label as the regions' tables write it
  std::string en;
};

// One table: rows x half-years, with a total per half-year. The rows of a
// table exclude each other, so a half-year's total is the sum of its cells.
struct ReportTable {
  std::string unit;                              // what one count is: "jeugdigen" or "trajecten"
  std::vector<ReportRow> rows;
  std::vector<std::vector<ReportCell>> cells;    // [row][period]
  std::vector<ReportCell> totals;                // [period]
};

struct VerblijfReport {
  std::uint32_t min_count = kDefaultMinCount;
  std::uint64_t plans = 0;
  std::vector<HalfYear> periods;
  ReportTable kind_of_help;   // jeugdigen with a residential trajectory in the half-year, by their other help then
  ReportTable duration;       // residential trajectories that ended in the half-year, by how long they ran
  ReportTable end_reason;     // the same trajectories by JZ588 reden beeindiging
  // Jeugdigen whose ondersteuningsprofiel has a residential addition (by the
  // engine's profile) but who have no residential toewijzing: their stay has
  // no dates, so the tables cannot count them. Suppressed like a cell.
  ReportCell undated_verblijf;
};

// Collects plans one at a time (a stream of any length holds only the dates
// and product categories of each jeugdige) and builds the report at the end.
class VerblijfReportBuilder {
 public:
  // Throws Error(invalid_argument, pointer) for options out of range.
  VerblijfReportBuilder(const Engine& engine, VerblijfReportOptions options);

  // Counts one plan. Error(validation) with a pointer that starts with the
  // plan's position ("/3/id", "/3/children/0/toewijzingen/1/end") for a plan
  // id seen before or a toewijzing whose dates cannot be counted.
  void add(const Plan& plan);

  // The report over every plan added so far, suppression applied.
  // Error(invalid_argument) when it would span more than kMaxReportPeriods.
  VerblijfReport build() const;

 private:
  struct Trajectory {
    std::chrono::year_month_day start;
    std::optional<std::chrono::year_month_day> end;
    std::string category;
    std::optional<std::string> end_reason;
  };
  struct Jeugdige {
    std::vector<Trajectory> toewijzingen;
  };

  const Engine& engine_;
  VerblijfReportOptions options_;
  std::uint64_t plans_ = 0;
  std::vector<std::string> plan_ids_;  // sorted, to refuse a plan counted twice
  std::vector<Jeugdige> jeugdigen_;    // only those with a residential toewijzing
  std::uint64_t undated_verblijf_ = 0;
};

// The report over `plans` in one call.
VerblijfReport verblijf_report(const Engine& engine, std::span<const Plan* const> plans,
                               const VerblijfReportOptions& options = {});

// The options from their JSON form {min_count?, from?, to?} (docs/analysis.md);
// Error(invalid_argument) with the member's pointer for anything else.
VerblijfReportOptions verblijf_report_options_from_json(const Json& options);

// The report document "perspectief/verblijf-report@1" (docs/analysis.md):
// suppressed cells and totals have a null count and percentage.
Json to_json(const VerblijfReport& report);

}  // namespace perspectief::analysis
