// The event pipeline: a plan walks from plan_aanmaken to afgerond; each event appends
// a history entry; versions rise with content; the envelope (event id, state, role,
// actor, time, payload) is checked and every problem is reported.
#include <gtest/gtest.h>

#include "crypto/sha256.hpp"
#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
using perspectief::workflow::content_sha256;

TEST(WorkflowEvents, GenesisCreatesThePlanInTheInitialState) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  EXPECT_EQ(plan.status, "hulpvraag");
  EXPECT_EQ(plan.version, 1);
  ASSERT_EQ(plan.history.size(), 1u);
  const auto& entry = plan.history[0];
  EXPECT_EQ(entry.seq, 1);
  EXPECT_EQ(entry.event, "plan_aanmaken");
  EXPECT_EQ(entry.from_state, "");
  EXPECT_EQ(entry.to_state, "hulpvraag");
  EXPECT_EQ(entry.version, 1);
  EXPECT_EQ(entry.actor.person, "ouder-anna");
  EXPECT_EQ(entry.payload, family_content());
  EXPECT_TRUE(e.validate(plan).empty()) << pp_test::describe(e.validate(plan));
}

TEST(WorkflowEvents, TypedCreateEqualsApplyOnAnEmptyPlan) {
  const Engine& e = engine();
  const Json genesis = event("plan_aanmaken", moeder(), at(2, 9), family_content());
  const Plan typed = perspectief::workflow::create(e, perspectief::workflow::event_from_json(genesis));
  EXPECT_EQ(perspectief::plan_to_canonical(typed), perspectief::plan_to_canonical(perspectief::json_api::apply_event(e, Plan{}, genesis)));
}

TEST(WorkflowEvents, AWholeSegmentCPlanWalksToAfgerond) {
  const Engine& e = engine();
  Plan plan = plan_with_help(e);
  EXPECT_EQ(plan.status, "hulp_gestart");
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(9, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26001", "90000101", "2026-03-09")}}));
  plan = apply(e, plan, event("afronding_starten", aanbieder(), at(20, 9)));
  EXPECT_EQ(plan.status, "evaluatie");
  const Json evaluation{{"id", "ev-1"},
                        {"at", at(20, 10)},
                        {"kind", "afronding"},
                        {"participants", {moeder(), lokaal_team(), aanbieder()}},
                        {"outcomes", {{{"result", "r-tim-school"}, {"outcome", "behaald"}}}}};
  plan = apply(e, plan, event("evalueren", lokaal_team(), at(20, 10), {{"jeugdige", "tim"}, {"evaluation", evaluation}}));
  // The Wmo result is still open, so only the youth-care part closes (R-CLOSE-PARTIAL).
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), at(20, 11), {{"end_reason", "31"}}));
  EXPECT_EQ(plan.status, "jeugdhulp_afgesloten");
  plan = apply(e, plan,
               event("plan_wijzigen", moeder(), at(25, 9),
                     {{"json_patch", {{{"op", "add"}, {"path", "/family_part/results/0/status"}, {"value", "behaald"}}}}}));
  plan = apply(e, plan, event("afronden", lokaal_team(), at(25, 10)));
  EXPECT_EQ(plan.status, "afgerond");
  EXPECT_TRUE(e.validate(plan).empty()) << pp_test::describe(e.validate(plan));
  for (std::size_t i = 0; i < plan.history.size(); ++i) {
    EXPECT_EQ(plan.history[i].seq, static_cast<std::int64_t>(i) + 1);
    if (i > 0) {
      EXPECT_EQ(plan.history[i].from_state, plan.history[i - 1].to_state);
    }
  }
  EXPECT_EQ(plan.history.back().version, plan.version);
}

TEST(WorkflowEvents, VersionRisesOnlyWhenContentChanges) {
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  EXPECT_EQ(plan.version, 1) << "a step without content change keeps the version";
  plan = apply(e, plan, event("plan_wijzigen", moeder(), at(2, 11), {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}));
  EXPECT_EQ(plan.version, 2);
  EXPECT_EQ(plan.local_fields, (Json{{"x", 1}}));
}

TEST(WorkflowEvents, FixingAVersionRecordsTheSha256OfItsCanonicalContent) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  ASSERT_EQ(plan.versions.size(), 1u);
  const auto& record = plan.versions[0];
  EXPECT_EQ(record.version, plan.version);
  EXPECT_EQ(record.by.person, "lt-042");
  Json content = perspectief::plan_to_json(plan);
  for (const char* key : {"status", "version", "history", "versions", "akkoorden"}) content.erase(key);
  EXPECT_EQ(record.content_sha256, perspectief::crypto::sha256_hex(perspectief::canonical_json(content)));
  EXPECT_EQ(record.content_sha256, content_sha256(plan));
  // Fixing the same version again adds no second record.
  const Plan again = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 11)));
  EXPECT_EQ(again.versions.size(), 1u);
}

