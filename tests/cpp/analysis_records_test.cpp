// Engine::records: flat rows of results, evaluations, transitions and jeugdigen.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/time.hpp"

namespace perspectief {
namespace {

// One family, two jeugdigen: Sam (verblijf through a residential addition and
// a toewijzing in category 43, plus jeugdbescherming 48) and Noor (ambulant
// help only, no evaluations yet). Evaluations are listed out of time order on
// purpose, so "latest" must be computed from the moments, not the position.
constexpr const char* kPlan = R"({
  "format": "perspectief/plan@1",
  "id": "pp-records-1",
  "profile": "amsterdam-zaanstreek",
  "municipality": "Zaanstad",
  "plan_type": "perspectiefplan",
  "version": 3,
  "status": "evaluatie",
  "segment": "C",
  "kader": "vrijwillig",
  "entry_route": "lokale_toegang",
  "family": {"members": [
    {"id": "moeder", "role": "ouder", "birth_date": "1985-02-10", "gezag": true},
    {"id": "sam", "role": "jeugdige", "birth_date": "2012-02-29"},
    {"id": "noor", "role": "jeugdige", "birth_date": "2016-06-01"}
  ]},
  "family_part": {
    "results": [
      {"id": "r-gezin", "leefgebied": "financien", "description": "Schulden in beeld", "performer": "lokale_toegang"}
    ]
  },
  "children": [
    {
      "jeugdige": "sam",
      "results": [
        {"id": "r-sam-1", "leefgebied": "opvoeding", "description": "Rust thuis", "performer": "specialist",
         "status": "deels_behaald"},
        {"id": "r-sam-2", "leefgebied": "wonen", "description": "Eigen kamer", "performer": "specialist",
         "framework": "jeugdwet"}
      ],
      "toekomstperspectief": "langdurig_verblijf",
      "ondersteuningsprofiel": {"code": "9", "intensiteit": 3, "additions": ["verblijf", "vervoer"]},
      "aanbieder": {"id": "90001234"},
      "toewijzingen": [
        {"number": "t1", "aanbieder": "90001234", "product": {"category": "48"}, "start": "2025-01-01"},
        {"number": "t2", "aanbieder": "90001234", "product": {"category": "43"}, "start": "2025-01-01"},
        {"number": "t3", "aanbieder": "90001234", "product": {"category": "48"}, "start": "2025-06-01"}
      ],
      "evaluations": [
        {"id": "e-2", "at": "2026-03-01T10:00:00+01:00", "kind": "regulier",
         "outcomes": [{"result": "r-sam-1", "outcome": "deels_behaald"}, {"result": "r-gezin", "outcome": "behaald"}]},
        {"id": "e-1", "at": "2025-09-01T10:00:00+02:00", "kind": "regulier",
         "outcomes": [{"result": "r-sam-1", "outcome": "niet_behaald"}, {"result": "r-sam-2", "outcome": "behaald"}]}
      ]
    },
    {
      "jeugdige": "noor",
      "results": [
        {"id": "r-noor", "leefgebied": "ontwikkeling", "description": "Naar school", "performer": "specialist"}
      ],
      "ondersteuningsprofiel": {"code": "11"},
      "toewijzingen": [
        {"number": "t4", "aanbieder": "90005678", "product": {"category": "45"}, "start": "2026-01-05"}
      ],
      "youth_care_closed": true
    }
  ],
  "history": [
    {"seq": 1, "event": "start", "at": "2025-01-02T09:00:00+01:00",
     "actor": {"role": "lokaal_team", "person": "lt-1"}, "from_state": "hulpvraag", "to_state": "vraagverheldering",
     "version": 1},
    {"seq": 2, "event": "akkoord", "at": "2025-01-10T09:00:00+01:00",
     "actor": {"role": "ouder", "person": "p-moeder", "member": "moeder"}, "from_state": "vraagverheldering",
     "to_state": "plan_akkoord", "version": 2}
  ]
})";

class RecordsTest : public ::testing::Test {
 protected:
  Engine engine = Engine::load_builtin("amsterdam-zaanstreek");
  Plan plan = engine.parse_plan(kPlan);

  static const Json& row_for(const Json& rows, std::string_view key, std::string_view value) {
    for (const auto& row : rows) {
      if (row.at(std::string(key)) == value) return row;
    }
    ADD_FAILURE() << "no row with " << key << " = " << value;
    static const Json none;
    return none;
  }

