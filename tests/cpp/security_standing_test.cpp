// R-STANDING, as attackers entitled to call the library would try it: an uninvolved
// lokale-team worker, an unrecorded GI, a stranger recording a toewijzing, a parent
// widening her own access. Each attack is refused; the entitled actor is allowed.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;

Json lt_stranger() { return actor("lokaal_team", "lt-999", "Buurtteam Oost"); }
Json gi_stranger() { return actor("gi", "gi-666", "Jeugdbescherming Regio"); }

Json read_request(const Json& party, const std::string& when = at(20, 9), const std::string& action = "read") {
  return Json{{"requester", party}, {"action", action}, {"purpose", "uitvoering"}, {"channel", "portaal"}, {"at", when}};
}

// How many parts the party may read (or, with action "amend", change).
std::size_t readable(const Engine& e, const Plan& plan, const Json& party, const std::string& action = "read") {
  const Json decision = perspectief::json_api::decide(e, plan, read_request(party, at(20, 9), action));
  std::size_t n = 0;
  for (const Json& part : decision.value("parts", Json::array())) n += part["decision"] == "allow" ? 1 : 0;
  return n;
}

Plan created(const Engine& e, const Json& extra = Json::object()) {
  return apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content(e.profile().id, extra)));
}

TEST(SecurityStanding, AnUninvolvedLokaleTeamWorkerCannotActNorReadAfterActing) {
  const Engine& e = engine();
  const Plan plan = created(e);
  const Rejection r = rejection(e, plan, event("vraagverheldering_starten", lt_stranger(), at(2, 10)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-STANDING"});
  EXPECT_TRUE(r.has_rule("R-STANDING"));
  EXPECT_EQ(r.problems.front().pointer, "/actor");
  EXPECT_EQ(readable(e, plan, lt_stranger()), 0u);
  // The assigned worker acts and reads.
  const Plan moved = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  EXPECT_GT(readable(e, moved, lokaal_team()), 10u);
  EXPECT_EQ(readable(e, moved, lt_stranger()), 0u);
}

TEST(SecurityStanding, AppearingInThePlanGrantsNothing) {
  const Engine& e = engine();
  Plan plan = plan_with_help(e);
  // The stranger is named as a participant of an evaluation and as the responsible of
  // an agreement, by the assigned worker: still no standing.
  plan = apply(e, plan,
               event("evalueren", lokaal_team(), at(20, 9),
                     {{"jeugdige", "tim"},
                      {"evaluation", {{"id", "ev-1"}, {"at", at(20, 9)}, {"participants", {moeder(), lt_stranger()}}}}}));
  plan = apply(e, plan,
               event("plan_wijzigen", lokaal_team(), at(20, 10),
                     {{"json_patch", {{{"op", "add"}, {"path", "/family_part/agreements"},
                                        {"value", Json::array({{{"id", "a-x"}, {"description", "Bellen"}, {"performer", "lokale_toegang"},
                                                   {"responsible", lt_stranger()}}})}}}}}));
  EXPECT_EQ(readable(e, plan, lt_stranger()), 0u);
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", lt_stranger(), at(20, 11), {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}))
                  .has_code("PP-W-STANDING"));
}

TEST(SecurityStanding, AssignmentIsExplicitBySomeoneWithStandingAndCanEnd) {
  const Engine& e = engine();
  const Plan plan = created(e);
  const Json assign = event("betrokkene_toewijzen", lt_stranger(), at(2, 10),
                            {{"assignment", {{"role", "lokaal_team"}, {"person", "lt-999"}}}});
  EXPECT_TRUE(rejection(e, plan, assign).has_code("PP-W-STANDING")) << "nobody assigns themselves";
  EXPECT_TRUE(rejection(e, plan, event("betrokkene_toewijzen", moeder(), at(2, 10),
                                       {{"assignment", {{"role", "lokaal_team"}, {"person", "lt-999"}}}}))
                  .has_code("PP-W-ROLE"));
  // The assigned worker assigns a colleague, naming her; the record says who and when.
  Plan assigned = apply(e, plan, event("betrokkene_toewijzen", lokaal_team(), at(2, 10),
                                       {{"assignment", {{"role", "lokaal_team"}, {"person", "lt-999"}}}}));
  ASSERT_EQ(assigned.assignments.size(), 3u);
  EXPECT_EQ(assigned.assignments.back().by.person, "lt-042");
  EXPECT_EQ(assigned.assignments.back().since.value, at(2, 10));
  EXPECT_GT(readable(e, assigned, lt_stranger()), 10u);
  assigned = apply(e, assigned, event("vraagverheldering_starten", lt_stranger(), at(2, 11)));
  // Her involvement ends; from then on she has none.
  assigned = apply(e, assigned, event("betrokkenheid_beeindigen", lokaal_team(), at(3, 9),
                                      {{"role", "lokaal_team"}, {"person", "lt-999"}}));
  EXPECT_EQ(readable(e, assigned, lt_stranger()), 0u);
  EXPECT_TRUE(rejection(e, assigned, event("vraag_duiden", lt_stranger(), at(3, 10))).has_code("PP-W-STANDING"));
  // Only the lokale team and the GI are assigned this way.
  EXPECT_TRUE(rejection(e, plan, event("betrokkene_toewijzen", lokaal_team(), at(2, 10),
                                       {{"assignment", {{"role", "hoofdaannemer"}, {"organisation", "90000101"}}}}))
                  .has_code("PP-W-ASSIGNMENT"));
  // A content change does not touch the assignments.
  const Rejection controlled = rejection(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 10),
                                                        {{"merge_patch", {{"assignments", Json::array()}}}}));
  // (Here the change would also end the author's own standing, so R-CHANGE-SCOPE refuses first.)
  EXPECT_TRUE(controlled.has_code("PP-W-CONTROLLED") || controlled.has_code("PP-W-CHANGE-SCOPE"))
      << ::testing::PrintToString(controlled.codes());
}

