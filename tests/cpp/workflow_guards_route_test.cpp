// The rules about routes around the ordinary plan: R-CRISIS (help first), R-SEG-B
// (hospital transfer), R-REOPEN (changes with new needs), R-CLOSE-PARTIAL and
// R-PROVIDER-NOT-DRAFTING, each on its allow and deny side.
#include <gtest/gtest.h>

#include "workflow_support.hpp"

namespace {

using namespace wf_test;

Json crisis_payload(const std::string& code = "11") {
  return Json{{"jeugdige", "tim"},
              {"ondersteuningsprofiel", {{"code", code}, {"additions", {"verblijf"}}}},
              {"aanbieder", provider_json("90000101", "Crisisopvang")}};
}

Json start_agreements() {
  return Json{{"jeugdige", "tim"},
              {"agreements", {{{"id", "a-start"}, {"description", "Gesprek met moeder en groep"}, {"performer", "specialist"}}}}};
}

Json crisis_evaluation(const std::string& when) {
  return Json{{"jeugdige", "tim"}, {"evaluation", {{"id", "ev-crisis"}, {"at", when}, {"kind", "crisis"}}}};
}

Plan new_plan(const Engine& e, const Json& extra = Json::object()) {
  return apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), family_content(e.profile().id, extra)));
}

// ---- R-CRISIS ----------------------------------------------------------------------------

TEST(WorkflowCrisis, HelpStartsFirstInSegmentCWithoutPlanOrAkkoord) {
  const Engine& e = engine();
  const Plan plan = apply(e, new_plan(e), event("crisis_starten", lokaal_team(), at(2, 23), crisis_payload()));
  EXPECT_EQ(plan.status, "crisis_hulp");
  EXPECT_TRUE(plan.akkoorden.empty());
  EXPECT_TRUE(plan.versions.empty());
  EXPECT_EQ(plan.children[0].ondersteuningsprofiel->code, "11");
}

TEST(WorkflowCrisis, DeniedForANonCrisisProfile) {
  const Engine& e = engine();
  const Rejection r = rejection(e, new_plan(e), event("crisis_starten", lokaal_team(), at(2, 23), crisis_payload("3")));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-CRISIS-PROFILE"});
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-CRISIS"});
}

TEST(WorkflowCrisis, LeavingCrisisNeedsStartAgreementsAndAnEvaluation) {
  const Engine& e = engine();
  Plan plan = apply(e, new_plan(e), event("crisis_starten", lokaal_team(), at(2, 23), crisis_payload()));
  Rejection r = rejection(e, plan, event("crisis_afschalen", lokaal_team(), at(3, 9)));
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"PP-W-CRISIS-STARTAFSPRAKEN", "PP-W-CRISIS-EVALUATIE"}));
  EXPECT_EQ(r.problems[0].pointer, "/history/1");
  plan = apply(e, plan, event("startafspraken_vastleggen", aanbieder(), at(3, 10), start_agreements()));
  r = rejection(e, plan, event("crisis_afschalen", lokaal_team(), at(3, 11)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-CRISIS-EVALUATIE"});
  plan = apply(e, plan, event("evalueren", lokaal_team(), at(12, 10), crisis_evaluation(at(12, 10))));
  plan = apply(e, plan, event("crisis_afschalen", lokaal_team(), at(12, 11)));
  EXPECT_EQ(plan.status, "vraagduiding");
  EXPECT_EQ(plan.children[0].agreements.size(), 1u);
}

// ---- R-SEG-B -----------------------------------------------------------------------------

Json hospital(const std::string& segment = "B") {
  return Json{{"segment", segment}, {"entry_route", "ziekenhuis"}, {"referrer", actor("verwijzer", "kinderarts-1", "Ziekenhuis")}};
}

Plan hospital_plan(const Engine& e, const std::string& segment = "B", const std::string& start = "2026-03-04") {
  Plan plan = new_plan(e, hospital(segment));
  return apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26100", "90000101", start)}}));
}

TEST(WorkflowSegB, HospitalTransferStartsAfterTheToewijzingWithoutPlan) {
  const Engine& e = engine();
  const Plan plan = apply(e, hospital_plan(e), event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  EXPECT_EQ(plan.status, "hulp_gestart");
  EXPECT_TRUE(plan.akkoorden.empty());
}

TEST(WorkflowSegB, DeniedInSegmentC) {
  const Engine& e = engine();
  const Rejection r = rejection(e, hospital_plan(e, "C"), event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-B-SEGMENT"});
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-B"});
}

TEST(WorkflowSegB, DeniedBeforeTheToewijzingRuns) {
  const Engine& e = engine();
  const Rejection r = rejection(e, hospital_plan(e, "B", "2026-03-10"),
                                event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  // Before its toewijzing runs the provider has no standing in the case yet (R-STANDING).
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-STANDING"});
}

TEST(WorkflowSegB, DeniedWhenAnotherSpicIsAssigned) {
  const Engine& e = engine();
  Plan plan = hospital_plan(e);
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 11),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26101", "90000999", "2026-02-01")}}));
  Plan with_provider = plan;
  const Rejection r = rejection(e, plan, event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  // Both toewijzingen run; the first found is taken as the receiver, the other is the other SPIC.
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-B-OTHER-SPIC"});
  EXPECT_NE(r.problems[0].message_en.find("26101"), std::string::npos);
}

TEST(WorkflowSegB, AnEndedToewijzingOfAnotherProviderDoesNotCount) {
  const Engine& e = engine();
  Plan plan = hospital_plan(e);
  Json ended = toewijzing("26099", "90000999", "2025-09-01");
  ended["end"] = "2026-01-31";
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 11), {{"jeugdige", "tim"}, {"toewijzing", ended}}));
  EXPECT_EQ(apply(e, plan, event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}})).status,
            "hulp_gestart");
}