  // Every row has exactly the kind's documented columns.
  static void expect_columns(const Json& rows, std::string_view kind) {
    std::set<std::string> expected;
    for (auto column : analysis::record_columns(kind)) expected.emplace(column);
    for (const auto& row : rows) {
      std::set<std::string> keys;
      for (const auto& [key, value] : row.items()) keys.insert(key);
      EXPECT_EQ(keys, expected) << kind << " row " << row.dump();
    }
  }
};

TEST_F(RecordsTest, ResultsHaveOneRowPerResultWithFamilyPartFirst) {
  const Json rows = json_api::records(engine, plan, "results");
  ASSERT_EQ(rows.size(), 4u);
  expect_columns(rows, "results");
  EXPECT_EQ(rows[0]["result"], "r-gezin");
  EXPECT_EQ(rows[1]["result"], "r-sam-1");
  EXPECT_EQ(rows[3]["result"], "r-noor");
  for (const auto& row : rows) {
    EXPECT_EQ(row["plan"], "pp-records-1");
    EXPECT_EQ(row["municipality"], "Zaanstad");
  }
}

TEST_F(RecordsTest, FamilyPartResultHasNullJeugdigeColumns) {
  const Json rows = json_api::records(engine, plan, "results");
  const Json& row = row_for(rows, "result", "r-gezin");
  for (auto column : {"jeugdige", "age", "ondersteuningsprofiel", "verblijf", "additions", "product_categories"}) {
    EXPECT_TRUE(row[column].is_null()) << column;
  }
  // Family results are evaluated in the jeugdigen's evaluations.
  EXPECT_EQ(row["latest_outcome"], "behaald");
  EXPECT_EQ(row["outcome_at"], "2026-03-01T09:00:00Z");  // 10:00 at +01:00, in UTC
}

TEST_F(RecordsTest, FrameworkDefaultsToTheLeefgebiedsFramework) {
  const Json rows = json_api::records(engine, plan, "results");
  EXPECT_EQ(row_for(rows, "result", "r-gezin")["framework"], "participatiewet");  // financien
  EXPECT_EQ(row_for(rows, "result", "r-sam-1")["framework"], "jeugdwet");          // opvoeding
  EXPECT_EQ(row_for(rows, "result", "r-sam-2")["framework"], "jeugdwet");          // explicit, though wonen is wmo
}

TEST_F(RecordsTest, LatestOutcomeFollowsTheMomentNotTheOrder) {
  const Json rows = json_api::records(engine, plan, "results");
  const Json& sam1 = row_for(rows, "result", "r-sam-1");
  EXPECT_EQ(sam1["latest_outcome"], "deels_behaald");
  EXPECT_EQ(sam1["status"], "deels_behaald");
  const Json& sam2 = row_for(rows, "result", "r-sam-2");
  EXPECT_EQ(sam2["latest_outcome"], "behaald");
  EXPECT_EQ(sam2["outcome_at"], "2025-09-01T08:00:00Z");
  EXPECT_TRUE(sam2["status"].is_null());
  EXPECT_TRUE(row_for(rows, "result", "r-noor")["latest_outcome"].is_null());
}

TEST_F(RecordsTest, JeugdigeColumnsDescribeTheKindOfHelp) {
  const Json rows = json_api::records(engine, plan, "results");
  const Json& sam = row_for(rows, "result", "r-sam-1");
  EXPECT_EQ(sam["jeugdige"], "sam");
  // Born 2012-02-29, latest evaluation 2026-03-01: 14 (birthday reached on 1 March).
  EXPECT_EQ(sam["age"], 14);
  EXPECT_EQ(sam["toekomstperspectief"], "langdurig_verblijf");
  EXPECT_EQ(sam["ondersteuningsprofiel"], "9");
  EXPECT_EQ(sam["intensiteit"], 3);
  EXPECT_EQ(sam["crisis"], false);
  EXPECT_EQ(sam["additions"], Json::array({"verblijf", "vervoer"}));
  EXPECT_EQ(sam["verblijf"], true);
  EXPECT_EQ(sam["product_categories"], Json::array({"43", "48"}));  // sorted, each once

  const Json& noor = row_for(rows, "result", "r-noor");
  EXPECT_TRUE(noor["age"].is_null());  // no evaluation yet
  EXPECT_EQ(noor["crisis"], true);      // profiel 11
  EXPECT_EQ(noor["additions"], Json::array());  // a profile without additions
  EXPECT_EQ(noor["verblijf"], false);
  EXPECT_EQ(noor["product_categories"], Json::array({"45"}));
  EXPECT_TRUE(noor["intensiteit"].is_null());
}

