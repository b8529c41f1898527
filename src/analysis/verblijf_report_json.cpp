// The verblijf report's JSON forms: its options and the report document
// "perspectief/verblijf-report@1" (docs/analysis.md describes both).
#include <limits>
#include <string>

#include "perspectief/calendar.hpp"
#include "perspectief/verblijf_report.hpp"

namespace perspectief::analysis {
namespace {

std::chrono::year_month_day option_date(const Json& value, const std::string& name) {
  if (value.is_string()) {
    if (const auto date = parse_iso_date(value.get<std::string>())) return *date;
  }
  throw Error(ErrorCode::invalid_argument,
              "options: '" + name + "' must be a date \"YYYY-MM-DD\", found " + value.dump(), "/" + name);
}

// A share of the half-year's total in percent with one decimal, rounded half
// up in whole numbers so that every language prints the same digits.
Json percentage(const ReportCell& cell, const ReportCell& total) {
  if (cell.suppressed || total.suppressed || total.count == 0) return nullptr;
  const std::uint64_t tenths = (cell.count * 2000 + total.count) / (2 * total.count);
  return static_cast<double>(tenths) / 10.0;
}

Json count_of(const ReportCell& cell) { return cell.suppressed ? Json(nullptr) : Json(cell.count); }

Json table_json(const ReportTable& table, const std::vector<std::string>& period_ids) {
  Json rows = Json::array();
  Json cells = Json::array();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const ReportRow& row = table.rows[r];
    rows.push_back(Json{{"id", row.id}, {"nl", row.nl}, {"en", row.en}});
    for (std::size_t p = 0; p < period_ids.size(); ++p) {
      const ReportCell& cell = table.cells[r][p];
      cells.push_back(Json{{"row", row.id},
                           {"period", period_ids[p]},
                           {"count", count_of(cell)},
                           {"percentage", percentage(cell, table.totals[p])},
                           {"suppressed", cell.suppressed}});
    }
  }
  Json totals = Json::array();
  for (std::size_t p = 0; p < period_ids.size(); ++p) {
    const ReportCell& total = table.totals[p];
    totals.push_back(Json{{"period", period_ids[p]}, {"count", count_of(total)}, {"suppressed", total.suppressed}});
  }
  return Json{{"unit", table.unit}, {"rows", std::move(rows)}, {"cells", std::move(cells)}, {"totals", std::move(totals)}};
}

}  // namespace

VerblijfReportOptions verblijf_report_options_from_json(const Json& options) {
  VerblijfReportOptions out;
  if (options.is_null()) return out;
  if (!options.is_object()) {
    throw Error(ErrorCode::invalid_argument, "options must be a JSON object {min_count?, from?, to?}, found " +
                                                 std::string(options.type_name()), "");
  }
  for (const auto& [name, value] : options.items()) {
    if (name == "min_count") {
      if (!value.is_number_integer() || value.get<std::int64_t>() < 1 ||
          value.get<std::int64_t>() > std::numeric_limits<std::uint32_t>::max()) {
        throw Error(ErrorCode::invalid_argument,
                    "options: 'min_count' must be a whole number of at least 1 (1: nothing is suppressed), found " +
                        value.dump(),
                    "/min_count");
      }
      out.min_count = value.get<std::uint32_t>();
    } else if (name == "from") {
      out.from = option_date(value, name);
    } else if (name == "to") {
      out.to = option_date(value, name);
    } else {
      throw Error(ErrorCode::invalid_argument,
                  "options: unknown member '" + name + "' (expected min_count, from, to)", "/" + name);
    }
  }
  return out;
}

Json to_json(const VerblijfReport& report) {
  std::vector<std::string> period_ids;
  Json periods = Json::array();
  for (const HalfYear& period : report.periods) {
    period_ids.push_back(period.id());
    periods.push_back(Json{{"id", period.id()},
                           {"first_day", format_iso_date(period.first_day())},
                           {"last_day", format_iso_date(period.last_day())}});
  }
  return Json{{"format", "perspectief/verblijf-report@1"},
              {"min_count", report.min_count},
              {"plans", report.plans},
              {"periods", std::move(periods)},
              {"tables",
               {{"kind_of_help", table_json(report.kind_of_help, period_ids)},
                {"duration", table_json(report.duration, period_ids)},
                {"end_reason", table_json(report.end_reason, period_ids)}}},
              {"undated_verblijf",
               {{"count", count_of(report.undated_verblijf)}, {"suppressed", report.undated_verblijf.suppressed}}}};
}

}  // namespace perspectief::analysis