TEST(WorkflowSegB, DeniedOutsideAHospitalTransfer) {
  const Engine& e = engine();
  Plan plan = new_plan(e, Json{{"segment", "B"}});
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26100", "90000101", "2026-03-04")}}));
  const Rejection r = rejection(e, plan, event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-B-ROUTE"});
}

// ---- R-REOPEN ----------------------------------------------------------------------------

Json new_need() {
  return Json{{"json_patch",
               {{{"op", "add"},
                 {"path", "/children/0/results/-"},
                 {"value", {{"id", "r-tim-slaap"}, {"leefgebied", "psychische_gezondheid"}, {"description", "Tim slaapt weer"}, {"performer", "specialist"}}}}}}};
}

Json other_domain_change() {
  return Json{{"json_patch",
               {{{"op", "add"},
                 {"path", "/family_part/results/-"},
                 {"value", {{"id", "r-schuld"}, {"leefgebied", "financien"}, {"description", "Schulden op orde"}, {"performer", "lokale_toegang"}}}}}}};
}

TEST(WorkflowReopen, AChangeWithoutNewYouthCareNeedsKeepsHelpRunning) {
  const Engine& e = engine();
  const Plan plan = apply(e, plan_with_help(e), event("plan_wijzigen", moeder(), at(12, 9), other_domain_change()));
  EXPECT_EQ(plan.status, "hulp_gestart");
  EXPECT_FALSE(plan.history.back().payload.contains("youth_care_need_changed"));
}

TEST(WorkflowReopen, ANewNeedTakesThePlanBackAndHelpWaitsForTheLokaleTeam) {
  const Engine& e = engine();
  Plan plan = apply(e, plan_with_help(e), event("plan_wijzigen", moeder(), at(12, 9), new_need()));
  EXPECT_EQ(plan.status, "in_overleg_aanbieder");
  EXPECT_EQ(plan.history.back().payload["youth_care_need_changed"], true);
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(12, 10)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(12, 11)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(12, 12)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(13, 9)));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-REOPEN"}));
  EXPECT_TRUE(r.has_code("PP-W-REOPEN"));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(13, 10)));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(13, 11))).status, "hulp_gestart");
}

TEST(WorkflowReopen, TheFamilysOwnEarlierAkkoordNoLongerCountsEither) {
  const Engine& e = engine();
  Plan plan = apply(e, plan_with_help(e), event("plan_wijzigen", moeder(), at(12, 9), new_need()));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(12, 10)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(12, 11)));
  EXPECT_EQ(rejection(e, plan, event("hulp_starten", lokaal_team(), at(13, 9))).rules,
            std::vector<std::string>{"R-FAMILY-AKKOORD"});
}

TEST(WorkflowReopen, TheAuthorCanDeclareANewNeed) {
  const Engine& e = engine();
  const Plan plan = apply(e, plan_with_help(e),
                          event("plan_wijzigen", moeder(), at(12, 9),
                                {{"merge_patch", Json::object()}, {"youth_care_need_changed", true}}));
  EXPECT_EQ(plan.status, "in_overleg_aanbieder");
}

