// The rules about whose agreement starts help: R-SEG-C-PLAN, R-SEG-C-AKKOORD,
// R-DWANG-GI, R-FAMILY-AKKOORD and R-REFERRER-C, each on its allow and deny side.
#include <gtest/gtest.h>

#include "workflow_support.hpp"

namespace {

using namespace wf_test;

// ---- R-SEG-C-PLAN ------------------------------------------------------------------------

TEST(WorkflowSegCPlan, AllowsStartWithAFixedCompletePlan) {
  const Plan plan = plan_with_help(engine());
  EXPECT_EQ(plan.status, "hulp_gestart");
}

TEST(WorkflowSegCPlan, DeniesStartWhenAMandatoryPartIsEmpty) {
  const Engine& e = engine();
  // The analysis was never filled in (nobody but its authors may withdraw perspectives).
  Plan plan = plan_ready_for_akkoord(e, {{"family_part", {{"analysis", nullptr}}}});
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-C-PLAN"});
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-C-PLAN-PART"});
  EXPECT_EQ(r.problems[0].pointer, "/family_part/analysis");
}

TEST(WorkflowSegCPlan, DeniesLeavingCrisisIntoHelpWithoutAFixedPlan) {
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), family_content()));
  plan = apply(e, plan, event("crisis_starten", lokaal_team(), at(2, 22),
                              {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "11"}}}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("startafspraken_vastleggen", lokaal_team(), at(3, 10),
                              {{"jeugdige", "tim"},
                               {"agreements", {{{"id", "a-1"}, {"description", "Dagelijks contact"}, {"performer", "specialist"}}}}}));
  plan = apply(e, plan, event("evalueren", lokaal_team(), at(10, 10),
                              {{"jeugdige", "tim"}, {"evaluation", {{"id", "ev-c"}, {"at", at(10, 10)}, {"kind", "crisis"}}}}));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(11, 9)));
  EXPECT_TRUE(r.has_code("PP-W-SEG-C-PLAN")) << pp_test::describe(r.problems);
  // Out of crisis the regular help needs its toewijzing too (R-TOEWIJZING: the crisis
  // exception covers the crisis start only).
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-TOEWIJZING", "R-SEG-C-PLAN", "R-SEG-C-AKKOORD", "R-FAMILY-AKKOORD"}));
}

// ---- R-SEG-C-AKKOORD ---------------------------------------------------------------------

TEST(WorkflowSegCAkkoord, DeniesStartWithoutTheLokaleTeamsAkkoord) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-C-AKKOORD"});
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-C-AKKOORD"});
  EXPECT_EQ(r.problems[0].pointer, "/akkoorden");
}

TEST(WorkflowSegCAkkoord, AllowsStartWithIt) {
  const Engine& e = engine();
  EXPECT_EQ(apply(e, plan_with_akkoorden(e), event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowSegCAkkoord, DoesNotApplyInSegmentB) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e, {{"segment", "B"}});
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowSegCAkkoord, EveryFailedGuardIsListed) {
  const Engine& e = engine();
  const Rejection r = rejection(e, plan_ready_for_akkoord(e), event("hulp_starten", moeder(), at(9, 9)));
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"PP-W-ROLE", "PP-W-SEG-C-AKKOORD", "PP-W-FAMILY-AKKOORD"}));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-FAMILY-AKKOORD"}));
  for (const auto& p : r.problems) {
    EXPECT_FALSE(p.message_nl.empty());
    EXPECT_FALSE(p.message_en.empty());
  }
}

// ---- R-DWANG-GI ------------------------------------------------------------------------

Json dwang() { return Json{{"kader", "dwang"}, {"plan_type", "gezinsplan"}, {"entry_route", "gi"}, {"referrer", gi()}}; }

TEST(WorkflowDwangGi, DeniesStartOnTheLokaleTeamsAkkoordAlone) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e, dwang());
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  const Rejection r = rejection(e, plan, event("hulp_starten", gi(), at(9, 9)));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-DWANG-GI"}));
  EXPECT_TRUE(r.has_code("PP-W-DWANG-GI"));
}

