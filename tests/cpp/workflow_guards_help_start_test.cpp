// The rules every start of specialist help meets, in every region: R-SEG-KNOWN (the
// jeugdige's segment is known where the region has segments) and R-TOEWIJZING (a
// toewijzing for that jeugdige and that provider runs on the start date; crisis is the
// exception). Each on its allow and deny side, and the bypass of issue #11: a plan
// without a segment started by the provider without any akkoord or toewijzing.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;

const std::vector<std::string> kRegions{"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"};

// The plan walked from creation to the family's akkoord on the fixed version: results
// agreed, provider chosen, version fixed, Anna and Tim agreed. No lokale-team akkoord yet.
Plan agreed_by_the_family(const Engine& e, const Json& content) {
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(4, 9, 30), {{"scope", "resultaten"}}));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(4, 9, 35), {{"scope", "resultaten"}}));
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 10)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  return apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
}

// The family part's plan fixed and agreed by Anna and Tim and the lokale team, but without
// the toewijzing the support helper records.
Plan agreed_without_toewijzing(const Engine& e, const Json& extra = Json::object()) {
  Json content = family_content(e.profile().id, extra);
  content["plan_type"] = perspectief::to_string(e.profile().plan_term);  // FoodValley: ondersteuningsplan
  return apply(e, agreed_by_the_family(e, content), event("akkoord_geven", lokaal_team(), at(6, 10)));
}

Json tim_toewijzing(const std::string& number, const std::string& provider, const std::string& start,
                    const std::string& end = {}) {
  Json t = toewijzing(number, provider, start);
  if (!end.empty()) t["end"] = end;
  return Json{{"jeugdige", "tim"}, {"toewijzing", t}};
}

// ---- R-TOEWIJZING ------------------------------------------------------------------------

TEST(WorkflowToewijzing, DeniesStartWithoutAToewijzingInEveryRegion) {
  for (const std::string& region : kRegions) {
    const Engine& e = engine(region);
    const Rejection r = rejection(e, agreed_without_toewijzing(e), event("hulp_starten", aanbieder(), at(9, 9)));
    EXPECT_TRUE(r.has_rule("R-TOEWIJZING")) << region << ": " << pp_test::describe(r.problems);
    ASSERT_TRUE(r.has_code("PP-W-TOEWIJZING")) << region;
    for (const auto& p : r.problems) {
      if (p.code == "PP-W-TOEWIJZING") {
        EXPECT_EQ(p.pointer, "/children/0/toewijzingen") << region;
      }
    }
  }
}

TEST(WorkflowToewijzing, AllowsStartUnderARunningToewijzingInEveryRegion) {
  for (const std::string& region : kRegions) {
    const Engine& e = engine(region);
    Plan plan = agreed_without_toewijzing(e);
    plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(6, 11), tim_toewijzing("T-1", "90000101", "2026-03-09")));
    EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart") << region;
  }
}

TEST(WorkflowToewijzing, DeniesAToewijzingThatHasNotStartedOrHasEnded) {
  const Engine& e = engine();
  Plan later = apply(e, agreed_without_toewijzing(e),
                     event("toewijzing_vastleggen", lokaal_team(), at(6, 11), tim_toewijzing("T-1", "90000101", "2026-03-10")));
  EXPECT_TRUE(rejection(e, later, event("hulp_starten", aanbieder(), at(9, 9))).has_code("PP-W-TOEWIJZING"));
  Plan ended = apply(e, agreed_without_toewijzing(e),
                     event("toewijzing_vastleggen", lokaal_team(), at(6, 11),
                           tim_toewijzing("T-1", "90000101", "2026-03-01", "2026-03-08")));
  EXPECT_TRUE(rejection(e, ended, event("hulp_starten", aanbieder(), at(9, 9))).has_code("PP-W-TOEWIJZING"));
  // The end date itself still counts.
  Plan last_day = apply(e, agreed_without_toewijzing(e),
                        event("toewijzing_vastleggen", lokaal_team(), at(6, 11),
                              tim_toewijzing("T-1", "90000101", "2026-03-01", "2026-03-09")));
  EXPECT_EQ(apply(e, last_day, event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowToewijzing, DeniesAToewijzingToAnotherProvider) {
  // An attacker's shortcut: a running toewijzing to some other provider does not let the
  // chosen provider start.
  const Engine& e = engine();
  Plan plan = apply(e, agreed_without_toewijzing(e),
                    event("toewijzing_vastleggen", lokaal_team(), at(6, 11), tim_toewijzing("T-9", "90000999", "2026-03-01")));
  EXPECT_TRUE(rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).has_code("PP-W-TOEWIJZING"));
}

TEST(WorkflowToewijzing, DeniesAToewijzingOfAnotherJeugdige) {
  const Engine& e = engine();
  Plan plan = apply(e, agreed_without_toewijzing(e),
                    event("toewijzing_vastleggen", lokaal_team(), at(6, 11),
                          {{"jeugdige", "lotte"}, {"toewijzing", toewijzing("T-L", "90000101", "2026-03-01")}}));
  EXPECT_TRUE(rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).has_code("PP-W-TOEWIJZING"));
}

