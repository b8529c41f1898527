// Compiling a profile's workflow section: every built-in profile loads; a section with
// an unknown or inconsistent id is refused with Error(profile) pointing under /workflow.
#include <gtest/gtest.h>

#include "workflow_support.hpp"

namespace {

using namespace wf_test;

Json amsterdam() { return perspectief::builtin_profile_json("amsterdam-zaanstreek"); }

// The problems loading `profile` reports; fails the test when it loads.
std::vector<perspectief::Problem> load_problems(const Json& profile) {
  try {
    Engine::load(profile);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::profile);
    EXPECT_EQ(error.pointer(), error.problems().front().pointer);
    return error.problems();
  }
  ADD_FAILURE() << "the profile loaded";
  return {};
}

TEST(WorkflowCompile, EveryBuiltinProfileCompiles) {
  for (const auto& info : perspectief::builtin_profiles()) {
    EXPECT_NO_THROW(engine(info.id)) << info.id;
    const Json& workflow = perspectief::builtin_profile_json(info.id)["workflow"];
    EXPECT_GE(workflow["states"].size(), 10u) << info.id;
  }
}

TEST(WorkflowCompile, StateIdsAreTheFixedOnes) {
  const Json profile = amsterdam();
  const Json& states = profile["workflow"]["states"];
  std::vector<std::string> ids;
  for (const Json& s : states) ids.push_back(s["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"hulpvraag", "vraagverheldering", "vraagduiding", "resultaten_vastgesteld",
                                           "in_overleg_aanbieder", "plan_akkoord", "hulp_gestart", "crisis_hulp", "evaluatie",
                                           "jeugdhulp_afgesloten", "afgerond", "lokaal_opgelost"}));
}

TEST(WorkflowCompile, UnknownIdsAreRefusedWithTheirPointers) {
  Json profile = amsterdam();
  Json& workflow = profile["workflow"];
  workflow["states"][1]["id"] = "wachten";
  workflow["transitions"][2]["event"] = "toveren";
  workflow["transitions"][3]["guards"] = {"R-BESTAAT-NIET"};
  workflow["transitions"][4]["when"] = "als_het_regent";
  workflow["transitions"][5]["roles"] = {"koning"};
  const auto problems = load_problems(profile);
  std::vector<std::pair<std::string, std::string>> found;
  for (const auto& p : problems) found.emplace_back(p.code, p.pointer);
  // The role is a structural problem (an unknown enum value), reported before the rest.
  EXPECT_EQ(found, (std::vector<std::pair<std::string, std::string>>{
                       {"PP-S-ENUM", "/workflow/transitions/5/roles/0"}}));
  workflow["transitions"][5]["roles"] = {"lokaal_team"};
  found.clear();
  for (const auto& p : load_problems(profile)) found.emplace_back(p.code, p.pointer);
  const std::vector<std::pair<std::string, std::string>> expected{
      {"PP-P-WORKFLOW-STATE", "/workflow/states/1/id"},
      {"PP-P-WORKFLOW-STATE-UNDECLARED", "/workflow/transitions/1/to"},
      {"PP-P-WORKFLOW-STATE-UNDECLARED", "/workflow/transitions/2/from/0"},
      {"PP-P-WORKFLOW-EVENT", "/workflow/transitions/2/event"},
      {"PP-P-WORKFLOW-GUARD", "/workflow/transitions/3/guards/0"},
      {"PP-P-WORKFLOW-CONDITION", "/workflow/transitions/4/when"},
  };
  for (const auto& item : expected) {
    EXPECT_NE(std::find(found.begin(), found.end(), item), found.end()) << item.first << " at " << item.second;
  }
}

TEST(WorkflowCompile, TypoInASectionMemberIsRefused) {
  Json profile = amsterdam();
  profile["workflow"]["transitions"][0]["gaurds"] = Json::array();
  const auto problems = load_problems(profile);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].code, "PP-S-UNKNOWN-FIELD");
  EXPECT_EQ(problems[0].pointer, "/workflow/transitions/0/gaurds");
}

TEST(WorkflowCompile, AnEmptySectionIsRefused) {
  Json profile = amsterdam();
  profile["workflow"] = Json::object();
  const auto problems = load_problems(profile);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].pointer, "/workflow/states");
  EXPECT_EQ(problems[1].pointer, "/workflow/transitions");
}

TEST(WorkflowCompile, TheGenesisEventIsRequiredOnceAndCreates) {
  Json profile = amsterdam();
  profile["workflow"]["transitions"][0]["from"] = {"hulpvraag"};
  EXPECT_EQ(load_problems(profile)[0].code, "PP-P-WORKFLOW-GENESIS");
  profile = amsterdam();
  profile["workflow"]["transitions"][1]["from"] = Json::array();
  EXPECT_EQ(load_problems(profile)[0].code, "PP-P-WORKFLOW-FROM");
}

