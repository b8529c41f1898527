// 004 steps 4 and 5 (docs/workflow.md "The provider's answer and the arrangement"): the chosen
// provider answers whether it can reach the results, and the lokale toegang and that provider
// fix the arrangement and its components together. Where a municipality switches on
// arrangement_voor_toewijzing (R-ARRANGEMENT), the toewijzing follows the fixed arrangement.
// Each check on its allow and deny side.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"
#include "perspectief/workflow.hpp"

namespace {

using namespace wf_test;

// The test family walked to in_overleg_aanbieder: results fixed and agreed by Anna and Tim
// (004 step 3), Jeugdhulp Amstel (90000101) chosen for Tim.
Plan provider_chosen(const Engine& e) {
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content(e.profile().id)));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  return apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
}

Json accepts(const Json& results = {"r-tim-school"}) {
  return Json{{"jeugdige", "tim"}, {"accepts", true}, {"results", results}, {"intensiteit", 2}, {"variant", "herstel"},
              {"additions", {"vervoer"}}};
}

Json components(const std::string& result = "r-tim-school") {
  return Json{{"jeugdige", "tim"},
              {"components", {{{"result", result}, {"product", {{"category", "45"}, {"code", "45A12"}}}, {"intensiteit", 2}}}}};
}

Plan answered(const Engine& e) {
  return apply(e, provider_chosen(e), event("aanbieder_antwoorden", aanbieder(), at(5, 9), accepts()));
}

TEST(WorkflowProviderSteps, TheChosenProviderAnswersForItselfWithTheResultsItCanReach) {
  const Engine& e = engine();
  const Plan plan = answered(e);
  ASSERT_TRUE(plan.children[0].aanbieder->answer.has_value());
  const perspectief::ProviderAnswer& answer = *plan.children[0].aanbieder->answer;
  EXPECT_TRUE(answer.accepts);
  EXPECT_EQ(answer.results, std::vector<std::string>{"r-tim-school"});
  EXPECT_EQ(answer.intensiteit, 2);
  EXPECT_EQ(answer.variant, "herstel");
  EXPECT_EQ(answer.by.organisation, "90000101");
  EXPECT_EQ(answer.at.value, at(5, 9));
  EXPECT_EQ(plan.status, "in_overleg_aanbieder");
  EXPECT_TRUE(e.validate(plan).empty()) << pp_test::describe(e.validate(plan));
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::workflow::replay(e, plan)), perspectief::plan_to_canonical(plan));

  // Deny side: another provider has no standing at all; the lokale team does not answer for it.
  const Plan chosen = provider_chosen(e);
  EXPECT_TRUE(rejection(e, chosen, event("aanbieder_antwoorden", andere_aanbieder(), at(5, 9), accepts())).has_code("PP-W-STANDING"));
  EXPECT_TRUE(rejection(e, chosen, event("aanbieder_antwoorden", lokaal_team(), at(5, 9), accepts())).has_code("PP-W-ROLE"));
  // Nobody was chosen for Lotte: the provider cannot answer for her.
  Json for_lotte = accepts();
  for_lotte["jeugdige"] = "lotte";
  const Rejection lotte = rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), for_lotte));
  EXPECT_EQ(lotte.codes(), std::vector<std::string>{"PP-W-NO-PROVIDER"});
}

TEST(WorkflowProviderSteps, AnAnswerNamesRealResultsAndADeclineSaysWhy) {
  const Engine& e = engine();
  const Plan chosen = provider_chosen(e);
  const Rejection unknown = rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), accepts({"r-tim-school", "r-bestaat-niet"})));
  EXPECT_EQ(unknown.codes(), std::vector<std::string>{"PP-W-ANSWER-RESULT"});
  EXPECT_EQ(unknown.problems.front().pointer, "/payload/results/1");
  EXPECT_EQ(rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), accepts(Json::array()))).codes(),
            std::vector<std::string>{"PP-W-ANSWER-RESULTS"});
  const Json declines{{"jeugdige", "tim"}, {"accepts", false}, {"reason", "  "}};
  const Rejection no_reason = rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), declines));
  EXPECT_EQ(no_reason.codes(), std::vector<std::string>{"PP-W-ANSWER-REASON"});
  EXPECT_EQ(no_reason.problems.front().pointer, "/payload/reason");
  // What it proposes speaks the region's terms: herstel or duurzaam, the region's blocks and additions.
  Json odd = accepts();
  odd["variant"] = "snel";
  odd["additions"] = {"helikopter"};
  const Rejection terms = rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), odd));
  EXPECT_EQ(terms.codes(), (std::vector<std::string>{"PP-V-VARIANT", "PP-V-ADDITION"}));
  EXPECT_EQ(terms.problems.front().pointer, "/children/0/aanbieder/answer/variant");
  Json odd_component = components();
  odd_component["components"][0]["intensiteit"] = 7;
  EXPECT_EQ(rejection(e, answered(e), event("arrangement_vaststellen", lokaal_team(), at(5, 10), odd_component)).problems.front().pointer,
            "/children/0/aanbieder/arrangement/components/0/intensiteit");
  // "accepts" must be said: an answer without it is no answer.
  EXPECT_TRUE(rejection(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9), {{"jeugdige", "tim"}})).has_code("PP-S-REQUIRED"));
  // Allow side of a decline: recorded with its reason; the family then chooses again.
  const Plan declined = apply(e, chosen, event("aanbieder_antwoorden", aanbieder(), at(5, 9),
                                               {{"jeugdige", "tim"}, {"accepts", false}, {"reason", "wachtlijst van 20 weken"}}));
  EXPECT_FALSE(declined.children[0].aanbieder->answer->accepts);
  EXPECT_EQ(declined.children[0].aanbieder->answer->reason, "wachtlijst van 20 weken");
  const Plan again = apply(e, declined, event("aanbieder_kiezen", moeder(), at(5, 10),
                                              {{"jeugdige", "tim"}, {"aanbieder", provider_json("90000199", "Jeugdhulp Zaan")}}));
  EXPECT_FALSE(again.children[0].aanbieder->answer.has_value()) << "a new provider has not answered yet";
}

