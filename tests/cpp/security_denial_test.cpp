// Denials (issue #10, R-DEFAULT-DENY, R-LOG): a denied party learns that it is
// denied and which rules decided, not the plan's layout (member ids, result ids,
// toewijzing numbers), unless the municipality lets its role see the withheld list
// (local choice sharing_withheld_list_roles); a refused view produces a log record
// next to the disclosure records of releases.
#include <gtest/gtest.h>

#include <string>

#include "perspectief/json_api.hpp"
#include "sharing_fixtures.hpp"

namespace {

using namespace sharing_test;

// Identifiers of the Jansen family's plan that only its layout gives away.
const Strings kLayout = {"moeder", "vader", "sam", "noor", "lars", "r-sam-1", "r-noor-1", "fr-1", "a-sam-1",
                         "TW-1", "TW-2", "ev-1", "family_part/", "children/", "family/members"};

// The layout identifiers that occur anywhere in `document`.
Strings leaked(const Json& document) {
  const std::string text = document.dump();
  Strings found;
  for (const std::string& id : kLayout) {
    if (text.find(id) != std::string::npos) found.push_back(id);
  }
  return found;
}

Engine engine_listing_withheld_to(const Json& roles) {
  const Json settings = {{"format", "perspectief/settings@1"}, {"profile", "amsterdam-zaanstreek"},
                         {"municipality", "zaanstad"}, {"local_choices", {{"sharing_withheld_list_roles", roles}}}};
  return Engine::load_builtin("amsterdam-zaanstreek", &settings);
}

TEST(DenialOutput, TheGemeenteLearnsItIsDeniedAndWhyNotThePlansLayout) {
  const Json gemeente = party("gemeente", "amb-1");
  const Json decision = perspectief::json_api::decide(engine(), family_plan(), request(gemeente, "read", "beleid", "portaal"));
  EXPECT_EQ(decision.at("decision"), "deny");
  EXPECT_EQ(as_strings(decision.at("rules")), (Strings{"R-GEMEENTE"}));
  EXPECT_TRUE(decision.value("parts", Json::array()).empty());
  EXPECT_NE(decision.at("explanation_en").get<std::string>().find("R-GEMEENTE"), std::string::npos);
  EXPECT_EQ(decision.at("explanation_en").get<std::string>().find("51"), std::string::npos) << "no part count";
  EXPECT_EQ(leaked(decision), Strings{});

  const Json view = perspectief::json_api::view(engine(), family_plan(), request(gemeente, "read", "beleid", "portaal"));
  EXPECT_EQ(leaked(view), Strings{});
  EXPECT_FALSE(view.contains("withheld"));
}

TEST(DenialOutput, AnUninvolvedProviderLearnsNothingOfTheLayoutEither) {
  for (const char* action : {"read", "store"}) {
    const Json decision =
        perspectief::json_api::decide(engine(), family_plan(), request(provider("AGB-999"), action, "uitvoering", "beveiligde_email"));
    EXPECT_EQ(decision.at("decision"), "deny") << action;
    EXPECT_FALSE(decision.at("rules").empty()) << action;
    EXPECT_EQ(leaked(decision), Strings{}) << action;
  }
}

TEST(DenialOutput, ARoleThatMaySeeTheWithheldListGetsThePartsWithTheirRules) {
  // The allow side of the local choice: the municipality lets its own role see the list.
  const Engine listing = engine_listing_withheld_to({"gemeente"});
  const Json decision = perspectief::json_api::decide(listing, family_plan(), request(party("gemeente", "amb-1"), "read", "beleid", "portaal"));
  EXPECT_EQ(decision.at("decision"), "deny");
  EXPECT_EQ(verdict(decision, "children/sam/results/r-sam-1"), "deny");
  EXPECT_EQ(part_rules(decision, "children/sam/results/r-sam-1"), (Strings{"R-GEMEENTE"}));
  // The family is in the default list: a parent denied a part sees which one.
  const Json parent = perspectief::json_api::decide(engine(), family_plan(), request(member("ouder", "vader"), "read", "uitvoering", "portaal",
                                                             {"children/lars/hulpvragen"}));
  EXPECT_EQ(verdict(parent, "children/lars/hulpvragen/lars"), "deny");
}

TEST(DenialOutput, APartlyServedProviderDoesNotLearnWhatWasWithheld) {
  const Json view = perspectief::json_api::view(engine(), family_plan(), forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email"));
  EXPECT_EQ(view.at("decision").at("decision"), "allow");
  for (const Json& part : view.at("decision").at("parts")) EXPECT_EQ(part.at("decision"), "allow") << part.dump();
  for (const char* other : {"noor", "lars", "TW-2"}) {
    EXPECT_EQ(view.at("decision").dump().find(other), std::string::npos) << other;
  }
  EXPECT_EQ(view.at("disclosure").at("outcome"), "released");
  EXPECT_TRUE(view.at("refusal").is_null());
}

TEST(DenialLog, ARefusedViewYieldsALogRecordWithoutTheLayout) {
  Json requester = party("gemeente", "amb-1");
  requester["on_behalf_of"] = "amb-9";
  const Json view = perspectief::json_api::view(engine(), family_plan(), request(requester, "read", "beleid", "portaal"));
  EXPECT_TRUE(view.at("disclosure").is_null());
  const Json& record = view.at("refusal");
  ASSERT_TRUE(record.is_object());
  EXPECT_EQ(record.at("format"), "perspectief/disclosure@1");
  EXPECT_EQ(record.at("outcome"), "denied");
  EXPECT_EQ(record.at("event"), "read");
  EXPECT_EQ(record.at("at"), kAt);
  EXPECT_EQ(record.at("user").at("person"), "amb-1");
  EXPECT_EQ(record.at("user").at("role"), "gemeente");
  EXPECT_EQ(record.at("responsible_user"), "amb-9");
  EXPECT_EQ(record.at("purpose"), "beleid");
  EXPECT_EQ(record.at("channel"), "portaal");
  EXPECT_EQ(as_strings(record.at("rules")), (Strings{"R-GEMEENTE"}));
  EXPECT_EQ(record.at("client").at("plan"), "plan-jansen");
  EXPECT_EQ(as_strings(record.at("objects")), (Strings{""})) << "the whole plan was asked for";
  EXPECT_EQ(leaked(record), Strings{});
}

TEST(DenialLog, TheRecordNamesTheAddressesAskedForAndNothingElse) {
  const Json view = perspectief::json_api::view(engine(), family_plan(), forward(lokaal_team(), provider("AGB-999"), "uitvoering",
                                                         "beveiligde_email", {"children/noor/hulpvragen"}));
  const Json& record = view.at("refusal");
  ASSERT_TRUE(record.is_object()) << view.dump();
  EXPECT_EQ(as_strings(record.at("objects")), (Strings{"children/noor/hulpvragen"}));
  EXPECT_EQ(record.at("recipient").at("organisation"), "AGB-999");
  EXPECT_FALSE(record.at("rules").empty());
}

TEST(DenialOutput, NoDeniedDecisionShowsLayoutToARoleOutsideTheList) {
  // Every role outside the default list, every action and purpose, whole plan and
  // single addresses: whenever the decision is deny, it names no part of the plan.
  const Strings roles = {"gemeente", "hoofdaannemer", "onderaannemer", "verwijzer", "veilig_thuis", "raad", "accountant"};
  const Strings actions = {"read", "store", "amend"};
  const Strings purposes = {"uitvoering", "toewijzing", "verantwoording", "bezwaar_beroep", "veiligheid", "beleid"};
  int denied = 0;
  for (const std::string& role : roles) {
    for (const std::string& action : actions) {
      for (const std::string& purpose : purposes) {
        Json requester = party(role.c_str(), "x-1", "Org X");
        const Json d =
            perspectief::json_api::decide(engine(), family_plan(), request(requester, action.c_str(), purpose.c_str(), "beveiligde_email"));
        if (d.at("decision") != "deny") continue;
        ++denied;
        EXPECT_EQ(leaked(d), Strings{}) << role << " " << action << " " << purpose;
        EXPECT_FALSE(d.at("rules").empty()) << role << " " << action << " " << purpose;
      }
    }
  }
  EXPECT_GT(denied, 50);
}

}  // namespace