TEST_F(RecordsTest, ResidentialProductCategoryAloneMeansVerblijf) {
  Plan changed = plan;
  changed.children.edit(0).ondersteuningsprofiel->additions = {"vervoer"};
  const Json with_category_43 = json_api::records(engine, changed, "results");
  EXPECT_EQ(row_for(with_category_43, "result", "r-sam-1")["verblijf"], true);
  auto& toewijzingen = changed.children.edit(0).toewijzingen;
  toewijzingen.erase(toewijzingen.begin() + 1);  // drop category 43
  const Json without = json_api::records(engine, changed, "results");
  EXPECT_EQ(row_for(without, "result", "r-sam-1")["verblijf"], false);
}

TEST_F(RecordsTest, EvaluationsHaveOneRowPerOutcome) {
  const Json rows = json_api::records(engine, plan, "evaluations");
  ASSERT_EQ(rows.size(), 4u);
  expect_columns(rows, "evaluations");
  EXPECT_EQ(rows[0]["evaluation"], "e-2");
  EXPECT_EQ(rows[0]["jeugdige"], "sam");
  EXPECT_EQ(rows[0]["result"], "r-sam-1");
  EXPECT_EQ(rows[0]["outcome"], "deels_behaald");
  EXPECT_EQ(rows[0]["kind"], "regulier");
  EXPECT_EQ(rows[0]["at"], "2026-03-01T09:00:00Z");
  EXPECT_EQ(rows[3]["evaluation"], "e-1");
  EXPECT_EQ(rows[3]["result"], "r-sam-2");
}

TEST_F(RecordsTest, TransitionsHaveOneRowPerHistoryEntry) {
  const Json rows = json_api::records(engine, plan, "transitions");
  ASSERT_EQ(rows.size(), 2u);
  expect_columns(rows, "transitions");
  EXPECT_EQ(rows[1]["seq"], 2);
  EXPECT_EQ(rows[1]["event"], "akkoord");
  EXPECT_EQ(rows[1]["actor_role"], "ouder");
  EXPECT_EQ(rows[1]["from_state"], "vraagverheldering");
  EXPECT_EQ(rows[1]["to_state"], "plan_akkoord");
  EXPECT_EQ(rows[1]["version"], 2);
  EXPECT_EQ(rows[1]["at"], "2025-01-10T08:00:00Z");
}

TEST_F(RecordsTest, JeugdigenHaveOneRowPerChildPart) {
  const Json rows = json_api::records(engine, plan, "jeugdigen");
  ASSERT_EQ(rows.size(), 2u);
  expect_columns(rows, "jeugdigen");
  const Json& sam = rows[0];
  EXPECT_EQ(sam["jeugdige"], "sam");
  EXPECT_EQ(sam["results"], 2);
  EXPECT_EQ(sam["evaluations"], 2);
  EXPECT_EQ(sam["latest_evaluation_at"], "2026-03-01T09:00:00Z");
  EXPECT_EQ(sam["aanbieder"], "90001234");
  EXPECT_EQ(sam["status"], "evaluatie");
  EXPECT_EQ(sam["segment"], "C");
  EXPECT_EQ(sam["kader"], "vrijwillig");
  EXPECT_EQ(sam["entry_route"], "lokale_toegang");
  EXPECT_EQ(sam["youth_care_closed"], false);
  const Json& noor = rows[1];
  EXPECT_EQ(noor["youth_care_closed"], true);
  EXPECT_TRUE(noor["aanbieder"].is_null());
  EXPECT_TRUE(noor["latest_evaluation_at"].is_null());
}

// A missing value is null, never "": an empty text and an unknown profile read the same.
TEST_F(RecordsTest, AMissingValueIsNullNeverEmptyText) {
  Plan changed = plan;
  changed.municipality = "";
  changed.children.edit(1).ondersteuningsprofiel.reset();
  changed.children.edit(1).toewijzingen.clear();
  const Json rows = json_api::records(engine, changed, "jeugdigen");
  EXPECT_TRUE(rows[0]["municipality"].is_null());
  const Json& noor = rows[1];
  EXPECT_TRUE(noor["additions"].is_null()) << "no ondersteuningsprofiel: its additions are unknown";
  EXPECT_TRUE(noor["ondersteuningsprofiel"].is_null());
  EXPECT_EQ(noor["product_categories"], Json::array()) << "no toewijzingen: known to be none";
  EXPECT_EQ(rows[0]["additions"], Json::array({"verblijf", "vervoer"}));
}

