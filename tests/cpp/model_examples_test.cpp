// Every example document (examples/families and, once generated, examples/plans):
// it reads, validates with zero problems against its own region profile, and
// round-trips byte for byte through the canonical form (lossless, idempotent).
// The families also have to cover the scenarios the issue asks for.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Plan;

std::vector<std::filesystem::path> example_files() {
  auto files = pp_test::json_files_in("examples/families");
  const auto plans = pp_test::json_files_in("examples/plans");
  files.insert(files.end(), plans.begin(), plans.end());
  return files;
}

class ExampleDocument : public ::testing::TestWithParam<std::filesystem::path> {
 protected:
  std::string text() const { return pp_test::read_source_file(GetParam()); }
};

TEST_P(ExampleDocument, ValidatesWithZeroProblemsAgainstItsProfile) {
  const Plan plan = perspectief::plan_from_text(text());
  const Engine engine = Engine::load_builtin(plan.profile);
  const auto problems = engine.validate(plan);
  EXPECT_TRUE(problems.empty()) << pp_test::describe(problems);
}

// R-LOCAL-FIELDS and the lossless round trip: nothing added, lost or reordered.
TEST_P(ExampleDocument, RoundTripIsByteIdenticalToTheCanonicalForm) {
  const std::string original = text();
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::plan_from_text(original)),
            perspectief::canonicalize_json(original));
}

TEST_P(ExampleDocument, CanonicalFormIsIdempotent) {
  const std::string once = perspectief::plan_to_canonical(perspectief::plan_from_text(text()));
  const std::string twice = perspectief::plan_to_canonical(perspectief::plan_from_text(once));
  EXPECT_EQ(once, twice);
  EXPECT_EQ(perspectief::canonicalize_json(once), once);
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleDocument, ::testing::ValuesIn(example_files()),
                         [](const ::testing::TestParamInfo<std::filesystem::path>& param) {
                           return param.param.parent_path().filename().string() + "_" +
                                  pp_test::test_name_of(param.param);
                         });

std::vector<Plan> families() {
  std::vector<Plan> plans;
  for (const auto& file : pp_test::json_files_in("examples/families")) {
    plans.push_back(perspectief::plan_from_text(pp_test::read_source_file(file)));
  }
  return plans;
}

template <class Predicate>
bool any_family(const std::vector<Plan>& plans, Predicate predicate) {
  return std::any_of(plans.begin(), plans.end(), predicate);
}

// The scenarios of issue 2, each tied to its seed and rule.
TEST(ExampleFamilies, CoverTheSeedScenarios) {
  using namespace perspectief;
  const auto plans = families();
  ASSERT_GE(plans.size(), 6u);
  // (a) 000/001, R-SEG-C-PLAN, R-PERSPECTIVES: two children in segment C, contradicting perspectives.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    const auto in_c = [](const ChildPart& c) { return c.segment == Segment::C; };
    if (p.children.size() < 2 || !std::all_of(p.children.begin(), p.children.end(), in_c)) return false;
    return std::any_of(p.family_part.analysis.begin(), p.family_part.analysis.end(), [](const DomainAnalysis& d) {
      return (d.leefgebied == "werk_inkomen" || d.leefgebied == "financien") && d.perspectives.size() >= 2;
    });
  }));
  // (b) 000, R-CRISIS: a crisis placement under ondersteuningsprofiel 11.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    return std::any_of(p.children.begin(), p.children.end(), [](const ChildPart& c) {
      return c.ondersteuningsprofiel && c.ondersteuningsprofiel->code == "11";
    });
  }));
  // (c) 000, R-DWANG-GI: the GI's gezinsplan in the dwangkader.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    return p.plan_type == PlanType::gezinsplan &&
           std::any_of(p.children.begin(), p.children.end(), [](const ChildPart& c) { return c.kader == Kader::dwang; });
  }));
  // (d) 002, R-REGIE-LOKAAL: Flevoland, residential care, heading to zelfstandig wonen.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    return p.profile == "flevoland" && p.regie &&
           std::any_of(p.children.begin(), p.children.end(), [](const ChildPart& c) {
             return c.toekomstperspectief == Toekomstperspectief::zelfstandig_wonen && c.ondersteuningsprofiel &&
                    std::count(c.ondersteuningsprofiel->additions.begin(), c.ondersteuningsprofiel->additions.end(),
                               "verblijf") == 1;
           });
  }));
  // (e) 003: a FoodValley familiegroepsplan.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    return p.profile == "foodvalley" && p.plan_type == PlanType::familiegroepsplan;
  }));
  // (f) 000, R-SEG-B: a segment-B transfer from a hospital.
  EXPECT_TRUE(any_family(plans, [](const Plan& p) {
    return p.entry_route == EntryRoute::ziekenhuis &&
           std::any_of(p.children.begin(), p.children.end(), [](const ChildPart& c) { return c.segment == Segment::B; });
  }));
  // Unknown members are shown to survive (lossless round trip).
  EXPECT_TRUE(any_family(plans, [](const Plan& p) { return p.unknown_fields.contains("x-vendor-dossiernummer"); }));
}

// The workflow scenarios start from these documents (docs/workflow.md).
TEST(ExampleFamilies, StartAtTheHulpvraagWithoutHistory) {
  for (const Plan& plan : families()) {
    SCOPED_TRACE(plan.id);
    EXPECT_EQ(plan.status, "hulpvraag");
    EXPECT_EQ(plan.version, 0);
    EXPECT_TRUE(plan.history.empty());
    EXPECT_TRUE(plan.akkoorden.empty());
    EXPECT_TRUE(plan.versions.empty());
  }
}

}  // namespace