TEST(WorkflowDwangGi, AllowsStartOnTheGisAkkoordWithoutTheFamilys) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e, dwang());
  plan = apply(e, plan, event("akkoord_geven", gi(), at(6, 10)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", gi(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowDwangGi, DeniesAGiAkkoordOutsideTheDwangkader) {
  const Engine& e = engine();
  const Rejection r = rejection(e, plan_ready_for_akkoord(e), event("akkoord_geven", gi(), at(6, 10)));
  // Outside the dwangkader the GI has no standing either (R-STANDING).
  EXPECT_TRUE(r.has_code("PP-W-DWANG-GI-KADER"));
  EXPECT_TRUE(r.has_code("PP-W-STANDING"));
}

TEST(WorkflowDwangGi, AppliesInEverySegmentOfTheDwangkader) {
  const Engine& e = engine();
  Json extra = dwang();
  extra["segment"] = "B";
  Plan plan = plan_ready_for_akkoord(e, extra);
  EXPECT_EQ(rejection(e, plan, event("hulp_starten", gi(), at(9, 9))).rules, std::vector<std::string>{"R-DWANG-GI"});
  plan = apply(e, plan, event("akkoord_geven", gi(), at(6, 10)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", gi(), at(9, 9))).status, "hulp_gestart");
}

// ---- R-FAMILY-AKKOORD ----------------------------------------------------------------------

TEST(WorkflowFamilyAkkoord, AFourteenYearOldAndAParentWithGezagBothAgree) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 11)));
  Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-FAMILY-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("of the jeugdige is missing"), std::string::npos);
  EXPECT_NE(r.problems[0].message_nl.find("Tim (14 jaar)"), std::string::npos);
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 12)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowFamilyAkkoord, AParentWithoutGezagDoesNotCount) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 11)));
  plan = apply(e, plan, event("akkoord_geven", vader_zonder_gezag(), at(6, 12)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9)));
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-FAMILY-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("of a parent with gezag"), std::string::npos);
}

TEST(WorkflowFamilyAkkoord, AParentWhoseGezagIsNotRecordedDoesNotCount) {
  // R-GEZAG: gezag that is not recorded is not held, in the workflow as in the sharing
  // rules (perspectief/gezag.hpp); before, the workflow counted such a parent's akkoord.
  // Anna's akkoord on the results is then no parent's akkoord, so the provider cannot
  // be chosen yet; with her gezag recorded it can.
  const Engine& e = engine();
  Json family = family_content()["family"];
  family["members"][0].erase("gezag");  // Anna, the mother
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content(e.profile().id, {{"family", family}})));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  const Json choose = event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}});
  const Rejection r = rejection(e, plan, choose);
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-RESULTATEN-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("of a parent with gezag is missing"), std::string::npos);
  // The lokale team records her gezag; her akkoord then counts.
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(4, 10, 30),
                              {{"json_patch", {{{"op", "add"}, {"path", "/family/members/0/gezag"}, {"value", true}}}}}));
  plan = agree_to_results(e, plan, 4, 11);
  EXPECT_NO_THROW(apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 11),
                                       {{"jeugdige", "tim"}, {"aanbieder", provider_json()}})));
}

// R-GEZAG per child: whose akkoord counts for Tim follows the gezag recorded for Tim, not
// the parent's record for every child. Piet holds gezag over Tim alone; Anna over Lotte alone.
TEST(WorkflowFamilyAkkoord, GezagRecordedForTheJeugdigeDecidesWhoseAkkoordCounts) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  // The lokale team learns who holds gezag over Tim, and records it.
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(6, 9),
                              {{"json_patch",
                                {{{"op", "add"}, {"path", "/family/members/0/gezag_per_child"},
                                  {"value", {{{"child", "tim"}, {"gezag", false}}}}},
                                 {{"op", "add"}, {"path", "/family/members/1/gezag_per_child"},
                                  {"value", {{{"child", "tim"}, {"gezag", true}}}}}}}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(6, 9, 30)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 11)));
  // Deny side: Anna's akkoord is no akkoord of a parent with gezag over Tim.
  const Plan by_anna = apply(e, plan, event("akkoord_geven", moeder(), at(6, 12)));
  const Rejection r = rejection(e, by_anna, event("hulp_starten", lokaal_team(), at(9, 9)));
  ASSERT_EQ(r.codes(), std::vector<std::string>{"PP-W-FAMILY-AKKOORD"});
  EXPECT_NE(r.problems[0].message_en.find("of a parent with gezag"), std::string::npos);
  // Allow side: Piet's is.
  const Plan by_piet = apply(e, plan, event("akkoord_geven", vader_zonder_gezag(), at(6, 12)));
  EXPECT_EQ(apply(e, by_piet, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowFamilyAkkoord, AtSixteenTheJeugdigesOwnAkkoordIsEnough) {
  const Engine& e = engine();
  // Tim born 2009-06-15 is 16 in March 2026.
  Json extra = family_content();
  extra["family"]["members"][2]["birth_date"] = "2009-06-15";
  Plan plan = plan_ready_for_akkoord(e, Json{{"family", extra["family"]}});
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 11)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowFamilyAkkoord, UnderTwelveTheParentAgreesAndTheChildAloneIsNotEnough) {
  const Engine& e = engine();
  Json content = family_content();
  content["family"]["members"][2]["birth_date"] = "2016-06-15";  // Tim is 9
  Plan plan = plan_ready_for_akkoord(e, Json{{"family", content["family"]}});
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 11)));
  EXPECT_EQ(rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).rules,
            std::vector<std::string>{"R-FAMILY-AKKOORD"});
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 12)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");
}

