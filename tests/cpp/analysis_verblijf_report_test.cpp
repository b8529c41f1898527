// The verblijf report: counting by kind of help per half-year, durations, end
// reasons, and small-number suppression on both sides of its threshold.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "perspectief/engine.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/verblijf_report.hpp"

namespace perspectief {
namespace {

using analysis::VerblijfReportOptions;

// A toewijzing: category, start, end ("" = still running), JZ588 reason ("" = none).
struct T {
  std::string category, start, end, reason;
};

// A plan with one jeugdige holding these toewijzingen.
Json plan_json(const std::string& id, const std::vector<T>& toewijzingen, bool residential_addition = false) {
  Json list = Json::array();
  for (std::size_t i = 0; i < toewijzingen.size(); ++i) {
    const T& t = toewijzingen[i];
    Json item{{"number", id + "-" + std::to_string(i)}, {"aanbieder", "90000001"},
              {"product", {{"category", t.category}}}, {"start", t.start}};
    if (!t.end.empty()) item["end"] = t.end;
    if (!t.reason.empty()) item["end_reason"] = t.reason;
    list.push_back(item);
  }
  Json child{{"jeugdige", "sam"}, {"results", Json::array()}, {"toewijzingen", list}};
  if (residential_addition) child["ondersteuningsprofiel"] = {{"code", "9"}, {"additions", {"verblijf"}}};
  return Json{{"format", "perspectief/plan@2"}, {"id", id}, {"profile", "amsterdam-zaanstreek"},
              {"plan_type", "perspectiefplan"}, {"version", 0}, {"status", "hulp_gestart"},
              {"family", {{"members", {{{"id", "sam"}, {"role", "jeugdige"}, {"birth_date", "2010-05-01"}}}}}},
              {"family_part", {{"results", Json::array()}}},
              {"children", {child}}};
}

class VerblijfReportTest : public ::testing::Test {
 protected:
  Engine engine = Engine::load_builtin("amsterdam-zaanstreek");
  std::vector<Plan> plans;

