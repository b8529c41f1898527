// Issue #11, "per jeugdige": segment, kader and the help's state belong to each jeugdige
// (DOMAIN.md R-SEG-KNOWN, R-KADER-CHANGE), so a family with one child in segment B and a
// sibling in C is plannable, a supervision order for one child changes that child's kader
// only, and help starts and closes per jeugdige (R-CLOSE-PARTIAL). Each rule on its allow
// and deny side; the sharing rules follow the jeugdige's kader (sharing/case_file/dwangkader.hpp).
#include <gtest/gtest.h>

#include "sharing/case_file/dwangkader.hpp"
#include "workflow_support.hpp"
#include "perspectief/workflow.hpp"

namespace {

using namespace wf_test;
using perspectief::HelpState;
using perspectief::Kader;
using perspectief::Segment;

// The test family with each jeugdige's segment: Tim (14, children[0]) and Lotte (9).
Json content_with_segments(const Json& tim_segment, const Json& lotte_segment, const Json& extra = Json::object()) {
  Json content = family_content("amsterdam-zaanstreek", extra);
  content["children"][0].erase("segment");
  content["children"][1].erase("segment");
  if (!tim_segment.is_null()) content["children"][0]["segment"] = tim_segment;
  if (!lotte_segment.is_null()) content["children"][1]["segment"] = lotte_segment;
  return content;
}

// Walked to plan_akkoord: results agreed by Anna and Tim, a provider chosen for both
// children, Tim's toewijzing from day 5 (Lotte's too when `with_lotte_toewijzing`), the
// version fixed, and the plan agreed by Anna and Tim (the family, R-FAMILY-AKKOORD). No
// lokale-team or GI akkoord.
Plan agreed_by_the_family(const Engine& e, const Json& content, bool with_lotte_toewijzing = false) {
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = agree_to_results(e, plan, 4, 10);
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10, 5), {{"jeugdige", "lotte"}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(5, 9),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-TIM-1", "90000101", "2026-03-05")}}));
  if (with_lotte_toewijzing) {
    plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(5, 9, 30),
                                {{"jeugdige", "lotte"}, {"toewijzing", toewijzing("T-LOTTE-1", "90000101", "2026-03-05")}}));
  }
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 10)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  return apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
}

perspectief::workflow::Check check(const Engine& e, const Plan& plan, const Json& ev) {
  return perspectief::workflow::check(e, plan, perspectief::workflow::event_from_json(ev));
}

Json start_for(const std::string& jeugdige) { return Json{{"jeugdige", jeugdige}}; }

Json lotte_toewijzing() {
  return Json{{"jeugdige", "lotte"}, {"toewijzing", toewijzing("T-LOTTE-1", "90000101", "2026-03-05")}};
}

Json kader_change(const std::string& jeugdige, const std::string& kader, const std::string& date,
                  const std::string& basis = "ondertoezichtstelling, BW 1:255, beschikking rechtbank Amsterdam") {
  return Json{{"jeugdige", jeugdige}, {"kader", kader}, {"date", date}, {"basis", basis}};
}