TEST(WorkflowProviderSteps, TheArrangementIsFixedWhenTheLokaleToegangAndTheProviderAgreeToTheSameComponents) {
  const Engine& e = engine();
  // Deny: no arrangement before the provider accepted.
  const Rejection early = rejection(e, provider_chosen(e), event("arrangement_vaststellen", lokaal_team(), at(5, 10), components()));
  EXPECT_EQ(early.codes(), std::vector<std::string>{"PP-W-ARRANGEMENT-NO-ANSWER"});
  const Plan plan = answered(e);
  // Deny: a component for a result the provider did not accept.
  const Rejection other = rejection(e, plan, event("arrangement_vaststellen", lokaal_team(), at(5, 10), components("r-wonen")));
  EXPECT_EQ(other.codes(), std::vector<std::string>{"PP-W-ARRANGEMENT-RESULT"});
  EXPECT_EQ(other.problems.front().pointer, "/payload/components/0/result");
  // Deny: another provider does not agree on this one's behalf.
  EXPECT_TRUE(rejection(e, plan, event("arrangement_vaststellen", andere_aanbieder(), at(5, 10), components())).has_code("PP-W-STANDING"));
  // The lokale team proposes; one side alone does not fix it.
  Plan proposed = apply(e, plan, event("arrangement_vaststellen", lokaal_team(), at(5, 10), components()));
  ASSERT_TRUE(proposed.children[0].aanbieder->arrangement.has_value());
  EXPECT_EQ(proposed.children[0].aanbieder->arrangement->agreed_by.size(), 1u);
  // A different proposal from the provider starts the agreement again ...
  Json more = components();
  more["components"][0]["intensiteit"] = 3;
  const Plan countered = apply(e, proposed, event("arrangement_vaststellen", aanbieder(), at(5, 11), more));
  ASSERT_EQ(countered.children[0].aanbieder->arrangement->agreed_by.size(), 1u);
  EXPECT_EQ(countered.children[0].aanbieder->arrangement->agreed_by[0].organisation, "90000101");
  // ... the same components fix it.
  const Plan fixed = apply(e, proposed, event("arrangement_vaststellen", aanbieder(), at(5, 11), components()));
  EXPECT_EQ(fixed.children[0].aanbieder->arrangement->agreed_by.size(), 2u);
  EXPECT_EQ(fixed.children[0].aanbieder->arrangement->at.value, at(5, 11));
  // A new answer voids the arrangement that rested on the old one.
  const Plan reanswered = apply(e, fixed, event("aanbieder_antwoorden", aanbieder(), at(5, 12), accepts()));
  EXPECT_FALSE(reanswered.children[0].aanbieder->arrangement.has_value());
}

// R-ARRANGEMENT: off by default (the toewijzing may come first, as 004 does not order them);
// where the municipality switches it on, the toewijzing to the chosen provider waits for the
// fixed arrangement.
TEST(WorkflowProviderSteps, WhereSwitchedOnTheToewijzingFollowsTheFixedArrangement) {
  const Json toewijzing_for_tim{{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-TIM-1", "90000101", "2026-03-06")}};
  const Engine& by_default = engine("werkproces-jeugdhulp");
  EXPECT_NO_THROW(perspectief::json_api::apply_event(by_default, answered(by_default), event("toewijzing_vastleggen", lokaal_team(), at(6, 9), toewijzing_for_tim)));

  const Engine strict = engine_with("werkproces-jeugdhulp", Json{{"arrangement_voor_toewijzing", true}});
  Plan plan = answered(strict);
  const Rejection missing = rejection(strict, plan, event("toewijzing_vastleggen", lokaal_team(), at(6, 9), toewijzing_for_tim));
  EXPECT_EQ(missing.codes(), std::vector<std::string>{"PP-W-ARRANGEMENT-MISSING"});
  EXPECT_EQ(missing.rules, std::vector<std::string>{"R-ARRANGEMENT"});
  EXPECT_EQ(missing.problems.front().pointer, "/payload/toewijzing/aanbieder");
  plan = apply(strict, plan, event("arrangement_vaststellen", lokaal_team(), at(5, 10), components()));
  EXPECT_TRUE(rejection(strict, plan, event("toewijzing_vastleggen", lokaal_team(), at(6, 9), toewijzing_for_tim))
                  .has_code("PP-W-ARRANGEMENT-MISSING")) << "one side's agreement does not fix it";
  plan = apply(strict, plan, event("arrangement_vaststellen", aanbieder(), at(5, 11), components()));
  const Plan assigned = apply(strict, plan, event("toewijzing_vastleggen", lokaal_team(), at(6, 9), toewijzing_for_tim));
  EXPECT_EQ(assigned.children[0].toewijzingen.size(), 1u);
  // A toewijzing to another provider than the one the arrangement is with is refused too.
  const Json other{{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-TIM-2", "90000199", "2026-03-06")}};
  EXPECT_TRUE(rejection(strict, plan, event("toewijzing_vastleggen", lokaal_team(), at(6, 9), other)).has_code("PP-W-ARRANGEMENT-MISSING"));
}

}  // namespace