  void add(int how_many, const std::vector<T>& toewijzingen, bool residential_addition = false) {
    for (int i = 0; i < how_many; ++i) {
      plans.push_back(engine.parse_plan(
          plan_json("pp-" + std::to_string(plans.size()), toewijzingen, residential_addition).dump()));
    }
  }
  analysis::VerblijfReport report(VerblijfReportOptions options = {}) const {
    std::vector<const Plan*> pointers;
    for (const Plan& plan : plans) pointers.push_back(&plan);
    return analysis::verblijf_report(engine, pointers, options);
  }
  Json report_json(const Json& options) const {
    std::vector<const Plan*> pointers;
    for (const Plan& plan : plans) pointers.push_back(&plan);
    return json_api::verblijf_report(engine, pointers, options);
  }
};

// Row indexes of the kind_of_help table.
enum Kind { alleen = 0, ambulant = 1, jb = 2, jr = 3, jb_jr = 4, ander = 5 };

TEST_F(VerblijfReportTest, CountsEachJeugdigeOncePerHalfYearByTheOtherHelpRunningThen) {
  // Verblijf all of 2016; ambulant help only in the first half, jeugdbescherming only in the second.
  add(10, {{"43", "2016-01-04", "2016-12-31", "31"}, {"45", "2016-02-01", "2016-05-31", ""},
           {"48", "2016-07-01", "", ""}});
  // Verblijf (category 44) without other help, first half only.
  add(8, {{"44", "2016-03-01", "2016-06-30", "32"}});
  // Ambulant help only: no verblijf, not in the table.
  add(9, {{"45", "2016-01-01", "", ""}});
  const auto r = report();
  ASSERT_EQ(r.periods.size(), 2u);
  EXPECT_EQ(r.periods[0].id(), "2016-H1");
  EXPECT_EQ(r.periods[1].id(), "2016-H2");
  const auto& kinds = r.kind_of_help;
  EXPECT_EQ(kinds.cells[ambulant][0].count, 10u);
  EXPECT_EQ(kinds.cells[alleen][0].count, 8u);
  EXPECT_EQ(kinds.totals[0].count, 18u);
  EXPECT_EQ(kinds.cells[jb][1].count, 10u);
  EXPECT_EQ(kinds.cells[ambulant][1].count, 0u);
  EXPECT_EQ(kinds.totals[1].count, 10u);
  EXPECT_EQ(r.plans, 27u);
  for (const auto& row : kinds.cells) {
    for (const auto& cell : row) EXPECT_FALSE(cell.suppressed);
  }
}

TEST_F(VerblijfReportTest, JudicialFrameworksComeFirstThenAmbulantThenOther) {
  add(7, {{"43", "2016-01-01", "", ""}, {"48", "2016-01-01", "", ""}, {"47", "2016-01-01", "", ""},
          {"45", "2016-01-01", "", ""}});
  add(7, {{"43", "2016-01-01", "", ""}, {"47", "2016-01-01", "", ""}, {"45", "2016-01-01", "", ""}});
  add(7, {{"43", "2016-01-01", "", ""}, {"50", "2016-01-01", "", ""}});
  add(7, {{"36", "2016-01-01", "", ""}, {"43", "2016-01-01", "", ""}});  // two residential categories: still alone
  const auto r = report();
  ASSERT_EQ(r.periods.size(), 1u);
  EXPECT_EQ(r.kind_of_help.cells[jb_jr][0].count, 7u);
  EXPECT_EQ(r.kind_of_help.cells[jr][0].count, 7u);
  EXPECT_EQ(r.kind_of_help.cells[ander][0].count, 7u);
  EXPECT_EQ(r.kind_of_help.cells[alleen][0].count, 7u);
}

TEST_F(VerblijfReportTest, DurationsAndEndReasonsCountTrajectoriesThatEndedInTheHalfYear) {
  add(7, {{"43", "2015-01-01", "2015-03-31", "31"}});   // exactly 3 months: 3 to 6
  add(7, {{"43", "2015-01-01", "2015-03-30", "33"}});   // a day short: less than 3
  add(7, {{"43", "2014-07-01", "2015-12-31", ""}});     // 18 months, no reason recorded
  add(7, {{"43", "2013-01-01", "2015-08-01", "99"}});   // 31 months, a code the report has no label for
  add(7, {{"43", "2015-01-01", "", ""}});               // still running: not ended
  const auto r = report(VerblijfReportOptions{7, parse_iso_date("2015-01-01"), parse_iso_date("2015-12-31")});
  ASSERT_EQ(r.periods.size(), 2u);
  EXPECT_EQ(r.duration.rows[1].id, "3_tot_6_maanden");
  EXPECT_EQ(r.duration.cells[1][0].count, 7u);
  EXPECT_EQ(r.duration.cells[0][0].count, 7u);
  EXPECT_EQ(r.duration.cells[3][1].count, 7u);
  EXPECT_EQ(r.duration.cells[4][1].count, 7u);
  EXPECT_EQ(r.duration.totals[0].count, 14u);
  EXPECT_EQ(r.duration.totals[1].count, 14u);
  std::vector<std::string> reasons;
  for (const auto& row : r.end_reason.rows) reasons.push_back(row.id);
  EXPECT_EQ(reasons, (std::vector<std::string>{"31", "32", "33", "34", "35", "38", "39", "99", "onbekend"}));
  EXPECT_EQ(r.end_reason.cells[0][0].count, 7u);  // 31
  EXPECT_EQ(r.end_reason.cells[2][0].count, 7u);  // 33
  EXPECT_EQ(r.end_reason.cells[7][1].count, 7u);  // 99
  EXPECT_EQ(r.end_reason.cells[8][1].count, 7u);  // onbekend
  EXPECT_EQ(r.kind_of_help.totals[0].count, 35u);
  EXPECT_EQ(r.kind_of_help.totals[1].count, 21u);
}

TEST_F(VerblijfReportTest, ASmallCellIsSuppressedAndASecondCellSoTheTotalCannotGiveItBack) {
  add(6, {{"43", "2016-01-01", "", ""}, {"48", "2016-01-01", "", ""}});  // 6: below 7
  add(20, {{"43", "2016-01-01", "", ""}});
  add(9, {{"43", "2016-01-01", "", ""}, {"45", "2016-01-01", "", ""}});
  const auto r = report();
  const auto& kinds = r.kind_of_help;
  EXPECT_TRUE(kinds.cells[jb][0].suppressed);
  EXPECT_TRUE(kinds.cells[ambulant][0].suppressed) << "the smallest shown cell hides the first";
  EXPECT_FALSE(kinds.cells[alleen][0].suppressed);
  EXPECT_FALSE(kinds.cells[jr][0].suppressed) << "zeros are shown";
  EXPECT_FALSE(kinds.totals[0].suppressed);
  EXPECT_EQ(kinds.totals[0].count, 35u);

  const Json document = report_json(Json{{"min_count", 7}});
  const Json& cells = document["tables"]["kind_of_help"]["cells"];
  for (const Json& cell : cells) {
    if (cell["row"] == "met_jeugdbescherming" || cell["row"] == "met_ambulante_hulp") {
      EXPECT_TRUE(cell["count"].is_null()) << cell;
      EXPECT_TRUE(cell["percentage"].is_null()) << cell;
      EXPECT_EQ(cell["suppressed"], true);
    }
    if (cell["row"] == "alleen_verblijf") {
      EXPECT_EQ(cell["count"], 20);
      EXPECT_EQ(cell["percentage"], 57.1);
    }
  }
}

TEST_F(VerblijfReportTest, AtTheThresholdNothingIsSuppressed) {
  add(7, {{"43", "2016-01-01", "", ""}, {"48", "2016-01-01", "", ""}});
  add(20, {{"43", "2016-01-01", "", ""}});
  const auto r = report();
  EXPECT_FALSE(r.kind_of_help.cells[jb][0].suppressed);
  EXPECT_EQ(r.kind_of_help.cells[jb][0].count, 7u);
  EXPECT_FALSE(r.kind_of_help.cells[alleen][0].suppressed);
}

TEST_F(VerblijfReportTest, TwoSmallCellsThatAddUpToLessThanTheThresholdHideAThird) {
  add(1, {{"43", "2016-01-01", "", ""}, {"48", "2016-01-01", "", ""}});
  add(2, {{"43", "2016-01-01", "", ""}, {"47", "2016-01-01", "", ""}});
  add(30, {{"43", "2016-01-01", "", ""}});
  add(12, {{"43", "2016-01-01", "", ""}, {"50", "2016-01-01", "", ""}});
  const auto r = report();
  const auto& kinds = r.kind_of_help;
  EXPECT_TRUE(kinds.cells[jb][0].suppressed);
  EXPECT_TRUE(kinds.cells[jr][0].suppressed);
  EXPECT_TRUE(kinds.cells[ander][0].suppressed) << "1 + 2 < 7: the smallest shown cell joins them";
  EXPECT_FALSE(kinds.cells[alleen][0].suppressed);
}

TEST_F(VerblijfReportTest, ASmallTotalIsSuppressedWithItsCells) {
  add(4, {{"43", "2016-01-01", "", ""}});
  const auto r = report();
  EXPECT_TRUE(r.kind_of_help.totals[0].suppressed);
  EXPECT_TRUE(r.kind_of_help.cells[alleen][0].suppressed);
  const auto unsuppressed = report(VerblijfReportOptions{1, {}, {}});
  EXPECT_FALSE(unsuppressed.kind_of_help.totals[0].suppressed) << "min_count 1 turns suppression off";
  EXPECT_EQ(unsuppressed.kind_of_help.totals[0].count, 4u);
}

TEST_F(VerblijfReportTest, ResidentialStayWithoutAToewijzingIsCountedApartBecauseItHasNoDates) {
  add(3, {{"45", "2016-01-01", "", ""}}, /*residential_addition=*/true);
  add(8, {}, true);
  const auto r = report();
  EXPECT_TRUE(r.periods.empty());
  EXPECT_EQ(r.undated_verblijf.count, 11u);
  EXPECT_FALSE(r.undated_verblijf.suppressed);
}

TEST_F(VerblijfReportTest, PeriodsComeFromTheOptionsOrTheDataNeverFromAClock) {
  add(7, {{"43", "2015-08-15", "2016-02-01", "31"}});
  EXPECT_EQ(report().periods.front().id(), "2015-H2");
  EXPECT_EQ(report().periods.back().id(), "2016-H1");
  const auto given = report(VerblijfReportOptions{7, parse_iso_date("2014-03-01"), parse_iso_date("2014-12-31")});
  ASSERT_EQ(given.periods.size(), 2u);
  EXPECT_EQ(given.kind_of_help.totals[0].count, 0u);
  const Json document = report_json(Json{{"from", "2016-01-01"}});
  ASSERT_EQ(document["periods"].size(), 1u);
  EXPECT_EQ(document["periods"][0], (Json{{"id", "2016-H1"}, {"first_day", "2016-01-01"}, {"last_day", "2016-06-30"}}));
  EXPECT_EQ(document["format"], "perspectief/verblijf-report@1");
}

TEST_F(VerblijfReportTest, BadOptionsAndUncountablePlansAreClearErrorsWithAPointer) {
  add(1, {{"43", "2016-01-01", "", ""}});
  auto code_and_pointer = [&](const Json& options) {
    try {
      report_json(options);
    } catch (const Error& error) {
      return std::string(error_code_name(error.code())) + " " + error.pointer();
    }
    return std::string("no error");
  };
  EXPECT_EQ(code_and_pointer(Json{{"min_count", 0}}), "invalid_argument /min_count");
  EXPECT_EQ(code_and_pointer(Json{{"min_count", "7"}}), "invalid_argument /min_count");
  EXPECT_EQ(code_and_pointer(Json{{"from", "2016-13-01"}}), "invalid_argument /from");
  EXPECT_EQ(code_and_pointer(Json{{"from", "2016-07-01"}, {"to", "2016-01-01"}}), "invalid_argument /to");
  EXPECT_EQ(code_and_pointer(Json{{"threshold", 5}}), "invalid_argument /threshold");
  EXPECT_EQ(code_and_pointer(Json::array()), "invalid_argument ");
  EXPECT_EQ(code_and_pointer(Json(nullptr)), "no error");

  add(1, {{"43", "2016-05-01", "2016-04-01", ""}});
  EXPECT_EQ(code_and_pointer(Json::object()), "validation /1/children/0/toewijzingen/0/end");
  plans.pop_back();
  plans.push_back(plans.front());
  EXPECT_EQ(code_and_pointer(Json::object()), "validation /1/id");
  plans.pop_back();
  add(1, {{"43", "1016-01-01", "", ""}});
  EXPECT_EQ(code_and_pointer(Json::object()).substr(0, 17), "invalid_argument ");
}

}  // namespace
}  // namespace perspectief