const perspectief::Problem* problem_with(const Rejection& r, const std::string& code) {
  for (const auto& p : r.problems) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

// ---- R-SEG-KNOWN: segments per jeugdige ------------------------------------------------------

TEST(WorkflowPerJeugdige, SiblingsInSegmentsBAndCArePlannableAndEachFollowsItsOwnSegment) {
  const Engine& e = engine();
  // Tim in B: his help starts with the family's akkoord; segment C's lokale-team akkoord
  // is Lotte's rule, not his (R-SEG-C-AKKOORD allow side, per jeugdige).
  const Plan b_and_c = agreed_by_the_family(e, content_with_segments("B", "C"), true);
  const Plan started = apply(e, b_and_c, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  EXPECT_EQ(started.status, "hulp_gestart");
  EXPECT_EQ(started.children[0].help, HelpState::hulp_gestart);
  EXPECT_FALSE(started.children[1].help.has_value());
  EXPECT_EQ(started.history.back().payload, start_for("tim"));
  EXPECT_EQ(started.version, b_and_c.version);  // the help state is bookkeeping, not content

  // Lotte in C: her help needs the lokale team's akkoord (deny side, naming her).
  Plan lotte = started;
  const Rejection r = rejection(e, lotte, event("hulp_starten", lokaal_team(), at(9, 11), start_for("lotte")));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-C-AKKOORD"});
  ASSERT_NE(problem_with(r, "PP-W-SEG-C-AKKOORD"), nullptr);
  EXPECT_NE(problem_with(r, "PP-W-SEG-C-AKKOORD")->message_en.find("Lotte"), std::string::npos);
  lotte = apply(e, lotte, event("akkoord_geven", lokaal_team(), at(9, 11)));
  lotte = apply(e, lotte, event("hulp_starten", lokaal_team(), at(9, 12), start_for("lotte")));
  EXPECT_EQ(lotte.status, "hulp_gestart");  // a sibling's start keeps the family's state
  EXPECT_EQ(lotte.children[1].help, HelpState::hulp_gestart);
}

// Help starts per jeugdige, so while Tim's help runs the family still chooses (or changes)
// the provider for Lotte, whose help has not started; Tim's provider is not swapped under
// running help: that is a plan change with new youth-care needs (R-REOPEN).
TEST(WorkflowPerJeugdige, WhileHelpRunsTheFamilyChoosesASiblingsProviderButNotOneForRunningHelp) {
  const Engine& e = engine();
  const Plan started = apply(e, agreed_by_the_family(e, content_with_segments("B", "B")),
                             event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  ASSERT_EQ(started.status, "hulp_gestart");
  const Json other = provider_json("90000199", "Jeugdhulp Zaan");
  const Plan chosen = apply(e, started, event("aanbieder_kiezen", moeder(), at(9, 10), {{"jeugdige", "lotte"}, {"aanbieder", other}}));
  EXPECT_EQ(chosen.status, "hulp_gestart");  // the family's trajectory stays where it is
  ASSERT_TRUE(chosen.children[1].aanbieder.has_value());
  EXPECT_EQ(chosen.children[1].aanbieder->id, "90000199");
  const Rejection running =
      rejection(e, started, event("aanbieder_kiezen", moeder(), at(9, 10), {{"jeugdige", "tim"}, {"aanbieder", other}}));
  EXPECT_EQ(running.codes(), std::vector<std::string>{"PP-W-HULP-RUNS"});
  EXPECT_EQ(running.rules, std::vector<std::string>{"R-REOPEN"});
  EXPECT_EQ(running.problems.front().pointer, "/payload/jeugdige");
}

TEST(WorkflowPerJeugdige, AChildInSegmentCNeedsTheLokaleTeamWhateverItsSiblingsSegment) {
  const Engine& e = engine();
  const Plan c_and_b = agreed_by_the_family(e, content_with_segments("C", "B"));
  const Rejection r = rejection(e, c_and_b, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-C-AKKOORD"});
}

TEST(WorkflowPerJeugdige, AnUnknownSegmentStopsOnlyThatJeugdigesHelp) {
  const Engine& e = engine();
  const Plan plan = agreed_by_the_family(e, content_with_segments("B", nullptr));
  // Tim's segment is known: his help starts.
  EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim"))).status, "hulp_gestart");
  // Lotte's is not (R-SEG-KNOWN, at her part), whatever the toewijzing.
  const Plan lotte = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(9, 8), lotte_toewijzing()));
  const Rejection r = rejection(e, lotte, event("hulp_starten", aanbieder(), at(9, 9), start_for("lotte")));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-SEG-KNOWN"});
  EXPECT_EQ(r.problems[0].pointer, "/children/1/segment");
}

TEST(WorkflowPerJeugdige, SegmentVaststellenRecordsOneJeugdigesSegmentOrEveryones) {
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content_with_segments(nullptr, nullptr)));
  plan = apply(e, plan, event("segment_vaststellen", lokaal_team(), at(2, 10), {{"jeugdige", "lotte"}, {"segment", "B"}}));
  EXPECT_FALSE(plan.children[0].segment.has_value());
  EXPECT_EQ(plan.children[1].segment, Segment::B);
  // Without `jeugdige` (as plan@1 histories have it) it is every jeugdige's.
  plan = apply(e, plan, event("segment_vaststellen", lokaal_team(), at(2, 11), {{"segment", "C"}}));
  EXPECT_EQ(plan.children[0].segment, Segment::C);
  EXPECT_EQ(plan.children[1].segment, Segment::C);
  const Rejection r =
      rejection(e, plan, event("segment_vaststellen", lokaal_team(), at(2, 12), {{"jeugdige", "piet"}, {"segment", "B"}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-JEUGDIGE"});
  EXPECT_EQ(r.problems[0].pointer, "/payload/jeugdige");
}

// ---- R-REFERRER-C and R-SEG-B per jeugdige ---------------------------------------------------

TEST(WorkflowPerJeugdige, RReferrerCFollowsTheJeugdigesInSegmentC) {
  const Engine& e = engine();
  const Json referral{{"entry_route", "verwijzer"}, {"referrer", huisarts()}};
  auto fixed_by_the_huisarts = [&](const Json& content) {
    Plan plan = apply(e, Plan{}, event("plan_aanmaken", huisarts(), at(2, 9), content));
    plan = apply(e, plan, event("vraagverheldering_starten", huisarts(), at(2, 10)));
    plan = apply(e, plan, event("vraag_duiden", huisarts(), at(3, 10)));
    plan = apply(e, plan, event("resultaten_vaststellen", huisarts(), at(3, 11)));
    plan = agree_to_results(e, plan, 4, 10);
    plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
    return check(e, plan, event("versie_vaststellen", huisarts(), at(5, 10)));
  };
  // Every jeugdige in segment B: the referrer fixes the version (allow side).
  EXPECT_TRUE(fixed_by_the_huisarts(content_with_segments("B", "B", referral)).allowed);
  // A sibling in segment C makes it the lokale team's to fix (deny side).
  const auto check = fixed_by_the_huisarts(content_with_segments("B", "C", referral));
  EXPECT_FALSE(check.allowed);
  EXPECT_EQ(check.rules, std::vector<std::string>{"R-REFERRER-C"});
}

TEST(WorkflowPerJeugdige, RSegBFollowsTheTransferredJeugdigesSegment) {
  const Engine& e = engine();
  const Json hospital{{"entry_route", "ziekenhuis"}, {"referrer", actor("verwijzer", "kinderarts-1", "Ziekenhuis")}};
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), content_with_segments("C", "B", hospital)));
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 9), lotte_toewijzing()));
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(3, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-TIM-9", "90000101", "2026-03-04")}}));
  const Json lotte_moves{{"jeugdige", "lotte"}, {"aanbieder", provider_json()}};
  const Plan started = apply(e, plan, event("hulp_starten_na_overplaatsing", aanbieder(), at(5, 9), lotte_moves));
  EXPECT_EQ(started.children[1].help, HelpState::hulp_gestart);
  const Json tim_moves{{"jeugdige", "tim"}, {"aanbieder", provider_json()}};
  const Rejection r = rejection(e, plan, event("hulp_starten_na_overplaatsing", aanbieder(), at(5, 9), tim_moves));
  ASSERT_NE(problem_with(r, "PP-W-SEG-B-SEGMENT"), nullptr);
  EXPECT_EQ(problem_with(r, "PP-W-SEG-B-SEGMENT")->pointer, "/children/0/segment");
}

