// The verblijf report (verblijf_report.hpp): counting plans into its three tables.
#include "perspectief/verblijf_report.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

#include "analysis/kind_of_help.hpp"
#include "analysis/small_number_suppression.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::analysis {
namespace {

using std::chrono::year_month_day;

// How long a trajectory ran, in the bands of the regions' overviews.
const std::array<ReportRow, 5> kDurationBands = {{
    {"tot_3_maanden", "Korter dan 3 maanden", "Less than 3 months"},
    {"3_tot_6_maanden", "3 tot 6 maanden", "3 to 6 months"},
    {"6_tot_12_maanden", "6 maanden tot 1 jaar", "6 months to 1 year"},
    {"1_tot_2_jaar", "1 tot 2 jaar", "1 to 2 years"},
    {"2_jaar_of_langer", "2 jaar of langer", "2 years or longer"},
}};

// iJw JZ588 reden beeindiging: the codes the plans record when help ends.
// These rows are always present, so that reports of different regions and
// years line up; another code found in the data gets a row of its own.
const std::array<ReportRow, 7> kEndReasons = {{
    {"31", "Volgens plan", "As planned"},
    {"32", "Voortijdig afgesloten door cliënt", "Ended early by the client"},
    {"33", "Voortijdig afgesloten door aanbieder", "Ended early by the provider"},
    {"34", "Voortijdig afgesloten in overeenstemming", "Ended early by agreement"},
    {"35", "Externe omstandigheden", "External circumstances"},
    {"38", "Naar een andere aanbieder", "Moved to another provider"},
    {"39", "Naar een ander domein", "Moved to another domain"},
}};
const ReportRow kUnknownEndReason{"onbekend", "Reden onbekend", "Reason not recorded"};

// Completed months from `start` to the day after `end`: a month is complete
// once the day of the month reaches the start's (as completed years count).
int completed_months(year_month_day start, year_month_day end) {
  const year_month_day after = std::chrono::sys_days(end) + std::chrono::days(1);
  int months = (static_cast<int>(after.year()) - static_cast<int>(start.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(after.month())) -
                static_cast<int>(static_cast<unsigned>(start.month())));
  if (static_cast<unsigned>(after.day()) < static_cast<unsigned>(start.day())) --months;
  return months;
}

std::size_t duration_band(year_month_day start, year_month_day end) {
  const int months = completed_months(start, end);
  if (months < 3) return 0;
  if (months < 6) return 1;
  if (months < 12) return 2;
  if (months < 24) return 3;
  return 4;
}

bool runs_in(const year_month_day& start, const std::optional<year_month_day>& end, const HalfYear& period) {
  return start <= period.last_day() && (!end || *end >= period.first_day());
}

ReportTable empty_table(std::string unit, std::vector<ReportRow> rows, std::size_t periods) {
  ReportTable table;
  table.unit = std::move(unit);
  table.cells.assign(rows.size(), std::vector<ReportCell>(periods));
  table.totals.assign(periods, ReportCell{});
  table.rows = std::move(rows);
  return table;
}

void count(ReportTable& table, std::size_t row, std::size_t period) {
  ++table.cells[row][period].count;
  ++table.totals[period].count;
}

std::string pointer_of(std::uint64_t plan, std::size_t child, std::size_t toewijzing, const char* member) {
  return "/" + std::to_string(plan) + "/children/" + std::to_string(child) + "/toewijzingen/" +
         std::to_string(toewijzing) + "/" + member;
}

[[noreturn]] void uncountable(const std::string& pointer, const std::string& why) {
  throw Error(ErrorCode::validation, "plans" + pointer + ": " + why, pointer);
}

}  // namespace

std::string HalfYear::id() const {
  const std::string first = format_iso_date(first_day());  // the year as ISO 8601 writes it
  return first.substr(0, first.size() - 6) + (half == 1 ? "-H1" : "-H2");
}

year_month_day HalfYear::first_day() const {
  return year_month_day{std::chrono::year{year}, std::chrono::month{half == 1 ? 1u : 7u}, std::chrono::day{1}};
}

