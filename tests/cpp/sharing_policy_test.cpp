// The policy section of a region profile as data (docs/sharing.md, "Policy as
// data"): it compiles at load time, municipal local choices apply, and neither
// the profile's data nor a local choice can relax what a rule guarantees
// (R-MINIMUM).
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "perspectief/profile.hpp"
#include "sharing_fixtures.hpp"

namespace {

using namespace sharing_test;
using perspectief::Error;
using perspectief::ErrorCode;

Json profile_json(const char* id = "amsterdam-zaanstreek") { return perspectief::builtin_profile_json(id); }

Json settings(Json local_choices, Json disabled_rules = Json::array(), const char* profile = "amsterdam-zaanstreek") {
  return {{"format", "perspectief/settings@1"}, {"profile", profile}, {"municipality", "testgemeente"},
          {"local_choices", std::move(local_choices)}, {"disabled_rules", std::move(disabled_rules)}};
}

// The error Engine::load throws, or a failure when it loads.
Error load_error(const Json& profile, const Json* municipal = nullptr) {
  try {
    Engine::load(profile, municipal);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "the engine loaded";
  return Error(ErrorCode::ok, "");
}

Json& grant_of(Json& profile, const char* rule) {
  for (Json& g : profile["policy"]["grants"]) {
    if (g["rule"] == rule) return g;
  }
  throw std::runtime_error(std::string("no grant for ") + rule);
}

TEST(SharingPolicy, EveryBuiltinProfileCompiles) {
  for (const auto& info : perspectief::builtin_profiles()) {
    EXPECT_NO_THROW(Engine::load_builtin(info.id)) << info.id;
  }
}

TEST(SharingPolicy, AnEmptyPolicySharesNothingSoAWorkflowThatWritesCannotUseIt) {
  // Deny by default: a policy without grants lets nobody read anything. A workflow whose
  // roles write the plan cannot run on it (the one role model), so such a profile is
  // refused when it loads, naming every role that would write what it cannot read.
  Json profile = profile_json();
  profile["policy"] = {{"channels", Json::array({{{"code", "portaal"}, {"secure", true}}})}};
  profile["local_choices"] = Json::array();
  try {
    Engine::load(profile);
    FAIL() << "a workflow that writes was accepted with a policy that lets nobody read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::profile);
    EXPECT_EQ(e.problems().at(0).code, "PP-P-ROLE-WRITE-UNREADABLE");
    EXPECT_EQ(e.problems().at(0).pointer, "/workflow/transitions/0/roles");
    EXPECT_EQ(e.problems().at(0).rule, "R-CHANGE-SCOPE");
  }
  // The same policy with the owner's grant alone: the family reads its plan, everyone
  // else is denied by default.
  profile["policy"]["channels"] = profile_json()["policy"]["channels"];
  profile["policy"]["grants"] = Json::array({profile_json()["policy"]["grants"][0]});
  profile["workflow"]["transitions"] = Json::array({profile_json()["workflow"]["transitions"][0]});
  profile["workflow"]["transitions"][0]["roles"] = {"ouder"};
  profile["workflow"]["states"] = Json::array({profile_json()["workflow"]["states"][0]});
  const Engine engine = Engine::load(profile);
  const Json d = perspectief::json_api::decide(engine, family_plan(), request(lokaal_team(), "read", "uitvoering", "portaal"));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-DEFAULT-DENY"}));
}

// ---- Local choices ----------------------------------------------------------------

TEST(SharingPolicy, AMunicipalityChoosesTheSecureChannelsOfItsProviders) {
  // The provider's role may see what was withheld, so that the reason can be read.
  const Json choice = settings({{"sharing_provider_channels", {"portaal"}}, {"sharing_withheld_list_roles", {"hoofdaannemer"}}});
  const Engine engine = Engine::load(profile_json(), &choice);
  const Json portal = perspectief::json_api::decide(engine, family_plan(), request(provider("AGB-111"), "read", "uitvoering", "portaal",
                                                           {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(portal.at("decision"), "allow");
  const Json mail = perspectief::json_api::decide(engine, family_plan(), request(provider("AGB-111"), "read", "uitvoering",
                                                         "beveiligde_email", {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(reason(mail, "children/sam/results/r-sam-1"), "channel_not_allowed");
}

TEST(SharingPolicy, ALocalChoiceCannotRelaxAMinimumCondition) {
  // R-SHARE-HOOFDAANNEMER is a minimum condition in Amsterdam: plain e-mail is refused at load.
  const Json choice = settings({{"sharing_provider_channels", {"beveiligde_email", "email"}}});
  const Error e = load_error(profile_json(), &choice);
  EXPECT_EQ(e.code(), ErrorCode::minimum_condition);
  EXPECT_EQ(e.pointer(), "/local_choices/sharing_provider_channels/1");
  EXPECT_EQ(as_strings(e.rules()), (Strings{"R-MINIMUM"}));
  ASSERT_FALSE(e.problems().empty());
  EXPECT_EQ(e.problems()[0].code, "PP-P-MINIMUM");
}

TEST(SharingPolicy, WhereItIsNoMinimumConditionTheRuleStillOnlyUsesSecureChannels) {
  const Json choice = settings({{"sharing_provider_channels", {"email"}}}, Json::array(), "werkproces-jeugdhulp");
  const Error e = load_error(profile_json("werkproces-jeugdhulp"), &choice);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_EQ(e.problems().at(0).code, "PP-P-POLICY-INSECURE");
  EXPECT_EQ(e.problems().at(0).rule, "R-SHARE-HOOFDAANNEMER");
}

TEST(SharingPolicy, UnknownValuesOfSharingChoicesAreRefused) {
  const Json channel = settings({{"sharing_provider_channels", {"duiven"}}});
  EXPECT_EQ(load_error(profile_json(), &channel).problems().at(0).code, "PP-P-CHOICE-VALUE");
  const Json role = settings({{"sharing_withheld_list_roles", {"buurman"}}});
  const Error e = load_error(profile_json(), &role);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_EQ(e.pointer(), "/local_choices/sharing_withheld_list_roles/0");
}

TEST(SharingPolicy, TheFloorRulesCannotBeSwitchedOff) {
  // Make R-MEMBER-PRIVACY an ordinary rule of the profile: the sharing engine still refuses to drop it.
  Json profile = profile_json("werkproces-jeugdhulp");
  auto& minimum = profile["minimum_conditions"];
  minimum.erase(std::remove_if(minimum.begin(), minimum.end(),
                               [](const Json& m) { return m["rule"] == "R-MEMBER-PRIVACY"; }),
                minimum.end());
  const Json off = settings(Json::object(), {"R-MEMBER-PRIVACY"}, "werkproces-jeugdhulp");
  const Error e = load_error(profile, &off);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_EQ(e.pointer(), "/disabled_rules/0");
  EXPECT_EQ(e.problems().at(0).code, "PP-P-POLICY-FLOOR");
}

TEST(SharingPolicy, AnOrdinaryRuleCanBeSwitchedOffByTheMunicipality) {
  const Json off = settings(Json::object(), {"R-LT-STORE"});
  const Engine engine = Engine::load(profile_json(), &off);
  const Json d = perspectief::json_api::decide(engine, family_plan(), request(lokaal_team(), "store", "verantwoording", "koppeling"));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "header"), "no_rule");
  // The default engine allows the same request.
  EXPECT_EQ(decide(family_plan(), request(lokaal_team(), "store", "verantwoording", "koppeling")).at("decision"),
            "allow");
}

TEST(SharingPolicy, MinimumConditionsCannotBeSwitchedOffEither) {
  const Json off = settings(Json::object(), {"R-SHARE-HOOFDAANNEMER"});
  EXPECT_EQ(load_error(profile_json(), &off).code(), ErrorCode::minimum_condition);
}

// R-MINIMUM: the regisseur's mandate is a minimum condition of Flevoland (002), the break-glass
// path is law in every region: no municipality switches either off.
TEST(SharingPolicy, TheRegieMandateIsAMinimumConditionInFlevoland) {
  const Json off = settings(Json::object(), {"R-REGIE-MANDATE"}, "flevoland");
  const Error e = load_error(profile_json("flevoland"), &off);
  EXPECT_EQ(e.code(), ErrorCode::minimum_condition);
  EXPECT_EQ(e.pointer(), "/disabled_rules/0");
  EXPECT_EQ(e.problems().at(0).code, "PP-P-MINIMUM");
  // An ordinary rule of Flevoland can still be switched off there.
  const Json lt_store = settings(Json::object(), {"R-LT-STORE"}, "flevoland");
  EXPECT_NO_THROW(Engine::load(profile_json("flevoland"), &lt_store));
}

TEST(SharingPolicy, TheBreakGlassPathIsLawInEveryRegion) {
  for (const char* profile : {"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"}) {
    for (const char* rule : {"R-SAFETY-OVERRIDE", "R-CONSENT-VALID"}) {
      const Json off = settings(Json::object(), {rule}, profile);
      const Error e = load_error(profile_json(profile), &off);
      EXPECT_EQ(e.code(), ErrorCode::minimum_condition) << profile << " " << rule;
      EXPECT_EQ(e.problems().at(0).code, "PP-P-MINIMUM") << profile << " " << rule;
    }
  }
}

// ---- The profile's own data -----------------------------------------------------------

TEST(SharingPolicy, TheProfileCannotLetTheHoofdaannemerReceiveOverAnInsecureChannel) {
  Json profile = profile_json();
  grant_of(profile, "R-SHARE-HOOFDAANNEMER")["channels"] = {"beveiligde_email", "email"};
  const Error e = load_error(profile);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  EXPECT_EQ(e.problems().at(0).code, "PP-P-POLICY-INSECURE");
  EXPECT_EQ(e.pointer(), "/policy/grants/4/channels/1");
}

TEST(SharingPolicy, TheMunicipalityIsNoAudience) {
  Json profile = profile_json();
  grant_of(profile, "R-LT-INVOLVED")["audience"] = {"involved_lokaal_team", "gemeente"};
  const Error e = load_error(profile);
  EXPECT_EQ(e.problems().at(0).code, "PP-P-POLICY-AUDIENCE");
  EXPECT_EQ(e.problems().at(0).rule, "R-GEMEENTE");
}

TEST(SharingPolicy, ARuleKeepsItsMeaning) {
  const auto first_code = [](const char* rule, const char* member, Json value) {
    Json profile = profile_json();
    grant_of(profile, rule)[member] = std::move(value);
    return load_error(profile).problems().at(0).code;
  };
  // The owner grant is about family members, not providers.
  EXPECT_EQ(first_code("R-OWNER", "audience", {"toewijzing_holder"}), "PP-P-POLICY-AUDIENCE");
  // The history carries every member's information.
  EXPECT_EQ(first_code("R-OWNER", "parts", {"*"}), "PP-P-POLICY-HISTORY");
  // R-LT-STORE is about storing; R-SAFETY is about safety.
  EXPECT_EQ(first_code("R-LT-STORE", "actions", {"store", "forward"}), "PP-P-POLICY-ACTION");
  EXPECT_EQ(first_code("R-SAFETY", "purposes", {"veiligheid", "uitvoering"}), "PP-P-POLICY-PURPOSE");
  EXPECT_EQ(first_code("R-SHARE-HOOFDAANNEMER", "actions", {"read", "forward"}), "PP-P-POLICY-ACTION");
  EXPECT_EQ(first_code("R-OWNER", "rule", "R-CONSENT-AGE"), "PP-P-POLICY-RULE");
}

TEST(SharingPolicy, MistakesInTheDocumentAreReportedWithTheirPointers) {
  Json profile = profile_json();
  grant_of(profile, "R-OWNER")["channels"] = {"portaal", "duivenpost"};
  grant_of(profile, "R-LT-INVOLVED")["parts"] = {"children/*/hobbies"};
  profile["policy"]["safety_leefgebieden"] = {"veiligheid", "ruimtevaart"};
  profile["policy"]["own_account"].push_back("children/*/hulpvragen");
  profile["policy"]["break_glass"]["recipients"] = {"veilig_thuis", "raad"};
  profile["policy"]["consent"]["chanels"] = Json::array();
  const Error e = load_error(profile);
  std::vector<std::string> found;
  for (const auto& p : e.problems()) found.push_back(p.code + " " + p.pointer);
  EXPECT_EQ(as_strings(found), (Strings{"PP-S-UNKNOWN-FIELD /policy/consent/chanels"}));
  profile["policy"]["consent"].erase("chanels");
  found.clear();
  const Error second = load_error(profile);
  for (const auto& p : second.problems()) found.push_back(p.code + " " + p.pointer);
  EXPECT_TRUE(contains(found, "PP-P-POLICY-CHANNEL /policy/grants/0/channels/1"));
  EXPECT_TRUE(contains(found, "PP-P-POLICY-PART /policy/grants/1/parts/0"));
  EXPECT_TRUE(contains(found, "PP-P-POLICY-LEEFGEBIED /policy/safety_leefgebieden/1"));
  EXPECT_TRUE(contains(found, "PP-P-POLICY-OWN-ACCOUNT /policy/own_account"));
  EXPECT_TRUE(contains(found, "PP-P-POLICY-BREAK-GLASS /policy/break_glass/recipients/1"));
}

}  // namespace