// ---- Help per jeugdige -------------------------------------------------------------------------

TEST(WorkflowPerJeugdige, HelpStartsPerJeugdigeUnderItsOwnToewijzing) {
  const Engine& e = engine();
  Plan plan = apply(e, agreed_by_the_family(e, content_with_segments("B", "B")),
                    event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  // Lotte has a provider but no toewijzing: R-TOEWIJZING at her part, and only hers.
  const Rejection r = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 10), start_for("lotte")));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-TOEWIJZING"});
  EXPECT_EQ(r.problems[0].pointer, "/children/1/toewijzingen");
  // Tim's help already runs.
  const Rejection again = rejection(e, plan, event("hulp_starten", lokaal_team(), at(9, 10), start_for("tim")));
  EXPECT_EQ(again.codes(), std::vector<std::string>{"PP-W-HULP-RUNS"});
  EXPECT_EQ(again.problems[0].pointer, "/children/0/help");
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(9, 11), lotte_toewijzing()));
  plan = apply(e, plan, event("hulp_starten", lokaal_team(), at(9, 12), start_for("lotte")));
  EXPECT_EQ(plan.children[1].help, HelpState::hulp_gestart);
  // A jeugdige without a provider, or without a part, does not start.
  Json no_provider = content_with_segments("B", "B");
  const Plan family = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), no_provider));
  EXPECT_TRUE(check(e, family, event("hulp_starten", lokaal_team(), at(2, 10), start_for("piet"))).problems.size() >= 1);
}

