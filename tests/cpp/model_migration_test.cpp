// The plan format's migration (src/model/plan_migration.*, docs/model.md "Plan formats"):
// perspectief/plan@1 documents, with one segment and kader for the whole plan, still
// load; their frame becomes every jeugdige's, and each jeugdige's help state follows
// from the history. The plans under tests/conformance/plans-format-1/ are the example
// plans as the library wrote them in plan@1 (before issue #11's per-jeugdige frame);
// replaying their history with today's rules gives the migrated plan.
#include <gtest/gtest.h>

#include "perspectief/engine.hpp"
#include "perspectief/workflow.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;
using perspectief::Kader;
using perspectief::Plan;
using perspectief::Segment;

Json plan1_document() {
  return Json::parse(R"({
    "format": "perspectief/plan@1", "id": "p-1", "profile": "amsterdam-zaanstreek", "plan_type": "perspectiefplan",
    "version": 1, "status": "hulpvraag", "segment": "C", "kader": "dwang",
    "family": {"members": [{"id": "sam", "role": "jeugdige", "birth_date": "2014-06-15"},
                           {"id": "noor", "role": "jeugdige", "birth_date": "2011-01-20"}]},
    "family_part": {},
    "children": [{"jeugdige": "sam"}, {"jeugdige": "noor", "segment": "B"}]
  })");
}

TEST(ModelMigration, APlanLevelFrameBecomesEveryJeugdigesOwn) {
  const Plan plan = perspectief::plan_from_json(plan1_document());
  EXPECT_EQ(plan.format, perspectief::kPlanFormat);
  ASSERT_EQ(plan.children.size(), 2u);
  EXPECT_EQ(plan.children[0].segment, Segment::C);
  EXPECT_EQ(plan.children[0].kader, Kader::dwang);
  // A member the jeugdige's part already had (an unknown member in plan@1) is kept.
  EXPECT_EQ(plan.children[1].segment, Segment::B);
  EXPECT_EQ(plan.children[1].kader, Kader::dwang);
  // Nothing is left at the plan's level, not even as an unknown member.
  EXPECT_FALSE(plan.unknown_fields.contains("segment"));
  EXPECT_FALSE(plan.unknown_fields.contains("kader"));
  const Json written = perspectief::plan_to_json(plan);
  EXPECT_EQ(written.at("format"), "perspectief/plan@2");
  EXPECT_FALSE(written.contains("segment"));
}

TEST(ModelMigration, APlanLevelFrameInTheCurrentFormatIsRefusedWithItsPointer) {
  Json document = plan1_document();
  document["format"] = perspectief::kPlanFormat;
  try {
    perspectief::plan_from_json(document);
    FAIL() << "a plan@2 document with a plan-level segment was read";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::schema);
    ASSERT_EQ(error.problems().size(), 2u);
    EXPECT_EQ(error.problems()[0].code, "PP-S-PER-JEUGDIGE");
    EXPECT_EQ(error.problems()[0].pointer, "/segment");
    EXPECT_EQ(error.problems()[1].pointer, "/kader");
  }
}

TEST(ModelMigration, AnotherFormatIsStillRefused) {
  Json document = plan1_document();
  document["format"] = "perspectief/plan@3";
  try {
    perspectief::plan_from_json(document);
    FAIL() << "an unknown format was read";
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/format");
  }
}

TEST(ModelMigration, WithoutAHistoryHelpRunsForEveryOpenPartWithAProviderWhileThePlanSaysSo) {
  Json document = plan1_document();
  document["status"] = "hulp_gestart";
  document["children"][0]["aanbieder"] = Json{{"id", "90000101"}};
  const Plan plan = perspectief::plan_from_json(document);
  EXPECT_EQ(plan.children[0].help, perspectief::HelpState::hulp_gestart);
  EXPECT_FALSE(plan.children[1].help.has_value());  // no provider: no help runs
}

struct Plan1Case {
  const char* file;
  const char* profile;
};

class Plan1Example : public ::testing::TestWithParam<Plan1Case> {};

// Everything but the content hashes of the fixed versions: those were computed over the
// plan@1 content and are kept as recorded (docs/model.md "Plan formats").
Json without_version_hashes(Json plan) {
  for (Json& record : plan["versions"]) record.erase("content_sha256");
  return plan;
}

TEST_P(Plan1Example, LoadsMigratedAndItsHistoryReplaysToTheMigratedPlan) {
  const Engine engine = Engine::load_builtin(GetParam().profile);
  const std::string text = pp_test::read_source_file(std::string("tests/conformance/plans-format-1/") + GetParam().file);
  ASSERT_NE(text.find("\"perspectief/plan@1\""), std::string::npos);
  const Plan migrated = engine.parse_plan(text);
  EXPECT_EQ(migrated.format, perspectief::kPlanFormat);
  const Json old_document = Json::parse(text);
  for (const auto& child : migrated.children) {
    // Step 1: the plan's frame is every jeugdige's.
    if (old_document.contains("segment")) {
      EXPECT_EQ(perspectief::to_string(*child.segment), old_document["segment"].get<std::string>()) << child.jeugdige;
    }
    EXPECT_EQ(perspectief::to_string(*child.kader), old_document["kader"].get<std::string>()) << child.jeugdige;
  }
  EXPECT_TRUE(engine.validate(migrated).empty()) << pp_test::describe(engine.validate(migrated));

  // The old history, with its plan@1 payloads, replays under today's rules to the
  // migrated plan: same state, frames, help per jeugdige, content and history.
  const Plan replayed = perspectief::workflow::replay(engine, migrated);
  EXPECT_EQ(replayed.status, migrated.status);
  EXPECT_EQ(without_version_hashes(perspectief::plan_to_json(replayed)),
            without_version_hashes(perspectief::plan_to_json(migrated)));
  // The history is kept as it was recorded: the account of what happened.
  EXPECT_EQ(perspectief::plan_to_json(migrated).at("history"), old_document.at("history"));
}

INSTANTIATE_TEST_SUITE_P(
    Examples, Plan1Example,
    ::testing::Values(Plan1Case{"amsterdam-twee-kinderen-segment-c.json", "amsterdam-zaanstreek"},
                      Plan1Case{"zaanstad-crisisplaatsing.json", "amsterdam-zaanstreek"},
                      Plan1Case{"amstelveen-gezinsplan-dwangkader.json", "amsterdam-zaanstreek"},
                      Plan1Case{"diemen-ziekenhuis-segment-b.json", "amsterdam-zaanstreek"},
                      Plan1Case{"werkproces-thuisplus-vervoer.json", "werkproces-jeugdhulp"}),
    [](const ::testing::TestParamInfo<Plan1Case>& param_info) {
      std::string name = param_info.param.file;
      name = name.substr(0, name.find('.'));
      for (char& c : name) {
        if (c == '-') c = '_';
      }
      return name;
    });

}  // namespace