TEST(SecurityStanding, OnlyTheRecordedGiInTheDwangkader) {
  const Engine& e = engine();
  const Plan dwang = plan_ready_for_akkoord(e, {{"kader", "dwang"}});
  EXPECT_EQ(readable(e, dwang, gi_stranger()), 0u);
  EXPECT_TRUE(rejection(e, dwang, event("akkoord_geven", gi_stranger(), at(6, 9))).has_code("PP-W-STANDING"));
  EXPECT_GT(readable(e, dwang, gi()), 10u);
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, dwang, event("akkoord_geven", gi(), at(6, 9))));
  // Outside the dwangkader even the recorded GI has no standing.
  const Plan vrijwillig = plan_ready_for_akkoord(e);
  EXPECT_EQ(readable(e, vrijwillig, gi()), 0u);
  EXPECT_TRUE(rejection(e, vrijwillig, event("akkoord_geven", gi(), at(6, 9))).has_code("PP-W-STANDING"));
}

// R-DWANG-GI within R-MEMBER-PRIVACY: a GI's case is the jeugdige its measure concerns.
// Tim is under a supervision order, his sister Lotte is in the vrijwillig kader: the GI
// reads the family's shared parts and Tim's, never Lotte's own, and cannot act for her.
Json tim_in_dwang_lotte_not(const Engine& e, const Json& gi_assignment) {
  Json content = family_content(e.profile().id);
  content["children"][0]["kader"] = "dwang";
  content["assignments"][1] = gi_assignment;
  return content;
}

std::vector<std::string> allowed_parts(const Engine& e, const Plan& plan, const Json& party, const std::string& action = "read") {
  std::vector<std::string> out;
  const Json decision = perspectief::json_api::decide(e, plan, read_request(party, at(20, 9), action));
  for (const Json& part : decision.value("parts", Json::array())) {
    if (part["decision"] == "allow") out.push_back(part["part"].get<std::string>());
  }
  return out;
}

bool any_starts_with(const std::vector<std::string>& parts, const std::string& prefix) {
  return std::any_of(parts.begin(), parts.end(), [&](const std::string& p) { return p.rfind(prefix, 0) == 0; });
}