TEST(WorkflowPerJeugdige, TheYouthCarePartClosesPerJeugdigeAndThePlanOnlyWhenAllAreClosed) {
  const Engine& e = engine();
  Plan plan = apply(e, agreed_by_the_family(e, content_with_segments("B", "B")),
                    event("toewijzing_vastleggen", lokaal_team(), at(6, 10), lotte_toewijzing()));
  plan = apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9)));  // every jeugdige with a provider
  ASSERT_EQ(plan.children[0].help, HelpState::hulp_gestart);
  ASSERT_EQ(plan.children[1].help, HelpState::hulp_gestart);

  // Tim's help ends while Lotte's goes on (R-CLOSE-PARTIAL allow side): the plan stays.
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 9), {{"jeugdige", "tim"}, {"end_reason", "31"}}));
  EXPECT_EQ(plan.status, "hulp_gestart");
  EXPECT_EQ(plan.children[0].youth_care_closed, true);
  EXPECT_FALSE(plan.children[0].help.has_value());
  EXPECT_EQ(plan.children[0].toewijzingen[0].end->value, "2026-03-20");
  EXPECT_EQ(plan.children[0].results[0].status, perspectief::ResultStatus::gesloten);
  EXPECT_FALSE(plan.children[1].youth_care_closed.has_value());
  EXPECT_FALSE(plan.children[1].toewijzingen[0].end.has_value());
  // Closed once.
  EXPECT_TRUE(rejection(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10), {{"jeugdige", "tim"}}))
                  .has_code("PP-W-JEUGDHULP-CLOSED"));
  // The last part closes in the afronding, where the plan as a whole is looked at.
  const Rejection last =
      rejection(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10), {{"jeugdige", "lotte"}, {"end_reason", "31"}}));
  EXPECT_EQ(last.codes(), std::vector<std::string>{"PP-W-CLOSE-PARTIAL-LAST"});
  EXPECT_EQ(last.rules, std::vector<std::string>{"R-CLOSE-PARTIAL"});
  plan = apply(e, plan, event("afronding_starten", lokaal_team(), at(21, 9)));
  // afronden closes the whole plan; one jeugdige's part is jeugdhulp_afsluiten's.
  EXPECT_TRUE(rejection(e, plan, event("afronden", lokaal_team(), at(21, 10), {{"jeugdige", "lotte"}})).has_code("PP-W-PAYLOAD"));
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(21, 10), {{"jeugdige", "lotte"}, {"end_reason", "31"}}));
  // Every part is closed and the Wmo result stays open: jeugdhulp_afgesloten.
  EXPECT_EQ(plan.status, "jeugdhulp_afgesloten");
  EXPECT_EQ(plan.children[1].youth_care_closed, true);
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::workflow::replay(e, plan)), perspectief::plan_to_canonical(plan));
}

TEST(WorkflowPerJeugdige, ClosingOneOfTwoPartsInTheAfrondingKeepsThePlanThere) {
  const Engine& e = engine();
  Plan plan = apply(e, agreed_by_the_family(e, content_with_segments("B", "B")),
                    event("toewijzing_vastleggen", lokaal_team(), at(6, 10), lotte_toewijzing()));
  plan = apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9)));
  plan = apply(e, plan, event("afronding_starten", lokaal_team(), at(20, 9)));
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 10), {{"jeugdige", "tim"}, {"end_reason", "31"}}));
  EXPECT_EQ(plan.status, "evaluatie");  // Lotte's part is open (R-CLOSE-PARTIAL condition)
}

// ---- R-KADER-CHANGE ------------------------------------------------------------------------------