// ---- R-REFERRER-C ------------------------------------------------------------------------

Json referral_by_huisarts() { return Json{{"entry_route", "verwijzer"}, {"referrer", huisarts()}}; }

Plan referred_plan_with_provider(const Engine& e, bool lokaal_team_involved) {
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", huisarts(), at(2, 9), family_content(e.profile().id, referral_by_huisarts())));
  const Json by = lokaal_team_involved ? lokaal_team() : huisarts();
  plan = apply(e, plan, event("vraagverheldering_starten", by, at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", huisarts(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", huisarts(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  return plan;
}

TEST(WorkflowReferrerC, DeniesTheOtherReferrerFixingTheVersionForAkkoord) {
  const Engine& e = engine();
  // Issue #11: any lokale-team event in the history used to satisfy the rule; here the
  // lokale team started the vraagverheldering, and the huisarts still cannot fix the plan.
  const Rejection r = rejection(e, referred_plan_with_provider(e, true), event("versie_vaststellen", huisarts(), at(5, 10)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-REFERRER-C"});
  EXPECT_EQ(r.problems[0].pointer, "/referrer");
  EXPECT_NE(r.problems[0].message_en.find("Huisartsenpraktijk Zuid"), std::string::npos);
}

TEST(WorkflowReferrerC, AllowsTheLokaleTeamToFixIt) {
  const Engine& e = engine();
  EXPECT_EQ(apply(e, referred_plan_with_provider(e, false), event("versie_vaststellen", lokaal_team(), at(5, 10))).status,
            "plan_akkoord");
}

TEST(WorkflowReferrerC, HelpStartsOnlyWithTheLokaleTeamsAkkoordOnThePlan) {
  const Engine& e = engine();
  Plan plan = referred_plan_with_provider(e, false);
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(5, 9),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-R", "90000101", "2026-03-05")}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 10)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  // The lokale team's akkoord on the results is not its akkoord on the plan.
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 9, 30), {{"scope", "resultaten"}}));
  const Rejection r = rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9)));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-REFERRER-C"}));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowReferrerC, AHospitalRouteTriggersItWithoutANamedReferrer) {
  const Engine& e = engine();
  // The hospital is named nowhere (no referrer), so it has no standing (R-STANDING); the
  // lokale team does the steps, and the perspectiefregisseur it assigned tries to fix the
  // version.
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9),
                                     family_content(e.profile().id, Json{{"entry_route", "ziekenhuis"}})));
  plan = apply(e, plan, event("regie_toewijzen", lokaal_team(), at(2, 9, 30),
                              {{"jeugdige", "tim"}, {"regie", {{"regisseur", regisseur()}, {"placed_at", "lokale_toegang"}}}}));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  const Rejection r = rejection(e, plan, event("versie_vaststellen", regisseur(), at(5, 10)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-REFERRER-C"});
  EXPECT_NE(r.problems[0].message_en.find("the hospital"), std::string::npos);
}

TEST(WorkflowReferrerC, DoesNotApplyToTheLokaleTeamsOwnReferralOrInSegmentB) {
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", huisarts(), at(2, 9),
                                     family_content(e.profile().id, Json{{"entry_route", "verwijzer"}, {"referrer", huisarts()}, {"segment", "B"}})));
  plan = apply(e, plan, event("vraagverheldering_starten", huisarts(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", huisarts(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", huisarts(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  EXPECT_EQ(apply(e, plan, event("versie_vaststellen", huisarts(), at(5, 10))).status, "plan_akkoord");
}

TEST(WorkflowReferrerC, AMunicipalityMaySwitchItOffBecauseItIsNoMinimumCondition) {
  const Engine e = engine_with("amsterdam-zaanstreek", Json::object(), Json::array({"R-REFERRER-C"}));
  EXPECT_EQ(apply(e, referred_plan_with_provider(e, true), event("versie_vaststellen", huisarts(), at(5, 10))).status,
            "plan_akkoord");
}

}  // namespace