TEST(SecurityStanding, TheGiReadsAndActsOnlyForTheJeugdigeInItsMeasure) {
  const Engine& e = engine();
  const Json gi_for_the_family{{"role", "gi"}, {"person", "gi-007"}, {"organisation", "Jeugdbescherming Regio"}};
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), tim_in_dwang_lotte_not(e, gi_for_the_family)));
  const std::vector<std::string> parts = allowed_parts(e, plan, gi());
  EXPECT_TRUE(any_starts_with(parts, "children/tim")) << "allow side: Tim is the GI's case";
  EXPECT_TRUE(any_starts_with(parts, "family_part")) << "the family's shared parts are part of the case";
  EXPECT_FALSE(any_starts_with(parts, "children/lotte")) << "deny side: Lotte is in the vrijwillig kader";
  const Json lotte_part = perspectief::json_api::decide(e, plan, Json{{"requester", gi()}, {"action", "read"}, {"purpose", "uitvoering"},
                                              {"channel", "portaal"}, {"at", at(20, 9)}, {"parts", {"children/lotte"}}});
  EXPECT_EQ(lotte_part.at("decision"), "deny");
  EXPECT_FALSE(allowed_parts(e, plan, gi(), "amend").empty());
  EXPECT_FALSE(any_starts_with(allowed_parts(e, plan, gi(), "amend"), "children/lotte"));
  // Acting: for Tim it may, for Lotte it has no standing.
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, event("segment_vaststellen", gi(), at(2, 10), {{"jeugdige", "tim"}, {"segment", "B"}})));
  const Rejection for_lotte =
      rejection(e, plan, event("segment_vaststellen", gi(), at(2, 10), {{"jeugdige", "lotte"}, {"segment", "B"}}));
  EXPECT_EQ(for_lotte.codes(), std::vector<std::string>{"PP-W-STANDING"});
  EXPECT_TRUE(for_lotte.has_rule("R-DWANG-GI"));
  EXPECT_EQ(for_lotte.problems.front().pointer, "/payload/jeugdige");
  // A content change to Lotte's part is outside what it may read and amend.
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", gi(), at(2, 10),
                                       {{"merge_patch", {{"children", {{"lotte", {{"toekomstperspectief", "zelfstandig_wonen"}}}}}}}}))
                  .has_code("PP-W-CHANGE-SCOPE"));
  // Recording a supervision order for Lotte itself would widen its own case (R-STANDING).
  EXPECT_TRUE(rejection(e, plan, event("kader_wijzigen", gi(), at(2, 10),
                                       {{"jeugdige", "lotte"}, {"kader", "dwang"}, {"date", "2026-03-02"}, {"basis", "OTS"}}))
                  .has_code("PP-W-STANDING"));
}

TEST(SecurityStanding, AGiAssignedForOneJeugdigeDoesNotReadASiblingInAnotherMeasure) {
  const Engine& e = engine();
  Json only_tim{{"role", "gi"}, {"person", "gi-007"}, {"organisation", "Jeugdbescherming Regio"}, {"jeugdige", "tim"}};
  Json content = tim_in_dwang_lotte_not(e, only_tim);
  content["children"][1]["kader"] = "dwang";  // Lotte too, under a measure another GI carries out
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  const std::vector<std::string> parts = allowed_parts(e, plan, gi());
  EXPECT_TRUE(any_starts_with(parts, "children/tim"));
  EXPECT_FALSE(any_starts_with(parts, "children/lotte"));
  // The same GI assigned without a jeugdige carries the family's measures: both.
  content["assignments"][1].erase("jeugdige");
  const Plan whole = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  EXPECT_TRUE(any_starts_with(allowed_parts(e, whole, gi()), "children/lotte"));
}