// Moments written at different offsets come out in one form, in UTC; the instant is kept
// and sub-second digits are dropped, as everywhere in the library (time.hpp).
TEST_F(RecordsTest, TimestampsAreNormalisedToUtc) {
  Plan changed = plan;
  changed.children.edit(0).evaluations[0].at.value = "2026-03-01T23:30:00.250-02:00";
  changed.children.edit(0).evaluations[1].at.value = "2025-09-01T08:00:00Z";
  const Json rows = json_api::records(engine, changed, "evaluations");
  EXPECT_EQ(rows[0]["at"], "2026-03-02T01:30:00Z");  // the next day in UTC
  EXPECT_EQ(rows[2]["at"], "2025-09-01T08:00:00Z");  // already UTC: unchanged
  // The age still counts the moment's own date (1 March at -02:00, not 2 March).
  EXPECT_EQ(json_api::records(engine, changed, "jeugdigen")[0]["age"], 14);
}

// A plan built in C++ (not parsed) may hold a moment that is no moment: the record names the
// column and the value, and points at the part of the plan the row came from.
TEST_F(RecordsTest, AMalformedMomentInABuiltPlanIsAValidationErrorWithItsPointer) {
  Plan changed = plan;
  changed.history.edit(1).at.value = "gisteren";
  try {
    (void)json_api::records(engine, changed, "transitions");
    ADD_FAILURE() << "no error for a malformed moment";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::validation);
    EXPECT_EQ(e.pointer(), "/history/1");
    EXPECT_NE(std::string(e.what()).find("'at'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("gisteren"), std::string::npos) << e.what();
  }
  changed.children.edit(0).evaluations[1].at.value = "2025-09-01";  // a date is not a moment
  try {
    (void)json_api::records(engine, changed, "evaluations");
    ADD_FAILURE() << "no error for a date where a moment belongs";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::validation);
    EXPECT_EQ(e.pointer(), "/children/0/evaluations/1");
  }
  EXPECT_EQ(json_api::records(engine, plan, "transitions").size(), 2u);  // the parsed plan is fine
}

TEST_F(RecordsTest, AnEmptyPlanHasNoRows) {
  const Plan empty = engine.parse_plan(
      R"({"format":"perspectief/plan@1","id":"leeg","profile":"amsterdam-zaanstreek","plan_type":"perspectiefplan",
          "version":0,"status":"hulpvraag","family":{"members":[]},"family_part":{}})");
  for (auto kind : analysis::kRecordKinds) {
    EXPECT_TRUE(json_api::records(engine, empty, kind).empty()) << kind;
  }
}