year_month_day HalfYear::last_day() const {
  return half == 1 ? year_month_day{std::chrono::year{year}, std::chrono::June, std::chrono::day{30}}
                   : year_month_day{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
}

HalfYear HalfYear::containing(year_month_day day) {
  return HalfYear{static_cast<int>(day.year()), static_cast<unsigned>(day.month()) <= 6 ? 1 : 2};
}

HalfYear HalfYear::next() const { return half == 1 ? HalfYear{year, 2} : HalfYear{year + 1, 1}; }

VerblijfReportBuilder::VerblijfReportBuilder(const Engine& engine, VerblijfReportOptions options)
    : engine_(engine), options_(options) {
  if (options_.min_count < 1) {
    throw Error(ErrorCode::invalid_argument, "min_count must be at least 1 (1: nothing is suppressed)",
                "/min_count");
  }
  if (options_.from && options_.to && *options_.to < *options_.from) {
    throw Error(ErrorCode::invalid_argument,
                "to " + format_iso_date(*options_.to) + " lies before from " + format_iso_date(*options_.from), "/to");
  }
}

void VerblijfReportBuilder::add(const Plan& plan) {
  const std::uint64_t index = plans_;
  const auto seen = std::lower_bound(plan_ids_.begin(), plan_ids_.end(), plan.id);
  if (seen != plan_ids_.end() && *seen == plan.id) {
    const std::string pointer = "/" + std::to_string(index) + "/id";
    uncountable(pointer, "plan '" + plan.id + "' was counted already: each plan may occur once in a report");
  }

  std::vector<Jeugdige> counted;
  std::uint64_t undated = 0;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    const ChildPart& child = plan.children[c];
    Jeugdige jeugdige;
    bool residential = false;
    for (std::size_t t = 0; t < child.toewijzingen.size(); ++t) {
      const Toewijzing& toewijzing = child.toewijzingen[t];
      const auto start = parse_iso_date(toewijzing.start.value);
      if (!start) uncountable(pointer_of(index, c, t, "start"), "'" + toewijzing.start.value + "' is not a date");
      std::optional<year_month_day> end;
      if (toewijzing.end) {
        end = parse_iso_date(toewijzing.end->value);
        if (!end) uncountable(pointer_of(index, c, t, "end"), "'" + toewijzing.end->value + "' is not a date");
        if (*end < *start) {
          uncountable(pointer_of(index, c, t, "end"),
                      "the toewijzing ends (" + toewijzing.end->value + ") before it starts (" +
                          toewijzing.start.value + ")");
        }
      }
      residential = residential || is_residential_product_category(toewijzing.product.category);
      jeugdige.toewijzingen.push_back(Trajectory{*start, end, toewijzing.product.category, toewijzing.end_reason});
    }
    if (residential) {
      counted.push_back(std::move(jeugdige));
    } else if (child.ondersteuningsprofiel) {
      const auto& additions = child.ondersteuningsprofiel->additions;
      const auto& defined = engine_.profile().additions;
      const bool has_residential_addition = std::any_of(additions.begin(), additions.end(), [&](const std::string& code) {
        return std::any_of(defined.begin(), defined.end(),
                           [&](const AdditionDef& def) { return def.code == code && def.residential; });
      });
      if (has_residential_addition) ++undated;
    }
  }

  // Only now that the whole plan could be counted does it change the builder.
  plan_ids_.insert(std::lower_bound(plan_ids_.begin(), plan_ids_.end(), plan.id), plan.id);
  for (auto& jeugdige : counted) jeugdigen_.push_back(std::move(jeugdige));
  undated_verblijf_ += undated;
  ++plans_;
}

