// R-AKKOORD-SCOPE: an akkoord says what it covers. The family's akkoord on the results
// that need a provider (004 step 3) comes before the choice of provider; the akkoord on
// the plan (004 step 5, 000) is on a fixed version, and only one on the current fixed
// version counts where an akkoord on the plan is required. Neither stands in for the
// other. Each on its allow and deny side.
#include <gtest/gtest.h>

#include "workflow_support.hpp"

namespace {

using namespace wf_test;

Json results_scope() { return Json{{"scope", "resultaten"}}; }

// The test family up to resultaten_vastgesteld (days 2-3).
Plan with_results(const Engine& e, const Json& extra = Json::object()) {
  Json content = family_content(e.profile().id, extra);
  content["plan_type"] = perspectief::to_string(e.profile().plan_term);
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  return apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
}

Json choose() { return Json{{"jeugdige", "tim"}, {"aanbieder", provider_json()}}; }

// ---- the akkoord on the results (004 step 3) -------------------------------------------

TEST(WorkflowAkkoordScope, DeniesChoosingAProviderBeforeTheFamilyAgreedWithTheResults) {
  for (const std::string region : {"amsterdam-zaanstreek", "werkproces-jeugdhulp"}) {
    const Engine& e = engine(region);
    const Rejection r = rejection(e, with_results(e), event("aanbieder_kiezen", moeder(), at(4, 10), choose()));
    EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-RESULTATEN-AKKOORD"}) << region;
    EXPECT_EQ(r.rules, std::vector<std::string>{"R-AKKOORD-SCOPE"}) << region;
    EXPECT_EQ(r.problems[0].pointer, "/akkoorden");
  }
}

TEST(WorkflowAkkoordScope, AllowsItAfterTheFamilysAkkoordOnTheResultsWithoutAFixedVersion) {
  const Engine& e = engine();
  Plan plan = with_results(e);
  ASSERT_TRUE(plan.versions.empty());
  plan = agree_to_results(e, plan, 4, 10);
  EXPECT_EQ(plan.akkoorden.back().scope, "resultaten");
  EXPECT_EQ(apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), choose())).status, "in_overleg_aanbieder");
}

TEST(WorkflowAkkoordScope, TimsOwnAkkoordOnTheResultsIsNeededAt14) {
  const Engine& e = engine();
  Plan plan = apply(e, with_results(e), event("akkoord_geven", moeder(), at(4, 9), results_scope()));
  const Rejection r = rejection(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), choose()));
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-RESULTATEN-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("of the jeugdige is missing"), std::string::npos) << r.problems[0].message_en;
}

TEST(WorkflowAkkoordScope, AnAkkoordOnThePlanIsNoAkkoordOnTheResults) {
  const Engine& e = engine();
  Plan plan = apply(e, with_results(e), event("versie_vaststellen", lokaal_team(), at(4, 8)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(4, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(4, 9, 1), {{"scope", "plan"}}));
  EXPECT_TRUE(rejection(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), choose())).has_rule("R-AKKOORD-SCOPE"));
}

TEST(WorkflowAkkoordScope, ANewNeedAsksForANewAkkoordOnTheResults) {
  const Engine& e = engine();
  Plan plan = agree_to_results(e, with_results(e), 4, 9);
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(4, 9, 30),
                              {{"json_patch",
                                {{{"op", "add"},
                                  {"path", "/children/0/results/-"},
                                  {"value", {{"id", "r-tim-nieuw"}, {"leefgebied", "opvoeding"}, {"description", "Nieuw"}, {"performer", "specialist"}}}}}}}));
  EXPECT_TRUE(rejection(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), choose())).has_code("PP-W-RESULTATEN-AKKOORD"));
  plan = agree_to_results(e, plan, 4, 11);
  EXPECT_EQ(apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 11), choose())).status, "in_overleg_aanbieder");
}

TEST(WorkflowAkkoordScope, RegionsWithout004StepThreeDoNotAskForIt) {
  const Engine& e = engine("flevoland");
  EXPECT_EQ(apply(e, with_results(e), event("aanbieder_kiezen", moeder(), at(4, 10), choose())).status, "in_overleg_aanbieder");
}

TEST(WorkflowAkkoordScope, TheDwangkaderDoesNotAskTheFamily) {
  const Engine& e = engine();
  const Plan plan = with_results(e, {{"kader", "dwang"}, {"plan_type", "gezinsplan"}, {"entry_route", "gi"}, {"referrer", gi()}});
  EXPECT_EQ(apply(e, plan, event("aanbieder_kiezen", gi(), at(4, 10), choose())).status, "in_overleg_aanbieder");
}

// ---- the akkoord on the plan -----------------------------------------------------------------

// The bypass of issue #11: the lokale team's akkoord "on the results" counted as its akkoord
// on the plan.
TEST(WorkflowAkkoordScope, AnAkkoordOnTheResultsNeverCountsAsTheAkkoordOnThePlan) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10), results_scope()));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-C-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("R-AKKOORD-SCOPE"), std::string::npos) << r.problems[0].message_en;
  // The family's akkoorden on the results (given before the choice) do not count for
  // R-FAMILY-AKKOORD either.
  Plan family_only_results = plan_ready_for_akkoord(e);
  family_only_results = apply(e, family_only_results, event("akkoord_geven", lokaal_team(), at(6, 10)));
  EXPECT_EQ(rejection(e, family_only_results, event("hulp_starten", lokaal_team(), at(9, 9))).rules,
            std::vector<std::string>{"R-FAMILY-AKKOORD"});
}

TEST(WorkflowAkkoordScope, OnlyAnAkkoordOnTheCurrentFixedVersionCounts) {
  const Engine& e = engine();
  Plan plan = plan_with_akkoorden(e);
  // A later version is fixed (a change after the akkoorden, then fixed again): the
  // akkoorden were on the earlier version and no longer count.
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(6, 11), {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(6, 12)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-FAMILY-AKKOORD"}));
  EXPECT_NE(r.problems[0].message_en.find("not on the last fixed version"), std::string::npos) << r.problems[0].message_en;
  // Agreeing to the new fixed version counts again.
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(7, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(7, 9, 5)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(7, 10)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowAkkoordScope, AnEditAfterTheAkkoordWithoutANewFixedVersionKeepsIt) {
  // The fixed version is still the one agreed to; whether the edit matters is R-REOPEN's.
  const Engine& e = engine();
  Plan plan = plan_with_akkoorden(e);
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(6, 11), {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowAkkoordScope, AnAkkoordOnThePlanNeedsAFixedVersionOneOnTheResultsDoesNot) {
  const Engine& e = engine();
  Plan plan = with_results(e);
  EXPECT_EQ(rejection(e, plan, event("akkoord_geven", moeder(), at(4, 9))).codes(),
            std::vector<std::string>{"PP-W-VERSION-NOT-FIXED"});
  EXPECT_EQ(apply(e, plan, event("akkoord_geven", moeder(), at(4, 9), results_scope())).akkoorden.size(), 1u);
}

}  // namespace
