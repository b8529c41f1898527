// Municipal settings on a region profile (DOMAIN.md section 4, R-MINIMUM): a
// municipality makes the local choices the profile offers ("blue boxes", 002;
// locally filled parts, 001) and may switch off optional rules, but never a
// minimum condition ("green boxes"): such settings are refused when the engine loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;

Json settings(const std::string& profile, const std::string& municipality) {
  return Json{{"format", "perspectief/settings@1"}, {"profile", profile}, {"municipality", municipality}};
}

// Loads the engine and returns the Error; fails the test when loading succeeds.
Error load_error(const std::string& profile, const Json& s) {
  try {
    Engine::load_builtin(profile, &s);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "settings were accepted: " << s.dump();
  return Error(ErrorCode::ok, "no error");
}

bool has_problem(const Error& e, const std::string& code, const std::string& pointer, const std::string& rule = {}) {
  return std::any_of(e.problems().begin(), e.problems().end(), [&](const perspectief::Problem& p) {
    return p.code == code && p.pointer == pointer && p.rule == rule;
  });
}

// ---- local choices ---------------------------------------------------------------

// 002 (blue box): the municipality decides who holds regie for langdurig verblijf.
TEST(ProfileSettings, AValidLocalChoiceApplies_R_REGIE_LOKAAL) {
  Json s = settings("flevoland", "almere");
  s["local_choices"] = {{"regie_langdurig_verblijf", "verblijfsinstelling"}, {"regie_breder_inzetten", true}};
  const Engine engine = Engine::load_builtin("flevoland", &s);
  EXPECT_EQ(engine.local_choice("regie_langdurig_verblijf"), "verblijfsinstelling");
  EXPECT_EQ(engine.local_choice("regie_breder_inzetten"), true);
  ASSERT_TRUE(engine.settings().has_value());
  EXPECT_EQ(engine.settings()->municipality, "almere");
}

TEST(ProfileSettings, WithoutAChoiceTheProfileDefaultApplies) {
  const Engine plain = Engine::load_builtin("flevoland");
  EXPECT_EQ(plain.local_choice("regie_langdurig_verblijf"), "lokale_toegang");
  EXPECT_EQ(plain.local_choice("crisis_regie_toewijzing"), "startafspraken");
  EXPECT_FALSE(plain.settings().has_value());
  Json s = settings("flevoland", "urk");
  s["local_choices"] = {{"regie_team", "sociale zorgteams"}};
  const Engine urk = Engine::load_builtin("flevoland", &s);
  EXPECT_EQ(urk.local_choice("regie_team"), "sociale zorgteams");
  EXPECT_EQ(urk.local_choice("regie_langdurig_verblijf"), "lokale_toegang");
  EXPECT_TRUE(urk.local_choice("bestaat_niet").is_null());
}

// Deadlines (R-CRISIS: next working day, 14 days) follow the municipality's holidays.
TEST(ProfileSettings, HolidayChoicesChangeTheWorkingDayCalendar_R_CRISIS) {
  using namespace std::chrono;
  const year_month_day goede_vrijdag{year{2026}, April, day{3}};
  EXPECT_TRUE(Engine::load_builtin("amsterdam-zaanstreek").calendar().is_working_day(goede_vrijdag));
  Json s = settings("amsterdam-zaanstreek", "zaanstad");
  s["local_choices"] = {{"goede_vrijdag_vrij", true}, {"bevrijdingsdag_vrij", "altijd"}};
  const Engine zaanstad = Engine::load_builtin("amsterdam-zaanstreek", &s);
  EXPECT_FALSE(zaanstad.calendar().is_working_day(goede_vrijdag));
  EXPECT_FALSE(zaanstad.calendar().is_working_day(year_month_day{year{2026}, May, day{5}}));
}

TEST(ProfileSettings, AnUnknownChoiceIsRefused) {
  Json s = settings("flevoland", "dronten");
  s["local_choices"] = {{"regie_overal", true}};
  const Error e = load_error("flevoland", s);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_EQ(e.pointer(), "/local_choices/regie_overal");
  EXPECT_TRUE(has_problem(e, "PP-P-UNKNOWN-CHOICE", "/local_choices/regie_overal"));
}

TEST(ProfileSettings, AValueOutsideTheAllowedOnesIsRefused) {
  Json s = settings("flevoland", "zeewolde");
  s["local_choices"] = {{"regie_langdurig_verblijf", "gi"}};
  Error e = load_error("flevoland", s);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_TRUE(has_problem(e, "PP-P-CHOICE-VALUE", "/local_choices/regie_langdurig_verblijf"));
  // A choice without a list of allowed values takes any value of its default's type.
  s["local_choices"] = {{"regie_breder_inzetten", "ja"}};
  e = load_error("flevoland", s);
  EXPECT_TRUE(has_problem(e, "PP-P-CHOICE-VALUE", "/local_choices/regie_breder_inzetten"));
  s["local_choices"] = {{"regie_aanvullend_mandaat", {"hulp_ouders", "participatiewet"}}};
  EXPECT_NO_THROW(Engine::load_builtin("flevoland", &s));
}

// ---- R-MINIMUM -------------------------------------------------------------------

// Every minimum condition of every built-in profile stays on, whatever a municipality says.
TEST(ProfileSettings, DisablingAnyMinimumConditionIsRefused_R_MINIMUM) {
  for (const auto& info : perspectief::builtin_profiles()) {
    const auto profile = perspectief::profile_from_json(perspectief::builtin_profile_json(info.id));
    ASSERT_FALSE(profile.minimum_conditions.empty()) << info.id;
    for (const auto& condition : profile.minimum_conditions) {
      SCOPED_TRACE(info.id + " " + condition.rule);
      Json s = settings(info.id, profile.municipalities.empty() ? "test" : profile.municipalities.front());
      s["disabled_rules"] = {condition.rule};
      const Error e = load_error(info.id, s);
      EXPECT_EQ(e.code(), ErrorCode::minimum_condition);
      EXPECT_EQ(e.rules(), std::vector<std::string>{"R-MINIMUM"});
      EXPECT_EQ(e.pointer(), "/disabled_rules/0");
      EXPECT_TRUE(has_problem(e, "PP-P-MINIMUM", "/disabled_rules/0", "R-MINIMUM")) << pp_test::describe(e.problems());
    }
  }
}

// A "local choice" named after a minimum condition is an attempt to override it.
TEST(ProfileSettings, AChoiceNamedAfterAMinimumConditionIsRefused_R_MINIMUM) {
  Json s = settings("flevoland", "lelystad");
  s["local_choices"] = {{"R-REGIE-LOKAAL", false}};
  const Error e = load_error("flevoland", s);
  EXPECT_EQ(e.code(), ErrorCode::minimum_condition);
  EXPECT_TRUE(has_problem(e, "PP-P-MINIMUM", "/local_choices/R-REGIE-LOKAAL", "R-MINIMUM"));
}

// R-MINIMUM wins over other problems in the same document, and all problems are listed.
TEST(ProfileSettings, MinimumConditionErrorListsEveryProblem_R_MINIMUM) {
  Json s = settings("flevoland", "noordoostpolder");
  s["disabled_rules"] = {"R-REGIE-VERBLIJF", "R-REGIE-LOKAAL"};
  s["local_choices"] = {{"regie_overal", true}};
  const Error e = load_error("flevoland", s);
  EXPECT_EQ(e.code(), ErrorCode::minimum_condition);
  EXPECT_TRUE(has_problem(e, "PP-P-MINIMUM", "/disabled_rules/0", "R-MINIMUM"));
  EXPECT_TRUE(has_problem(e, "PP-P-MINIMUM", "/disabled_rules/1", "R-MINIMUM"));
  EXPECT_TRUE(has_problem(e, "PP-P-UNKNOWN-CHOICE", "/local_choices/regie_overal"));
}

// The allow side: a rule that is not a minimum condition of this region may be switched off.
TEST(ProfileSettings, AnOptionalRuleMayBeSwitchedOff_R_MINIMUM) {
  Json s = settings("amsterdam-zaanstreek", "amstelveen");
  s["disabled_rules"] = {"R-REFERRER-C"};
  const Engine engine = Engine::load_builtin("amsterdam-zaanstreek", &s);
  EXPECT_FALSE(engine.rule_enabled("R-REFERRER-C"));
  EXPECT_TRUE(engine.rule_enabled("R-SEG-C-PLAN"));
  EXPECT_TRUE(engine.rule_enabled("R-SAFETY"));
  // R-SEG-C-PLAN is Amsterdam's (000), not a minimum condition in Flevoland.
  Json f = settings("flevoland", "almere");
  f["disabled_rules"] = {"R-SEG-C-PLAN"};
  EXPECT_FALSE(Engine::load_builtin("flevoland", &f).rule_enabled("R-SEG-C-PLAN"));
  EXPECT_TRUE(Engine::load_builtin("flevoland", &f).rule_enabled("R-REGIE-VERBLIJF"));
}

// ---- the settings document itself -----------------------------------------------

TEST(ProfileSettings, SettingsForAnotherProfileAreRefused) {
  const Error e = load_error("flevoland", settings("foodvalley", "ede"));
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_TRUE(has_problem(e, "PP-P-PROFILE-MISMATCH", "/profile"));
}

TEST(ProfileSettings, AnotherFormatIsRefused) {
  Json s = settings("foodvalley", "ede");
  s["format"] = "perspectief/settings@9";
  EXPECT_TRUE(has_problem(load_error("foodvalley", s), "PP-P-FORMAT", "/format"));
}

// Settings are configuration: a misspelt member would silently drop a choice.
TEST(ProfileSettings, MisspeltOrMistypedMembersAreRefused) {
  Json s = settings("foodvalley", "wageningen");
  s["local_choice"] = {{"goede_vrijdag_vrij", true}};
  Error e = load_error("foodvalley", s);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_TRUE(has_problem(e, "PP-S-UNKNOWN-FIELD", "/local_choice"));
  s = settings("foodvalley", "wageningen");
  s["local_choices"] = Json::array({"goede_vrijdag_vrij"});
  EXPECT_TRUE(has_problem(load_error("foodvalley", s), "PP-S-TYPE", "/local_choices"));
  s = settings("foodvalley", "wageningen");
  s.erase("municipality");
  EXPECT_TRUE(has_problem(load_error("foodvalley", s), "PP-S-REQUIRED", "/municipality"));
}

// R-LOCAL-FIELDS: a municipality adds its own fields to the region's.
TEST(ProfileSettings, MunicipalLocalFieldsAddToTheRegionsOnes_R_LOCAL_FIELDS) {
  Json s = settings("foodvalley", "barneveld");
  s["local_fields"] = {{{"key", "kernteam"}, {"type", "string"}, {"label", {{"nl", "Kernteam"}, {"en", "Core team"}}}}};
  const Engine engine = Engine::load_builtin("foodvalley", &s);
  std::vector<std::string> keys;
  for (const auto& f : engine.local_fields()) keys.push_back(f.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"vindplaats", "kernteam"}));
  s["local_fields"][0]["type"] = "tekst";
  EXPECT_TRUE(has_problem(load_error("foodvalley", s), "PP-P-FIELD-TYPE", "/local_fields/0/type"));
}

TEST(ProfileSettings, SettingsAsTextLoadToo) {
  Json s = settings("foodvalley", "scherpenzeel");
  s["local_choices"] = {{"opsteller_ondersteuningsplan", "gespreksvoerder_gemeente"}};
  const Engine engine = Engine::load_text(perspectief::builtin_profile_json("foodvalley").dump(), s.dump());
  EXPECT_EQ(engine.local_choice("opsteller_ondersteuningsplan"), "gespreksvoerder_gemeente");
  EXPECT_THROW(Engine::load_text(perspectief::builtin_profile_json("foodvalley").dump(), std::string("{")), Error);
}

}  // namespace