TEST(WorkflowReopen, WithoutEarlierApprovalANewNeedJustCounts) {
  // Segment B hospital transfer: nobody approved, so nobody has to approve again.
  const Engine& e = engine();
  Plan plan = apply(e, hospital_plan(e), event("hulp_starten_na_overplaatsing", aanbieder(), at(4, 9), {{"jeugdige", "tim"}}));
  plan = apply(e, plan, event("plan_wijzigen", moeder(), at(12, 9), new_need()));
  EXPECT_EQ(plan.status, "hulp_gestart");
  EXPECT_EQ(plan.history.back().payload["youth_care_need_changed"], true);
}

TEST(WorkflowReopen, ReopeningAClosedPlanNeedsNewApproval) {
  const Engine& e = engine();
  Plan plan = plan_with_help(e);
  plan = apply(e, plan, event("afronding_starten", lokaal_team(), at(20, 9)));
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10), {{"end_reason", "31"}}));
  plan = apply(e, plan, event("heropenen", moeder(), at(23, 9)));
  EXPECT_EQ(plan.status, "vraagverheldering");
  EXPECT_FALSE(plan.children[0].youth_care_closed.has_value());
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(23, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(23, 11)));
  plan = agree_to_results(e, plan, 23, 12);
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(23, 12), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(24, 9)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(24, 10)));
  EXPECT_TRUE(r.has_rule("R-REOPEN"));
  EXPECT_TRUE(r.has_rule("R-SEG-C-AKKOORD"));
}

// ---- R-CLOSE-PARTIAL -----------------------------------------------------------------------

Plan plan_in_evaluation(const Engine& e) {
  Plan plan = plan_with_help(e);
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(9, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26001", "90000101", "2026-03-09")}}));
  return apply(e, plan, event("afronding_starten", aanbieder(), at(20, 9)));
}

TEST(WorkflowClosePartial, TheYouthCarePartClosesWhileOtherDomainsStayOpen) {
  const Engine& e = engine();
  Plan plan = plan_in_evaluation(e);
  EXPECT_TRUE(rejection(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10))).has_code("PP-W-END-REASON"));
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10), {{"end_reason", "31"}}));
  EXPECT_EQ(plan.status, "jeugdhulp_afgesloten");
  EXPECT_EQ(plan.children[0].youth_care_closed, true);
  EXPECT_EQ(plan.children[0].toewijzingen[0].end->value, "2026-03-20");
  EXPECT_EQ(plan.children[0].toewijzingen[0].end_reason, "31");
  EXPECT_EQ(plan.children[0].results[0].status, perspectief::ResultStatus::gesloten);
  EXPECT_FALSE(plan.family_part.results[0].status.has_value()) << "the Wmo result stays open";
}