TEST(WorkflowToewijzing, CrisisStartsFirstAndRegularHelpAfterItNeedsTheToewijzing) {
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), family_content()));
  // The exception: no toewijzing yet, help starts.
  plan = apply(e, plan, event("crisis_starten", lokaal_team(), at(2, 22),
                              {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "11"}}}, {"aanbieder", provider_json()}}));
  EXPECT_EQ(plan.status, "crisis_hulp");
  plan = apply(e, plan, event("startafspraken_vastleggen", lokaal_team(), at(3, 10),
                              {{"jeugdige", "tim"},
                               {"agreements", {{{"id", "a-1"}, {"description", "Dagelijks contact"}, {"performer", "specialist"}}}}}));
  plan = apply(e, plan, event("evalueren", lokaal_team(), at(10, 10),
                              {{"jeugdige", "tim"}, {"evaluation", {{"id", "ev-c"}, {"at", at(10, 10)}, {"kind", "crisis"}}}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(10, 11)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(10, 12)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(10, 12, 5)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(10, 13)));
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(11, 9)));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-TOEWIJZING"});
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(11, 8), tim_toewijzing("T-C", "90000101", "2026-03-02")));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", lokaal_team(), at(11, 9))).status, "hulp_gestart");
}

// ---- R-SEG-KNOWN ------------------------------------------------------------------------

TEST(WorkflowSegKnown, DeniesStartWhileTheSegmentIsUnknown) {
  const Engine& e = engine();
  Plan plan = plan_with_akkoorden(e, {{"segment", nullptr}});
  ASSERT_FALSE(plan.children[0].segment.has_value());
  const Rejection r = rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-SEG-KNOWN"});
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-KNOWN"});
  EXPECT_EQ(r.problems[0].pointer, "/children/0/segment");
}

TEST(WorkflowSegKnown, AllowsStartOnceTheSegmentIsRecorded) {
  const Engine& e = engine();
  Plan plan = plan_with_akkoorden(e, {{"segment", nullptr}});
  plan = apply(e, plan, event("segment_vaststellen", lokaal_team(), at(6, 11), {{"segment", "B"}}));
  EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart");
}

TEST(WorkflowSegKnown, DoesNotApplyInARegionWithoutSegments) {
  const Engine& e = engine("foodvalley");
  Plan plan = apply(e, agreed_without_toewijzing(e),
                    event("toewijzing_vastleggen", lokaal_team(), at(6, 11), tim_toewijzing("T-1", "90000101", "2026-03-09")));
  ASSERT_FALSE(plan.children[0].segment.has_value());
  EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).status, "hulp_gestart");
}

// The bypass of issue #11: an Amsterdam plan without a segment, walked by the provider
// to hulp_gestart with only the family's akkoord and no toewijzing, is refused for both.
TEST(WorkflowSegKnown, TheIssue11BypassIsClosed) {
  const Engine& e = engine();
  Plan plan = agreed_by_the_family(e, family_content("amsterdam-zaanstreek", {{"segment", nullptr}}));
  const Rejection r = rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9)));
  EXPECT_EQ(r.rules, (std::vector<std::string>{"R-SEG-KNOWN", "R-TOEWIJZING"}));
  // Recording segment C then asks for the lokale team's akkoord as well.
  plan = apply(e, plan, event("segment_vaststellen", lokaal_team(), at(6, 11), {{"segment", "C"}}));
  EXPECT_EQ(rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9))).rules,
            (std::vector<std::string>{"R-TOEWIJZING", "R-SEG-C-AKKOORD"}));
}

TEST(WorkflowSegKnown, AvailableEventsShowsWhyHelpCannotStart) {
  const Engine& e = engine();
  const Plan plan = plan_with_akkoorden(e, {{"segment", nullptr}});
  const Json options = perspectief::json_api::available_events(e, plan, aanbieder(), at(9, 9));
  bool seen = false;
  for (const Json& option : options) {
    if (option["event"] != "hulp_starten") continue;
    seen = true;
    EXPECT_FALSE(option["allowed"].get<bool>());
    EXPECT_EQ(option["rules"], Json::array({"R-SEG-KNOWN"}));
  }
  EXPECT_TRUE(seen);
}

}  // namespace