// The GI's case bounds what it records about involvement too: assigning a colleague to a
// sibling, or ending a colleague's assignment for that sibling, is acting in a case that
// is not its own (the assignment names its jeugdige inside the payload, not at its top).
TEST(SecurityStanding, AGiAssignsAndEndsInvolvementOnlyWithinItsCase) {
  const Engine& e = engine();
  Json only_tim{{"role", "gi"}, {"person", "gi-007"}, {"organisation", "Jeugdbescherming Regio"}, {"jeugdige", "tim"}};
  Json content = tim_in_dwang_lotte_not(e, only_tim);
  content["children"][1]["kader"] = "dwang";
  content["assignments"].push_back(
      Json{{"role", "gi"}, {"person", "gi-008"}, {"organisation", "Jeugdbescherming Regio"}, {"jeugdige", "lotte"}});
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  auto assign = [](const std::string& jeugdige) {
    return Json{{"assignment", {{"role", "gi"}, {"person", "gi-009"}, {"organisation", "Jeugdbescherming Regio"},
                                {"jeugdige", jeugdige}}}};
  };
  // Allow side: a colleague for Tim, its own case.
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, event("betrokkene_toewijzen", gi(), at(2, 10), assign("tim"))));
  // Deny side: a colleague for Lotte, whose measure another GI carries out.
  const Rejection for_lotte = rejection(e, plan, event("betrokkene_toewijzen", gi(), at(2, 10), assign("lotte")));
  EXPECT_EQ(for_lotte.codes(), std::vector<std::string>{"PP-W-STANDING"});
  EXPECT_TRUE(for_lotte.has_rule("R-DWANG-GI"));
  EXPECT_EQ(for_lotte.problems.front().pointer, "/payload/assignment/jeugdige");
  // Ending the other GI's involvement for Lotte is refused; the lokale team may end it.
  const Json end_lotte{{"role", "gi"}, {"person", "gi-008"}};
  const Rejection end_refused = rejection(e, plan, event("betrokkenheid_beeindigen", gi(), at(2, 10), end_lotte));
  EXPECT_EQ(end_refused.codes(), std::vector<std::string>{"PP-W-STANDING"});
  EXPECT_TRUE(end_refused.has_rule("R-DWANG-GI"));
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, event("betrokkenheid_beeindigen", lokaal_team(), at(2, 10), end_lotte)));
}

TEST(SecurityStanding, AStrangerCannotRecordAToewijzing) {
  const Engine& e = engine();
  const Plan plan = plan_with_akkoorden(e);
  const Json stranger_toewijzing = event("toewijzing_vastleggen", lt_stranger(), at(7, 9),
                                         {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-666", "90000666", "2026-03-07")}});
  EXPECT_TRUE(rejection(e, plan, stranger_toewijzing).has_code("PP-W-STANDING"));
  const Json provider = actor("hoofdaannemer", "x-1", "90000666");
  EXPECT_EQ(readable(e, plan, provider), 0u);
  // The assigned lokale team records one, naming the provider (which then holds it: the
  // sharing tests show what a toewijzing holder reads).
  const Plan recorded = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(7, 9),
                                             {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-1", "90000101", "2026-03-07")}}));
  ASSERT_EQ(recorded.children[0].toewijzingen.size(), plan.children[0].toewijzingen.size() + 1);
  EXPECT_EQ(recorded.children[0].toewijzingen.back().number, "T-1");
}

TEST(SecurityStanding, AParentCannotGiveHerselfGezag) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  const std::size_t before = readable(e, plan, vader_zonder_gezag());
  const Json self_gezag = event("plan_wijzigen", vader_zonder_gezag(), at(7, 9),
                                {{"json_patch", {{{"op", "replace"}, {"path", "/family/members/1/gezag"}, {"value", true}}}}});
  const Rejection r = rejection(e, plan, self_gezag);
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-STANDING-FACT"});
  EXPECT_TRUE(r.has_rule("R-STANDING"));
  // Nor for one child (R-GEZAG per child), nor take it from the other parent.
  const Rejection over_tim = rejection(
      e, plan,
      event("plan_wijzigen", vader_zonder_gezag(), at(7, 9),
            {{"json_patch", {{{"op", "add"}, {"path", "/family/members/1/gezag_per_child"},
                              {"value", {{{"child", "tim"}, {"gezag", true}}}}}}}}));
  EXPECT_EQ(over_tim.codes(), std::vector<std::string>{"PP-W-STANDING-FACT"});
  const Rejection from_anna = rejection(
      e, plan,
      event("plan_wijzigen", moeder(), at(7, 9),
            {{"json_patch", {{{"op", "add"}, {"path", "/family/members/0/gezag_per_child"},
                              {"value", {{{"child", "lotte"}, {"gezag", false}}}}}}}}));
  EXPECT_TRUE(from_anna.has_code("PP-W-STANDING-FACT") || from_anna.has_code("PP-W-CHANGE-SCOPE"))
      << ::testing::PrintToString(from_anna.codes());
  // Nor make a child younger, nor add a member.
  const Rejection added = rejection(e, plan, event("plan_wijzigen", moeder(), at(7, 9),
                                                   {{"json_patch", {{{"op", "add"}, {"path", "/family/members/-"},
                                                                     {"value", {{"id", "oma"}, {"role", "gezinslid"}}}}}}}));
  EXPECT_TRUE(added.has_code("PP-W-STANDING-FACT") || added.has_code("PP-W-CHANGE-SCOPE"))
      << ::testing::PrintToString(added.codes());
  EXPECT_EQ(readable(e, plan, vader_zonder_gezag()), before);
  // He may change his own name; the lokale team records gezag.
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, event("plan_wijzigen", vader_zonder_gezag(), at(7, 9),
                                            {{"json_patch", {{{"op", "replace"}, {"path", "/family/members/1/name"}, {"value", "P."}}}}})));
  const Plan with_gezag = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(7, 9),
                                               {{"json_patch", {{{"op", "replace"}, {"path", "/family/members/1/gezag"}, {"value", true}}}}}));
  EXPECT_GT(readable(e, with_gezag, vader_zonder_gezag()), before);
}