TEST(WorkflowKaderChange, ASupervisionOrderForOneChildIsRecordedWithItsBasisDateAndAuthor) {
  const Engine& e = engine();
  const Plan before = agreed_by_the_family(e, content_with_segments("C", "C"));
  const Plan plan = apply(e, before, event("kader_wijzigen", lokaal_team(), at(7, 9), kader_change("tim", "dwang", "2026-03-06")));
  EXPECT_EQ(plan.children[0].kader, Kader::dwang);
  EXPECT_EQ(plan.children[1].kader, Kader::vrijwillig);  // the sibling's kader is her own
  ASSERT_EQ(plan.children[0].kader_changes.size(), 1u);
  const perspectief::KaderChange& change = plan.children[0].kader_changes[0];
  EXPECT_EQ(change.kader, Kader::dwang);
  EXPECT_EQ(change.previous, Kader::vrijwillig);
  EXPECT_EQ(change.date.value, "2026-03-06");
  EXPECT_EQ(change.basis, "ondertoezichtstelling, BW 1:255, beschikking rechtbank Amsterdam");
  EXPECT_EQ(change.recorded_by.person, "lt-042");
  EXPECT_EQ(change.at.value, at(7, 9));
  EXPECT_EQ(plan.history.back().event, "kader_wijzigen");
  EXPECT_EQ(plan.version, before.version + 1);  // the kader is content
  // The sharing rules ask the same: Tim is in the dwangkader, Lotte is not.
  EXPECT_TRUE(perspectief::sharing::in_dwangkader(plan, "tim"));
  EXPECT_FALSE(perspectief::sharing::in_dwangkader(plan, "lotte"));
  EXPECT_TRUE(e.validate(plan).empty()) << pp_test::describe(e.validate(plan));
}

TEST(WorkflowKaderChange, IsRefusedWithoutChangeBasisOrAPlausibleDateAndByOtherRoles) {
  const Engine& e = engine();
  const Plan plan = agreed_by_the_family(e, content_with_segments("C", "C"));
  auto codes = [&](const Json& by, const Json& payload) { return rejection(e, plan, event("kader_wijzigen", by, at(7, 9), payload)); };
  const Rejection same = codes(lokaal_team(), kader_change("tim", "vrijwillig", "2026-03-06"));
  EXPECT_EQ(same.codes(), std::vector<std::string>{"PP-W-KADER-SAME"});
  EXPECT_EQ(same.rules, std::vector<std::string>{"R-KADER-CHANGE"});
  const Rejection basis = codes(lokaal_team(), kader_change("tim", "dwang", "2026-03-06", "  "));
  EXPECT_EQ(basis.codes(), std::vector<std::string>{"PP-W-KADER-BASIS"});
  EXPECT_EQ(basis.problems[0].pointer, "/payload/basis");
  const Rejection future = codes(lokaal_team(), kader_change("tim", "dwang", "2026-03-08"));
  EXPECT_EQ(future.codes(), std::vector<std::string>{"PP-W-KADER-DATE"});
  EXPECT_EQ(future.problems[0].pointer, "/payload/date");
  EXPECT_TRUE(codes(moeder(), kader_change("tim", "dwang", "2026-03-06")).has_code("PP-W-ROLE"));
  EXPECT_TRUE(codes(lokaal_team(), kader_change("anna", "dwang", "2026-03-06")).has_code("PP-W-JEUGDIGE"));
  EXPECT_TRUE(codes(lokaal_team(), Json{{"jeugdige", "tim"}, {"kader", "dwang"}}).has_code("PP-S-REQUIRED"));
  // Not before the jeugdige's previous change.
  const Plan changed = apply(e, plan, event("kader_wijzigen", lokaal_team(), at(7, 9), kader_change("tim", "dwang", "2026-03-06")));
  const Rejection earlier =
      rejection(e, changed, event("kader_wijzigen", gi(), at(7, 10), kader_change("tim", "vrijwillig", "2026-03-01", "OTS vervallen")));
  EXPECT_EQ(earlier.codes(), std::vector<std::string>{"PP-W-KADER-DATE"});
}