TEST(WorkflowEvents, Sha256MatchesTheStandardTestVector) {
  EXPECT_EQ(perspectief::crypto::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(WorkflowEvents, AkkoordNeedsAFixedVersion) {
  const Engine& e = engine();
  Plan plan = plan_ready_for_akkoord(e);
  plan = apply(e, plan, event("plan_wijzigen", moeder(), at(5, 12), {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}));
  const Rejection r = rejection(e, plan, event("akkoord_geven", moeder(), at(5, 13)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-VERSION-NOT-FIXED"});
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 14)));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(5, 15), {{"scope", "plan"}}));
  ASSERT_EQ(plan.akkoorden.size(), 3u);  // after Anna's and Tim's akkoord on the results
  EXPECT_EQ(plan.akkoorden.back().version, plan.version);
  EXPECT_EQ(plan.akkoorden.back().scope, "plan");
}

TEST(WorkflowEvents, UnknownEventIsNotFound) {
  try {
    perspectief::json_api::apply_event(engine(), Plan{}, event("plan_verbranden", moeder(), at(2, 9)));
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
    EXPECT_EQ(error.pointer(), "/event");
  }
  // An event of the vocabulary that this region's workflow does not use is not found either.
  try {
    perspectief::json_api::apply_event(engine("flevoland"), Plan{}, event("segment_vaststellen", lokaal_team(), at(2, 9), {{"segment", "C"}}));
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST(WorkflowEvents, MalformedEventIsASchemaErrorWithEveryProblem) {
  const Json bad{{"event", 7}, {"actor", {{"role", "koning"}}}, {"at", "gisteren"}, {"extra", true}};
  try {
    perspectief::json_api::apply_event(engine(), Plan{}, bad);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::schema);
    std::vector<std::string> pointers;
    for (const auto& p : error.problems()) pointers.push_back(p.pointer);
    for (const char* expected : {"/event", "/actor/role", "/actor/person", "/at", "/extra"}) {
      EXPECT_NE(std::find(pointers.begin(), pointers.end(), expected), pointers.end()) << expected;
    }
  }
}

TEST(WorkflowEvents, WrongStateAndWrongRoleAreBothReported) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  const Rejection r = rejection(e, plan, event("afronden", moeder(), at(2, 10)));
  EXPECT_EQ(r.code, ErrorCode::rejected);
  EXPECT_TRUE(r.has_code("PP-W-STATE"));
  EXPECT_TRUE(r.has_code("PP-W-ROLE"));
  // Role checked on the allowed side too: the lokale team may start vraagverheldering.
  EXPECT_EQ(apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10))).status, "vraagverheldering");
  EXPECT_TRUE(rejection(e, plan, event("vraagverheldering_starten", moeder(), at(2, 10))).has_code("PP-W-ROLE"));
}

TEST(WorkflowEvents, FamilyActorMustBeAMemberInThatRole) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  const Rejection r = rejection(e, plan,
                                event("plan_wijzigen", actor("ouder", "ouder-x", {}, "tim"), at(2, 10),
                                      {{"merge_patch", {{"local_fields", {{"x", 1}}}}}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-ACTOR"});
  EXPECT_EQ(r.problems[0].pointer, "/actor/member");
}

TEST(WorkflowEvents, EventBeforeTheLastHistoryEntryIsRefused) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  const Rejection r = rejection(e, plan, event("vraagverheldering_starten", lokaal_team(), at(1, 9)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-TIME-ORDER"});
  EXPECT_EQ(r.problems[0].pointer, "/at");
}

TEST(WorkflowEvents, PayloadIsCheckedAgainstTheEvent) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  EXPECT_TRUE(rejection(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10), {{"x", 1}}))
                  .has_code("PP-W-PAYLOAD-UNEXPECTED"));
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", moeder(), at(2, 10))).has_code("PP-W-PAYLOAD-REQUIRED"));
  const Rejection unknown = rejection(e, plan, event("plan_wijzigen", moeder(), at(2, 10), {{"merge", Json::object()}}));
  EXPECT_TRUE(unknown.has_code("PP-S-UNKNOWN-FIELD"));
  EXPECT_EQ(unknown.problems[0].pointer, "/payload/merge");
}