TEST_F(RecordsTest, UnknownKindIsAnInvalidArgument) {
  for (auto kind : {"", "Results", "result", "toewijzingen"}) {
    try {
      (void)json_api::records(engine, plan, kind);
      ADD_FAILURE() << "no error for kind '" << kind << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
      EXPECT_NE(std::string(e.what()).find("jeugdigen"), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW((void)analysis::record_columns("nope"), Error);
}

TEST(AgeInYears, CountsCompletedYears) {
  EXPECT_EQ(analysis::age_in_years("2010-05-20", "2026-05-19"), 15);
  EXPECT_EQ(analysis::age_in_years("2010-05-20", "2026-05-20"), 16);
  EXPECT_EQ(analysis::age_in_years("2010-05-20", "2010-05-20"), 0);
  EXPECT_EQ(analysis::age_in_years("2012-02-29", "2026-02-28"), 13);
  EXPECT_EQ(analysis::age_in_years("2012-02-29", "2026-03-01"), 14);
  EXPECT_EQ(analysis::age_in_years("2012-02-29", "2028-02-29"), 16);
}

TEST(AgeInYears, UsesTheMomentsOwnDate) {
  // 23:30 at -01:00 is already the next day in UTC, but the local date counts.
  EXPECT_EQ(analysis::age_in_years("2010-05-20", "2026-05-19T23:30:00-01:00"), 15);
  EXPECT_EQ(analysis::age_in_years("2010-05-20", "2026-05-20T00:30:00+02:00"), 16);
}

TEST(AgeInYears, UnknownForMalformedOrEarlierDates) {
  EXPECT_FALSE(analysis::age_in_years("2010-05-20", "2009-01-01"));
  EXPECT_FALSE(analysis::age_in_years("20-05-2010", "2026-01-01"));
  EXPECT_FALSE(analysis::age_in_years("2010-05-20", "gisteren"));
  EXPECT_FALSE(analysis::age_in_years("2010-02-30", "2026-01-01"));
}

TEST(ResidentialProductCategory, FollowsJz020) {
  for (auto code : {"35", "36", "37", "38", "43", "44"}) EXPECT_TRUE(analysis::is_residential_product_category(code));
  for (auto code : {"45", "46", "47", "48", "50", "4", "430", ""}) {
    EXPECT_FALSE(analysis::is_residential_product_category(code)) << code;
  }
}

// The example plans of examples/<folder>, each with its file name.
std::vector<std::pair<std::string, Json>> example_documents(const char* folder) {
  const std::filesystem::path dir = std::filesystem::path(PP_SOURCE_DIR) / "examples" / folder;
  std::vector<std::pair<std::string, Json>> documents;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    documents.emplace_back(entry.path().filename().string(), parse_json(text.str()));
  }
  return documents;
}

// Every example family yields rectangular tables (same keys on every row).
TEST(RecordsOfExamples, AreRectangular) {
  int plans = 0;
  for (const auto& [file, document] : example_documents("families")) {
    const Engine engine = Engine::load_builtin(document.at("profile").get<std::string>());
    const Plan plan = plan_from_json(document);
    for (auto kind : analysis::kRecordKinds) {
      const auto& columns = analysis::record_columns(kind);
      for (const auto& row : json_api::records(engine, plan, kind)) {
        EXPECT_EQ(row.size(), columns.size()) << file << " " << kind;
        for (auto column : columns) EXPECT_TRUE(row.contains(std::string(column))) << column;
      }
    }
    ++plans;
  }
  EXPECT_GT(plans, 0);
}

// Every value of every row is of its column's declared type (record_column_types), or
// null: the types a binding builds its typed table with are the ones the rows carry.
TEST(AnalysisRecords, EveryValueIsOfItsColumnsDeclaredType) {
  const auto of_type = [](const Json& value, std::string_view type) {
    if (value.is_null()) return true;
    if (type == "string") return value.is_string() && !value.get<std::string>().empty();  // "" is null
    if (type == "list-of-string") {
      return value.is_array() &&
             std::all_of(value.begin(), value.end(), [](const Json& item) { return item.is_string(); });
    }
    if (type == "integer") return value.is_number_integer();
    if (type == "boolean") return value.is_boolean();
    if (type == "timestamp") {  // in UTC, so one column has one offset
      if (!value.is_string()) return false;
      const auto moment = parse_moment(value.get<std::string>());
      return moment && moment->offset.count() == 0 && value.get<std::string>().ends_with('Z');
    }
    if (type == "date") return value.is_string() && parse_iso_date(value.get<std::string>()).has_value();
    return false;
  };
  std::set<std::string> typed;  // kind/column pairs seen with a value
  for (const auto& [file, document] : example_documents("plans")) {
    const Engine engine = Engine::load_builtin(document.at("profile").get<std::string>());
    const Plan plan = plan_from_json(document);
    for (auto kind : analysis::kRecordKinds) {
      const auto& columns = analysis::record_column_types(kind);
      ASSERT_EQ(columns.size(), analysis::record_columns(kind).size());
      for (const auto& row : json_api::records(engine, plan, kind)) {
        for (const auto& column : columns) {
          const Json& value = row.at(std::string(column.name));
          EXPECT_TRUE(of_type(value, column.type))
              << file << " " << kind << "." << column.name << " (" << column.type << "): " << value;
          if (!value.is_null()) typed.insert(std::string(kind) + "." + std::string(column.name));
        }
      }
    }
  }
  // The examples give most columns a value, so the check is not vacuous.
  EXPECT_GT(typed.size(), 40u);
  EXPECT_THROW((void)analysis::record_column_types("nope"), Error);
}

}  // namespace
}  // namespace perspectief