TEST(WorkflowCompile, AStateThatIsDeclaredButNeverReachedIsRefused) {
  Json profile = amsterdam();
  Json transitions = Json::array();
  for (const Json& t : profile["workflow"]["transitions"]) {
    if (t.value("to", "") != "lokaal_opgelost") transitions.push_back(t);
  }
  profile["workflow"]["transitions"] = transitions;
  const auto problems = load_problems(profile);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, "PP-P-WORKFLOW-UNREACHABLE");
  EXPECT_EQ(problems[0].pointer, "/workflow/states/11");
}

TEST(WorkflowCompile, AStateUsedButNotDeclaredIsRefused) {
  Json profile = amsterdam();
  Json states = Json::array();
  for (const Json& s : profile["workflow"]["states"]) {
    if (s["id"] != "lokaal_opgelost") states.push_back(s);
  }
  profile["workflow"]["states"] = states;
  const auto problems = load_problems(profile);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].code, "PP-P-WORKFLOW-STATE-UNDECLARED");
}

TEST(WorkflowCompile, ATransitionBehindAnUnconditionalOneIsRefused) {
  Json profile = amsterdam();
  Json& transitions = profile["workflow"]["transitions"];
  // Put the unconditional plan_wijzigen before the conditional one.
  std::size_t conditional = 0;
  std::size_t unconditional = 0;
  for (std::size_t i = 0; i < transitions.size(); ++i) {
    if (transitions[i]["event"] != "plan_wijzigen") continue;
    (transitions[i].contains("when") ? conditional : unconditional) = i;
  }
  std::swap(transitions[conditional], transitions[unconditional]);
  const auto problems = load_problems(profile);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, "PP-P-WORKFLOW-SHADOWED");
  EXPECT_EQ(problems[0].pointer, "/workflow/transitions/" + std::to_string(std::max(conditional, unconditional)));
}