TEST(WorkflowKaderChange, AfterTheChangeTheNewKadersGuardsApply) {
  const Engine& e = engine();
  Plan plan = agreed_by_the_family(e, content_with_segments("C", "C"));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  // Vrijwillig: the GI's akkoord does not count (R-DWANG-GI deny side on akkoord_geven).
  EXPECT_TRUE(rejection(e, plan, event("akkoord_geven", gi(), at(7, 8))).has_code("PP-W-STANDING"));
  plan = apply(e, plan, event("kader_wijzigen", lokaal_team(), at(7, 9), kader_change("tim", "dwang", "2026-03-06")));
  // The kader is content: the plan is fixed again and agreed on that version.
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(7, 10)));
  // Dwang for Tim: the GI (assigned, now with standing) gives the akkoord that counts for
  // him; before it, his help does not start (R-DWANG-GI, R-SEG-C-AKKOORD with the GI).
  const Rejection without_gi = rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  EXPECT_EQ(without_gi.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-DWANG-GI"}));
  plan = apply(e, plan, event("akkoord_geven", gi(), at(9, 8)));
  plan = apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim")));
  EXPECT_EQ(plan.children[0].help, HelpState::hulp_gestart);
  // The measure ends: back to vrijwillig, recorded by the GI; from then on the GI's akkoord
  // is refused again (R-DWANG-GI on akkoord_geven, by the lokale team's record).
  plan = apply(e, plan, event("kader_wijzigen", gi(), at(20, 9), kader_change("tim", "vrijwillig", "2026-03-20", "OTS beeindigd")));
  EXPECT_EQ(plan.children[0].kader, Kader::vrijwillig);
  ASSERT_EQ(plan.children[0].kader_changes.size(), 2u);
  EXPECT_EQ(plan.children[0].kader_changes[1].previous, Kader::dwang);
  EXPECT_FALSE(perspectief::sharing::in_dwangkader(plan, "tim"));
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::workflow::replay(e, plan)), perspectief::plan_to_canonical(plan));
}

TEST(WorkflowKaderChange, TheGisAkkoordCountsWhileAJeugdigeIsInTheDwangkader) {
  const Engine& e = engine();
  Plan plan = agreed_by_the_family(e, content_with_segments("B", "B"));
  plan = apply(e, plan, event("kader_wijzigen", lokaal_team(), at(7, 9), kader_change("lotte", "dwang", "2026-03-07")));
  // The kader is content: the plan is fixed again and agreed on that version.
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(7, 9, 30)));
  // Allow side of R-DWANG-GI on akkoord_geven: Lotte is in the dwangkader.
  plan = apply(e, plan, event("akkoord_geven", gi(), at(7, 10)));
  EXPECT_EQ(plan.history.back().event, "akkoord_geven");
  // Tim (vrijwillig) still needs his family's akkoord on the version now fixed.
  EXPECT_EQ(rejection(e, plan, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim"))).rules,
            std::vector<std::string>{"R-FAMILY-AKKOORD"});
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(7, 11)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(7, 11, 5)));
  // Tim (vrijwillig, segment B) starts with the family's akkoord; the GI's is Lotte's rule.
  EXPECT_EQ(apply(e, plan, event("hulp_starten", aanbieder(), at(9, 9), start_for("tim"))).children[0].help,
            HelpState::hulp_gestart);
  // Lotte's start asks for the GI's akkoord (R-DWANG-GI deny side), not the family's: on
  // the plan before the GI agreed, only the GI's akkoord is missing for her.
  Plan lotte = agreed_by_the_family(e, content_with_segments("B", "B"), true);
  lotte = apply(e, lotte, event("kader_wijzigen", lokaal_team(), at(7, 9), kader_change("lotte", "dwang", "2026-03-07")));
  lotte = apply(e, lotte, event("versie_vaststellen", lokaal_team(), at(7, 9, 30)));
  const Rejection r = rejection(e, lotte, event("hulp_starten", aanbieder(), at(9, 9), start_for("lotte")));
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-DWANG-GI"});
  ASSERT_NE(problem_with(r, "PP-W-DWANG-GI"), nullptr);
  EXPECT_NE(problem_with(r, "PP-W-DWANG-GI")->message_en.find("Lotte"), std::string::npos);
}

}  // namespace