TEST(WorkflowEvents, GenesisRefusesBookkeepingAndControlledMembers) {
  const Engine& e = engine();
  Json content = family_content();
  content["status"] = "hulp_gestart";
  content["children"][0]["aanbieder"] = provider_json();
  const Rejection r = rejection(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  std::vector<std::string> pointers;
  for (const auto& p : r.problems) pointers.push_back(p.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/payload/status", "/payload/children/0/aanbieder"}));
  // initial_content strips exactly those members, so an existing document can be imported.
  const Plan imported = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9),
                                               perspectief::workflow::initial_content(content)));
  EXPECT_FALSE(imported.children[0].aanbieder.has_value());
}

TEST(WorkflowEvents, GenesisWithAMalformedPlanPointsIntoThePayload) {
  Json content = family_content();
  content["family"]["members"][2]["birth_date"] = "2011-02-30";
  const Rejection r = rejection(engine(), Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  EXPECT_TRUE(r.has_code("PP-S-DATE"));
  EXPECT_EQ(r.problems[0].pointer, "/payload/family/members/2/birth_date");
}

TEST(WorkflowEvents, SecondGenesisAndEventsWithoutHistoryAreRefused) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  EXPECT_TRUE(rejection(e, plan, event("plan_aanmaken", moeder(), at(2, 10), family_content())).has_code("PP-W-PLAN-EXISTS"));
  Plan without_history = plan;
  without_history.history.clear();
  EXPECT_TRUE(rejection(e, without_history, event("vraagverheldering_starten", lokaal_team(), at(2, 10)))
                  .has_code("PP-W-NO-HISTORY"));
}

TEST(WorkflowEvents, AmendCannotChangeMembersThatHaveTheirOwnEvent) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  // The jeugdige's segment and kader have their events (segment_vaststellen, kader_wijzigen).
  for (const char* member : {"segment", "kader"}) {
    const std::string path = std::string("/children/0/") + member;
    const Rejection frame = rejection(
        e, plan,
        event("plan_wijzigen", moeder(), at(5, 11), {{"json_patch", {{{"op", "replace"}, {"path", path}, {"value", "B"}}}}}));
    EXPECT_EQ(frame.codes(), std::vector<std::string>{"PP-W-CONTROLLED"}) << member;
    EXPECT_EQ(frame.problems[0].pointer, path);
  }
  const Rejection help = rejection(
      e, plan,
      event("plan_wijzigen", lokaal_team(), at(5, 11),
            {{"json_patch", {{{"op", "add"}, {"path", "/children/0/help"}, {"value", "hulp_gestart"}}}}}));
  EXPECT_EQ(help.codes(), std::vector<std::string>{"PP-W-CONTROLLED"});
  const Rejection patch = rejection(
      e, plan,
      event("plan_wijzigen", moeder(), at(5, 11),
            {{"json_patch", {{{"op", "replace"}, {"path", "/children/0/aanbieder/id"}, {"value", "123"}}}}}));
  EXPECT_EQ(patch.codes(), std::vector<std::string>{"PP-W-CONTROLLED"});
  EXPECT_EQ(patch.problems[0].pointer, "/children/0/aanbieder");
}

TEST(WorkflowEvents, JsonPatchThatCannotApplyIsReported) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  const Rejection r = rejection(e, plan,
                                event("plan_wijzigen", moeder(), at(2, 10),
                                      {{"json_patch", {{{"op", "remove"}, {"path", "/family_part/nothing"}}}}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-PATCH"});
  EXPECT_EQ(r.problems[0].pointer, "/payload/json_patch/0");
}

TEST(WorkflowEvents, ChangesThatWouldMakeThePlanInvalidAreRefused) {
  const Engine& e = engine();
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  const Rejection r = rejection(e, plan,
                                event("plan_wijzigen", moeder(), at(2, 10),
                                      {{"json_patch", {{{"op", "replace"}, {"path", "/children/0/results/0/leefgebied"},
                                                        {"value", "maanreizen"}}}}}));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-V-LEEFGEBIED"});
}

TEST(WorkflowEvents, TypedCheckReportsWithoutThrowing) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  const auto check = perspectief::workflow::check(
      e, plan, perspectief::workflow::event_from_json(event("hulp_starten", lokaal_team(), at(6, 9))));
  EXPECT_FALSE(check.allowed);
  EXPECT_EQ(check.to_state, "hulp_gestart");
  EXPECT_EQ(check.rules, (std::vector<std::string>{"R-SEG-C-AKKOORD", "R-FAMILY-AKKOORD"}));
}

TEST(WorkflowEvents, EventJsonRoundTrips) {
  const Json e = event("akkoord_geven", moeder(), at(6, 9), {{"scope", "plan"}});
  Json with_reason = e;
  with_reason["reason"] = "besproken aan de keukentafel";
  for (const Json& document : {e, with_reason}) {
    EXPECT_EQ(perspectief::workflow::event_to_json(perspectief::workflow::event_from_json(document)), document);
  }
}

}  // namespace