TEST(SecurityStanding, NoEventWidensItsOwnAuthorsRights) {
  // The attack the property test found: a worker who is only the plan's regisseur (in the
  // role lokaal_team, with the regisseur's narrower rights in Amsterdam: she may read the
  // plan, R-REGIE-MANDATE, but not change it) assigns herself as the involved lokale team
  // to change the whole plan. Acting never creates standing.
  const Engine& e = engine();
  Plan plan = created(e);
  plan = apply(e, plan, event("regie_toewijzen", lokaal_team(), at(2, 10),
                              {{"jeugdige", "tim"}, {"regie", {{"regisseur", lt_stranger()}, {"placed_at", "lokale_toegang"}}}}));
  const std::size_t as_regisseur = readable(e, plan, lt_stranger(), "amend");
  const Json assign_lt_999{{"assignment", {{"role", "lokaal_team"}, {"person", "lt-999"}}}};
  const Rejection r = rejection(e, plan, event("betrokkene_toewijzen", lt_stranger(), at(2, 11), assign_lt_999));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-STANDING-SELF"});
  EXPECT_TRUE(r.has_rule("R-STANDING"));
  // Another worker with standing may record her involvement.
  const Plan assigned = apply(e, plan, event("betrokkene_toewijzen", lokaal_team(), at(2, 11), assign_lt_999));
  EXPECT_GT(readable(e, assigned, lt_stranger(), "amend"), as_regisseur);
}

TEST(SecurityStanding, TakingTheRegieOneselfIsAllowedWhenItWidensNothing) {
  // 002: the lokale-team worker who already works on the plan takes the perspectiefregie
  // herself (as in the Lelystad example); that gives her no right she did not have.
  const Engine& e = engine();
  const Plan plan = created(e);
  const Plan with_regie = apply(e, plan, event("regie_toewijzen", lokaal_team(), at(2, 10),
                                               {{"jeugdige", "tim"}, {"regie", {{"regisseur", lokaal_team()}, {"placed_at", "lokale_toegang"}}}}));
  ASSERT_TRUE(with_regie.regie.has_value());
  EXPECT_EQ(with_regie.regie->regisseur.person, "lt-042");
}

}  // namespace