TEST(WorkflowCompile, GuardsComeFromTheDataPerRegion) {
  // Amsterdam's hulp_starten needs the lokale team's akkoord in segment C; werkproces
  // (004) has no segments and does not list that guard.
  const Engine& werkproces = engine("werkproces-jeugdhulp");
  Plan plan = plan_ready_for_akkoord(werkproces);
  plan = apply(werkproces, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(werkproces, plan, event("akkoord_geven", tim(), at(6, 10)));
  EXPECT_EQ(apply(werkproces, plan, event("hulp_starten", lokaal_team(), at(9, 9))).status, "hulp_gestart");

  // The same guard added to the data applies there too (with the plan in segment C).
  Json profile = perspectief::builtin_profile_json("werkproces-jeugdhulp");
  profile["segments"] = {"B", "C"};
  for (Json& t : profile["workflow"]["transitions"]) {
    // A region with segments also needs R-SEG-KNOWN on hulp_starten (see below).
    if (t["event"] == "hulp_starten") t["guards"].push_back("R-SEG-KNOWN");
    if (t["event"] == "hulp_starten") t["guards"].push_back("R-SEG-C-AKKOORD");
  }
  const Engine strict = Engine::load(profile);
  Plan strict_plan = plan_ready_for_akkoord(strict, Json{{"segment", "C"}});
  strict_plan = apply(strict, strict_plan, event("akkoord_geven", moeder(), at(6, 9)));
  strict_plan = apply(strict, strict_plan, event("akkoord_geven", tim(), at(6, 10)));
  EXPECT_EQ(rejection(strict, strict_plan, event("hulp_starten", lokaal_team(), at(9, 9))).rules,
            std::vector<std::string>{"R-SEG-C-AKKOORD"});
}

TEST(WorkflowCompile, RolesComeFromTheDataPerRegion) {
  // FoodValley (003): a municipal interviewer may draw up the ondersteuningsplan where the
  // municipality chose so (local choice opsteller_ondersteuningsplan); by default the
  // lokale team drafts it.
  // The interviewer is the municipal toegang (role gemeentelijke_toegang, R-GEMEENTE), not
  // "the municipality": policy, finance and other municipal staff (role gemeente) stay out.
  const Json gespreksvoerder = actor("gemeentelijke_toegang", "gv-1", "Gemeente Ede");
  Json content = family_content("foodvalley", Json{{"plan_type", "ondersteuningsplan"}});
  content["assignments"].push_back({{"role", "gemeentelijke_toegang"}, {"person", "gv-1"}});  // as R-STANDING asks
  const Engine ede = engine_with("foodvalley", Json{{"opsteller_ondersteuningsplan", "gespreksvoerder_gemeente"}});
  const Plan foodvalley = apply(ede, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  EXPECT_EQ(apply(ede, foodvalley, event("vraagverheldering_starten", gespreksvoerder, at(2, 10))).status,
            "vraagverheldering");
  // Where the interviewer is the toegang, she records the beschikking (003): toewijzing_vastleggen.
  EXPECT_NO_THROW(apply(ede, foodvalley,
                        event("toewijzing_vastleggen", gespreksvoerder, at(2, 10),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-1", "90000101", "2026-03-02")}})));
  // By default the lokale team drafts: the interviewer may neither act nor be assigned.
  const Rejection by_default =
      rejection(engine("foodvalley"), foodvalley, event("vraagverheldering_starten", gespreksvoerder, at(2, 10)));
  EXPECT_TRUE(by_default.has_code("PP-W-ROLE"));
  const Rejection assigned_by_default = rejection(
      engine("foodvalley"), Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
  EXPECT_TRUE(assigned_by_default.has_code("PP-W-ASSIGNMENT"));
  // Other municipal staff are never assigned, nor act, in any region or setting.
  Json as_gemeente = family_content("foodvalley", Json{{"plan_type", "ondersteuningsplan"}});
  as_gemeente["assignments"].push_back({{"role", "gemeente"}, {"person", "gv-1"}});
  EXPECT_TRUE(rejection(ede, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), as_gemeente)).has_code("PP-W-ASSIGNMENT"));
  EXPECT_TRUE(rejection(ede, foodvalley, event("vraagverheldering_starten", actor("gemeente", "gv-1", "Gemeente Ede"),
                                               at(2, 10)))
                  .has_code("PP-W-ROLE"));
  const Plan amsterdam_plan = apply(engine(), Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content()));
  EXPECT_TRUE(rejection(engine(), amsterdam_plan, event("vraagverheldering_starten", gespreksvoerder, at(2, 10)))
                  .has_code("PP-W-ROLE"));
}

}  // namespace

namespace {

// R-SEG-KNOWN and R-TOEWIJZING hold in every region: a profile cannot leave them off the
// transition that starts help, and settings cannot switch them off.
perspectief::Error load_error(const Json& profile, const Json* settings = nullptr) {
  try {
    Engine::load(profile, settings);
  } catch (const perspectief::Error& error) {
    return error;
  }
  ADD_FAILURE() << "the profile was accepted";
  return perspectief::Error(ErrorCode::internal, "accepted");
}

}  // namespace

TEST(WorkflowCompile, RefusesAHelpStartWithoutTheToewijzingGuard) {
  Json profile = perspectief::builtin_profile_json("foodvalley");
  for (Json& t : profile["workflow"]["transitions"]) {
    if (t["event"] != "hulp_starten") continue;
    Json kept = Json::array();
    for (const Json& g : t["guards"]) {
      if (g != "R-TOEWIJZING") kept.push_back(g);
    }
    t["guards"] = kept;
  }
  const perspectief::Error error = load_error(profile);
  EXPECT_EQ(error.code(), ErrorCode::profile);
  ASSERT_FALSE(error.problems().empty());
  EXPECT_EQ(error.problems()[0].code, "PP-P-WORKFLOW-GUARD-REQUIRED");
  EXPECT_NE(error.problems()[0].message_en.find("R-TOEWIJZING"), std::string::npos);
}

TEST(WorkflowCompile, RefusesARegionWithSegmentsWithoutTheSegmentKnownGuard) {
  Json profile = perspectief::builtin_profile_json("werkproces-jeugdhulp");
  profile["segments"] = {"B", "C"};
  const perspectief::Error error = load_error(profile);
  ASSERT_FALSE(error.problems().empty());
  EXPECT_EQ(error.problems()[0].code, "PP-P-WORKFLOW-GUARD-REQUIRED");
  EXPECT_NE(error.problems()[0].message_en.find("R-SEG-KNOWN"), std::string::npos);
  // Without segments the same profile loads (the allow side).
  EXPECT_NO_THROW(Engine::load(perspectief::builtin_profile_json("werkproces-jeugdhulp")));
}

TEST(WorkflowCompile, SettingsCannotSwitchOffTheToewijzingOrSegmentRule) {
  for (const std::string rule : {"R-TOEWIJZING", "R-SEG-KNOWN"}) {
    const Json settings{{"format", "perspectief/settings@1"},
                        {"profile", "amsterdam-zaanstreek"},
                        {"municipality", "testgemeente"},
                        {"disabled_rules", {rule}}};
    try {
      Engine::load_builtin("amsterdam-zaanstreek", &settings);
      ADD_FAILURE() << rule << " was switched off";
    } catch (const perspectief::Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::minimum_condition) << rule;
    }
  }
}
