// The example plans: each examples/plans/<name>.json is exactly what the scenario
// examples/scenarios/<name>.json builds, and replays from its own history to the same
// bytes. (Regenerate with the build target example-plans.)
#include <gtest/gtest.h>

#include <set>

#include "../../examples/tools/scenario_runner.hpp"
#include "workflow_support.hpp"
#include "perspectief/workflow.hpp"

namespace {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Plan;

class WorkflowExamples : public ::testing::TestWithParam<std::filesystem::path> {
 protected:
  Json scenario() const { return perspectief::parse_json(pp_test::read_source_file(GetParam())); }
  std::filesystem::path plan_file() const { return pp_test::source_root() / "examples" / "plans" / GetParam().filename(); }
};

TEST_P(WorkflowExamples, CommittedPlanIsWhatTheScenarioBuilds) {
  const Plan built = perspectief::examples::run_scenario(pp_test::source_root(), scenario());
  const std::string committed = pp_test::read_source_file(plan_file());
  EXPECT_EQ(perspectief::plan_to_canonical(built), perspectief::canonicalize_json(committed))
      << "regenerate with: cmake --build <build> --target example-plans";
  EXPECT_EQ(perspectief::examples::plan_file_text(built), committed) << "the committed file is not in generated form";
}

TEST_P(WorkflowExamples, ReplayRebuildsTheCommittedPlan) {
  const Plan plan = perspectief::plan_from_text(pp_test::read_source_file(plan_file()));
  const Engine engine = Engine::load_builtin(plan.profile);
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::workflow::replay(engine, plan)), perspectief::plan_to_canonical(plan));
  EXPECT_TRUE(engine.validate(plan).empty()) << pp_test::describe(engine.validate(plan));
}

TEST_P(WorkflowExamples, EveryFamilyHasAScenario) {
  const Json s = scenario();
  EXPECT_TRUE(std::filesystem::exists(pp_test::source_root() / s.at("family").get<std::string>()));
  EXPECT_EQ(GetParam().filename(), std::filesystem::path(s.at("family").get<std::string>()).filename())
      << "a scenario is named after the family it walks";
}

INSTANTIATE_TEST_SUITE_P(Scenarios, WorkflowExamples, ::testing::ValuesIn(pp_test::json_files_in("examples/scenarios")),
                         [](const ::testing::TestParamInfo<std::filesystem::path>& param) {
                           return pp_test::test_name_of(param.param);
                         });

TEST(WorkflowExamplesCoverage, EveryFamilyDocumentIsWalked) {
  const auto families = pp_test::json_files_in("examples/families");
  const auto scenarios = pp_test::json_files_in("examples/scenarios");
  ASSERT_EQ(families.size(), scenarios.size());
  for (std::size_t i = 0; i < families.size(); ++i) EXPECT_EQ(families[i].filename(), scenarios[i].filename());
}

TEST(WorkflowExamplesCoverage, ScenariosReachTheStatesTheIssueAsksFor) {
  std::set<std::string> final_states;
  std::set<std::string> visited;
  bool gi_akkoord = false;
  for (const auto& file : pp_test::json_files_in("examples/plans")) {
    const Plan plan = perspectief::plan_from_text(pp_test::read_source_file(file));
    if (plan.history.empty()) continue;  // not a workflow example
    final_states.insert(plan.status);
    for (const auto& entry : plan.history) visited.insert(entry.to_state);
    for (const auto& akkoord : plan.akkoorden) gi_akkoord = gi_akkoord || akkoord.by.role == perspectief::Role::gi;
  }
  EXPECT_TRUE(final_states.count("afgerond")) << "some walk through to afronding";
  EXPECT_TRUE(final_states.count("hulp_gestart")) << "some stop mid-way";
  EXPECT_TRUE(visited.count("crisis_hulp")) << "the crisis family goes via crisis_hulp";
  EXPECT_TRUE(gi_akkoord) << "the dwang family has the GI's akkoord";
}

}  // namespace
