// R-MEMBER-PRIVACY for adults: a member's personal entries (model/personal_content.hpp)
// form that member's own part. The father's account of his dismissal and debts is not
// read by his 15-year-old daughter, nor by the mother, unless he shares it; the lokale
// team still sees it; a provider gets it only by his consent.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/model.hpp"
#include "sharing_fixtures.hpp"

namespace perspectief {
namespace {

using namespace sharing_test;
using sharing::list_parts;
using sharing::PartInfo;
using sharing::PartKind;

constexpr const char* kFather = "family_part/personal/vader";

// The Jansen family with the father's personal account in the family part: a perspective
// on financien he wrote himself, and a result about his debts recorded by the lokale team.
Json with_fathers_account() {
  Json plan = family_plan_json();
  const Json father = {{"role", "ouder"}, {"person", "p-vader"}, {"member", "vader"}};
  Json own = perspective(father, "Ontslagen in januari; de schulden lopen op.");
  own["personal"] = true;
  plan["family_part"]["analysis"][2]["perspectives"].push_back(own);
  plan["family_part"]["results"].push_back({{"id", "fr-schulden"}, {"leefgebied", "financien"},
                                            {"description", "Schuldhulp voor vader"}, {"performer", "lokale_toegang"},
                                            {"about", "vader"}, {"personal", true}});
  return plan;
}

Json consent_of_father(Json recipients, Json purposes = Json::array({"uitvoering"})) {
  return {{"id", "c-vader"},        {"given_by", {"vader"}}, {"subject", "vader"},
          {"purposes", purposes},   {"actions", {"read"}},   {"parts", {kFather}},
          {"recipients", recipients}, {"from", "2026-01-01T00:00:00+01:00"}};
}

TEST(MemberPrivacy, PersonalEntriesFormTheirMembersOwnPart) {
  const std::vector<PartInfo> parts = list_parts(to_plan(with_fathers_account()));
  std::size_t personal = 0;
  for (const PartInfo& p : parts) {
    if (p.id.value != kFather) continue;
    ++personal;
    EXPECT_EQ(p.kind, PartKind::family_personal);
    EXPECT_EQ(p.subject, "vader");
  }
  EXPECT_EQ(personal, 1u);  // one part for both entries
}

TEST(MemberPrivacy, ADaughterAndTheOtherParentDoNotReadAFathersPersonalAccount) {
  const Plan plan = to_plan(with_fathers_account());
  for (const Json& other : {member("jeugdige", "noor"), member("ouder", "moeder"), member("jeugdige", "lars")}) {
    const Json d = decide(plan, request(other, "read", "uitvoering", "portaal"));
    EXPECT_EQ(verdict(d, kFather), "deny") << other.dump();
    EXPECT_EQ(reason(d, kFather), "member_privacy") << other.dump();
    // The rest of the family part, the lokale team's view on the family's money included, stays theirs.
    EXPECT_EQ(verdict(d, "family_part/analysis/financien"), "allow") << other.dump();
    EXPECT_EQ(verdict(d, "family_part/results/fr-1"), "allow") << other.dump();
  }
  // In the view the daughter gets, the leefgebied keeps the lokale team's perspective and loses his.
  const Json view = json_api::view(engine(), plan, request(member("jeugdige", "noor"), "read", "uitvoering", "portaal"));
  const Json& analysis = view.at("view").at("family_part").at("analysis");
  const std::string text = view.dump();
  EXPECT_EQ(text.find("Ontslagen"), std::string::npos);
  EXPECT_EQ(text.find("fr-schulden"), std::string::npos);
  EXPECT_EQ(analysis[2].at("leefgebied"), "financien");
  EXPECT_EQ(analysis[2].at("perspectives").size(), 1u);
}

TEST(MemberPrivacy, TheFatherAndTheLokaleTeamReadIt) {
  const Plan plan = to_plan(with_fathers_account());
  const Json father = decide(plan, request(member("ouder", "vader"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(reason(father, kFather), "owner");
  const Json team = decide(plan, request(lokaal_team(), "read", "uitvoering", "portaal"));
  EXPECT_EQ(reason(team, kFather), "lt_involved");
  const Json view = json_api::view(engine(), plan, request(member("ouder", "vader"), "read", "uitvoering", "portaal"));
  const Json& financien = view.at("view").at("family_part").at("analysis")[2];
  EXPECT_EQ(financien.at("perspectives").size(), 2u);
  EXPECT_NE(view.dump().find("fr-schulden"), std::string::npos);
}

TEST(MemberPrivacy, TheFatherSharesItWithTheMotherByConsentAndWithNobodyElse) {
  Json plan = with_fathers_account();
  plan["consents"] = Json::array({consent_of_father({"member:moeder"})});
  const Json mother = decide(to_plan(plan), request(member("ouder", "moeder"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(reason(mother, kFather), "consent");
  const Json daughter = decide(to_plan(plan), request(member("jeugdige", "noor"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(verdict(daughter, kFather), "deny");
  // The mother cannot give it away for him: her consent is not the subject's.
  Json by_mother = with_fathers_account();
  Json c = consent_of_father({"member:noor"});
  c["given_by"] = {"moeder"};
  by_mother["consents"] = Json::array({c});
  EXPECT_EQ(verdict(decide(to_plan(by_mother), request(member("jeugdige", "noor"), "read", "uitvoering", "portaal")),
                    kFather),
            "deny");
}

TEST(MemberPrivacy, AProviderGetsPersonalEntriesOnlyByConsentEvenWhenItsToewijzingNamesThem) {
  Json plan = with_fathers_account();
  // A provider a consent can name (R-CONSENT-VALID: an AGB code of 8 digits).
  plan["children"][0]["aanbieder"]["id"] = "90000111";
  plan["children"][0]["toewijzingen"][0]["aanbieder"] = "90000111";
  plan["children"][0]["toewijzingen"][0]["results"].push_back("fr-schulden");
  const Json provider_view = decide(to_plan(plan), request(provider("90000111"), "read", "uitvoering", "beveiligde_email"));
  EXPECT_EQ(verdict(provider_view, kFather), "deny");
  EXPECT_EQ(verdict(provider_view, "children/sam/results/r-sam-1"), "allow");
  plan["consents"] = Json::array({consent_of_father({"agb:90000111"})});
  const Json consented = decide(to_plan(plan), request(provider("90000111"), "read", "uitvoering", "beveiligde_email"));
  EXPECT_EQ(reason(consented, kFather), "consent");
}

TEST(MemberPrivacy, PersonalEntriesInAJeugdigesPartAreTheirOwnersNotTheJeugdiges) {
  // The father's account in Sam's part: the mother, who reads Sam's part (a child under 16,
  // R-CONSENT-AGE), does not read the father's personal entry there.
  Json plan = family_plan_json();
  const Json father = {{"role", "ouder"}, {"person", "p-vader"}, {"member", "vader"}};
  Json own = perspective(father, "Ik drink te veel sinds het ontslag.");
  own["personal"] = true;
  plan["children"][0]["analysis"][0]["perspectives"].push_back(own);
  const Json mother = decide(to_plan(plan), request(member("ouder", "moeder"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(verdict(mother, "children/sam/analysis/ontwikkeling"), "allow");
  EXPECT_EQ(verdict(mother, "children/sam/personal/vader"), "deny");
  EXPECT_EQ(reason(mother, "children/sam/personal/vader"), "member_privacy");
  EXPECT_EQ(reason(decide(to_plan(plan), request(member("ouder", "vader"), "read", "uitvoering", "portaal")),
                   "children/sam/personal/vader"),
            "owner");
}

TEST(MemberPrivacy, PersonalContentThatNamesNoMemberIsSeenByNoMemberAndReported) {
  Json plan = family_plan_json();
  plan["family_part"]["results"].push_back({{"id", "fr-x"}, {"leefgebied", "financien"}, {"description", "Geheim"},
                                            {"performer", "lokale_toegang"}, {"personal", true}});
  const Plan p = to_plan(plan);
  for (const Json& m : {member("ouder", "moeder"), member("ouder", "vader"), member("jeugdige", "lars")}) {
    EXPECT_EQ(verdict(decide(p, request(m, "read", "uitvoering", "portaal")), "family_part/personal/~"), "deny");
  }
  EXPECT_EQ(verdict(decide(p, request(lokaal_team(), "read", "uitvoering", "portaal")), "family_part/personal/~"), "allow");
  const std::vector<Problem> problems = engine().validate(p);
  const bool reported = std::any_of(problems.begin(), problems.end(), [](const Problem& problem) {
    return problem.code == "PP-V-PERSONAL-OWNER" && problem.pointer == "/family_part/results/1/personal" &&
           problem.rule == "R-MEMBER-PRIVACY";
  });
  EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace perspectief