TEST(WorkflowClosePartial, AfrondenIsDeniedWhileAnotherDomainIsOpen) {
  const Engine& e = engine();
  const Rejection r = rejection(e, plan_in_evaluation(e), event("afronden", lokaal_team(), at(20, 10), {{"end_reason", "31"}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-CLOSE-PARTIAL-OPEN"});
  EXPECT_EQ(r.problems[0].pointer, "/family_part/results/0");
}

TEST(WorkflowClosePartial, WithNothingOpenElsewhereTheWholePlanCloses) {
  const Engine& e = engine();
  Plan plan = plan_in_evaluation(e);
  plan = apply(e, plan, event("plan_wijzigen", moeder(), at(20, 10),
                              {{"json_patch", {{{"op", "add"}, {"path", "/family_part/results/0/status"}, {"value", "behaald"}}}}}));
  const Rejection r = rejection(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 11), {{"end_reason", "31"}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-CLOSE-PARTIAL-NOTHING-OPEN"});
  EXPECT_EQ(apply(e, plan, event("afronden", lokaal_team(), at(20, 11), {{"end_reason", "31"}})).status, "afgerond");
}

// ---- R-PROVIDER-NOT-DRAFTING ---------------------------------------------------------------

Json own_result() {
  return Json{{"id", "r-aanbieder-1"},
              {"leefgebied", "psychische_gezondheid"},
              {"description", "Angstklachten verminderd (behandeldoel)"},
              {"performer", "specialist"},
              {"set_by", aanbieder()}};
}

TEST(WorkflowProviderNotDrafting, AProviderAddsItsOwnResultsAndBehandelplan) {
  const Engine& e = engine();
  const Json behandelplan{{"reference", "BP-1"}, {"author", aanbieder()}, {"summary", "Twaalf sessies CGT"}};
  const Plan plan = apply(e, plan_ready_for_akkoord(e),
                          event("plan_wijzigen", aanbieder(), at(5, 11),
                                {{"json_patch", {{{"op", "add"}, {"path", "/children/0/results/-"}, {"value", own_result()}},
                                                 {{"op", "add"}, {"path", "/children/0/behandelplan"}, {"value", behandelplan}}}}}));
  EXPECT_EQ(plan.children[0].results.size(), 2u);
  EXPECT_EQ(plan.children[0].behandelplan->reference, "BP-1");
  EXPECT_FALSE(plan.history.back().payload.contains("youth_care_need_changed")) << "a provider's own result is no new need";
}

TEST(WorkflowProviderNotDrafting, AProviderMayNotChangeTheFamilysPlan) {
  const Engine& e = engine();
  const Rejection r = rejection(e, plan_ready_for_akkoord(e),
                                event("plan_wijzigen", aanbieder(), at(5, 11),
                                      {{"json_patch", {{{"op", "replace"}, {"path", "/children/0/results/0/description"}, {"value", "Anders"}},
                                                       {{"op", "add"}, {"path", "/family_part/hulpvragen/-"}, {"value", {{"member", "anna"}, {"text", "x"}}}}}}}));
  // What is not the provider's is not given to it to read or change either: R-CHANGE-SCOPE
  // refuses before R-PROVIDER-NOT-DRAFTING is asked (security_change_scope_test.cpp).
  EXPECT_EQ(r.codes(), (std::vector<std::string>{"PP-W-CHANGE-SCOPE"}));
}

TEST(WorkflowProviderNotDrafting, AnotherProvidersResultIsNotOwn) {
  const Engine& e = engine();
  Plan plan = apply(e, plan_ready_for_akkoord(e),
                    event("plan_wijzigen", aanbieder(), at(5, 11),
                          {{"json_patch", {{{"op", "add"}, {"path", "/children/0/results/-"}, {"value", own_result()}}}}}));
  EXPECT_TRUE(rejection(e, plan,
                        event("plan_wijzigen", andere_aanbieder(), at(5, 12),
                              {{"json_patch", {{{"op", "remove"}, {"path", "/children/0/results/1"}}}}}))
                  .has_code("PP-W-STANDING"));  // not chosen, no toewijzing: no standing (R-STANDING)
}

// Involving the provider in drafting lifts R-PROVIDER-NOT-DRAFTING, not the sharing rules:
// the provider changes the family's results only where the region's policy lets it
// amend them (R-CHANGE-SCOPE); the built-in policies do not.
TEST(WorkflowProviderNotDrafting, WhenTheReferrerInvolvesTheProviderTheSharingRulesStillHold) {
  const Engine& e = engine();
  Plan plan = apply(e, plan_ready_for_akkoord(e), event("plan_wijzigen", lokaal_team(), at(5, 11), {{"merge_patch", {{"provider_drafting", true}}}}));
  const Json change = event("plan_wijzigen", aanbieder(), at(5, 12),
                            {{"json_patch", {{{"op", "replace"}, {"path", "/children/0/results/0/description"}, {"value", "Anders"}}}}});
  EXPECT_TRUE(rejection(e, plan, change).has_code("PP-W-CHANGE-SCOPE"));
}

TEST(WorkflowProviderNotDrafting, OnlyAReferrerDecidesThat) {
  const Engine& e = engine();
  const Rejection by_family = rejection(e, plan_ready_for_akkoord(e),
                                        event("plan_wijzigen", moeder(), at(5, 11), {{"merge_patch", {{"provider_drafting", true}}}}));
  EXPECT_EQ(by_family.codes(), std::vector<std::string>{"PP-W-PROVIDER-DRAFTING-BY"});
  Json content = family_content();
  content["provider_drafting"] = true;
  EXPECT_TRUE(rejection(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content)).has_rule("R-PROVIDER-NOT-DRAFTING"));
  EXPECT_EQ(apply(e, Plan{}, event("plan_aanmaken", huisarts(), at(2, 9), content)).provider_drafting, true);
}

}  // namespace