VerblijfReport VerblijfReportBuilder::build() const {
  VerblijfReport report;
  report.min_count = options_.min_count;
  report.plans = plans_;

  // The half-years: the caller's, else those the residential trajectories touch.
  std::optional<year_month_day> first = options_.from;
  std::optional<year_month_day> last = options_.to;
  if (!first || !last) {
    std::optional<year_month_day> earliest;
    std::optional<year_month_day> latest;
    for (const auto& jeugdige : jeugdigen_) {
      for (const auto& t : jeugdige.toewijzingen) {
        if (!is_residential_product_category(t.category)) continue;
        if (!earliest || t.start < *earliest) earliest = t.start;
        const year_month_day until = t.end.value_or(t.start);
        if (!latest || until > *latest) latest = until;
      }
    }
    if (!first) first = earliest;
    if (!last) last = latest;
  }
  if (first && last && !(*last < *first)) {
    const HalfYear end = HalfYear::containing(*last);
    for (HalfYear period = HalfYear::containing(*first); period <= end; period = period.next()) {
      if (report.periods.size() == kMaxReportPeriods) {
        throw Error(ErrorCode::invalid_argument,
                    "the report would span more than " + std::to_string(kMaxReportPeriods) + " half-years (" +
                        format_iso_date(*first) + " to " + format_iso_date(*last) +
                        "): give 'from' and 'to' in the options, or check the toewijzingen's dates");
      }
      report.periods.push_back(period);
    }
  }
  const std::size_t periods = report.periods.size();

  std::vector<ReportRow> kinds(kKindsOfHelp.begin(), kKindsOfHelp.end());
  report.kind_of_help = empty_table("jeugdigen", std::move(kinds), periods);
  report.duration = empty_table("trajecten", std::vector<ReportRow>(kDurationBands.begin(), kDurationBands.end()), periods);

  // The end-reason rows: the known codes, any other code that ended a counted
  // trajectory (in code order), and "not recorded".
  std::set<std::string> other_reasons;
  for (const auto& jeugdige : jeugdigen_) {
    for (const auto& t : jeugdige.toewijzingen) {
      if (!t.end || !t.end_reason || !is_residential_product_category(t.category)) continue;
      const bool known = std::any_of(kEndReasons.begin(), kEndReasons.end(),
                                     [&](const ReportRow& row) { return row.id == *t.end_reason; });
      if (!known) other_reasons.insert(*t.end_reason);
    }
  }
  std::vector<ReportRow> reasons(kEndReasons.begin(), kEndReasons.end());
  for (const auto& code : other_reasons) reasons.push_back(ReportRow{code, "JZ588 code " + code, "JZ588 code " + code});
  reasons.push_back(kUnknownEndReason);
  std::map<std::string, std::size_t, std::less<>> reason_row;
  for (std::size_t i = 0; i < reasons.size(); ++i) reason_row[reasons[i].id] = i;
  report.end_reason = empty_table("trajecten", std::move(reasons), periods);

  for (std::size_t p = 0; p < periods; ++p) {
    const HalfYear& period = report.periods[p];
    for (const auto& jeugdige : jeugdigen_) {
      bool in_verblijf = false;
      std::set<std::string> other_help;
      for (const auto& t : jeugdige.toewijzingen) {
        if (!runs_in(t.start, t.end, period)) continue;
        if (is_residential_product_category(t.category)) {
          in_verblijf = true;
          if (t.end && *t.end <= period.last_day()) {  // ended in this half-year (runs_in: not before it)
            count(report.duration, duration_band(t.start, *t.end), p);
            count(report.end_reason, reason_row.at(t.end_reason.value_or(kUnknownEndReason.id)), p);
          }
        } else {
          other_help.insert(t.category);
        }
      }
      if (in_verblijf) count(report.kind_of_help, kind_of_help_row(other_help), p);
    }
  }

  suppress_small_numbers(report.kind_of_help, options_.min_count);
  suppress_small_numbers(report.duration, options_.min_count);
  suppress_small_numbers(report.end_reason, options_.min_count);
  report.undated_verblijf = ReportCell{undated_verblijf_, false};
  suppress_small_number(report.undated_verblijf, options_.min_count);
  return report;
}

VerblijfReport verblijf_report(const Engine& engine, std::span<const Plan* const> plans,
                               const VerblijfReportOptions& options) {
  VerblijfReportBuilder builder(engine, options);
  for (const Plan* plan : plans) builder.add(*plan);
  return builder.build();
}

}  // namespace perspectief::analysis
