// R-CONSENT-VALID and the sibling tie of a toewijzing, on their allow and deny
// sides (docs/sharing.md, "Consent"). The family is in sharing_fixtures.hpp:
// provider AGB-111 holds TW-1 for Sam (11); Lars is 16 and consents alone.
#include <gtest/gtest.h>

#include "sharing_fixtures.hpp"
#include "test_support.hpp"

namespace {

using namespace sharing_test;

// A provider organisation with an AGB code and no toewijzing in this plan.
const Json kOtherProvider = provider("12345678", "pr-9");

Json consent_of_lars(Json changes) {
  Json consent = {{"id", "c-lars"},
                  {"given_by", {"lars"}},
                  {"subject", "lars"},
                  {"purposes", {"uitvoering"}},
                  {"actions", {"read"}},
                  {"from", "2026-01-01T00:00:00+01:00"}};
  consent.update(changes);
  Json plan = family_plan_json();
  plan["consents"] = Json::array({consent});
  return plan;
}

Json read_lars(const Json& plan, const Json& requester, const char* channel = "portaal") {
  return decide(to_plan(plan), request(requester, "read", "uitvoering", channel, {"children/lars"}));
}

Plan example_family(const std::string& name) {
  return to_plan(Json::parse(pp_test::read_source_file("examples/families/" + name + ".json")));
}

std::vector<std::string> codes(const std::vector<perspectief::Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.code + " " + p.pointer);
  return out;
}

// The leak of issue 12: a consent naming the bare role let any provider read over the portal.
TEST(SharingConsentValid, ABareRoleLetsNoProviderIn) {
  const Json plan = consent_of_lars({{"recipients", {"hoofdaannemer"}}});
  const Json d = read_lars(plan, kOtherProvider);
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "consent_invalid");
  EXPECT_EQ(as_strings(part_rules(d, "children/lars/hulpvragen/lars")), (Strings{"R-CONSENT-VALID"}));
  EXPECT_NE(d.at("explanation_en").get<std::string>().find("invalid"), std::string::npos);
  EXPECT_NE(d.at("explanation_nl").get<std::string>().find("ongeldig"), std::string::npos);
  EXPECT_EQ(codes(engine().validate(to_plan(plan))), (Strings{"PP-V-CONSENT-RECIPIENT-ROLE /consents/0/recipients/0"}));
}

// A purpose outside the vocabulary was silently ignored; now validation and the decision say so,
// and with the purpose corrected the same request is allowed.
TEST(SharingConsentValid, APurposeOutsideTheVocabularyIsReportedAndCorrectingItAllows) {
  const Json wrong = consent_of_lars({{"purposes", {"uitvoering_jeugdhulp"}}, {"recipients", {"person:ha-1"}}});
  const Json huisarts = party("verwijzer", "ha-1", "Huisartsenpraktijk West");
  EXPECT_EQ(reason(read_lars(wrong, huisarts), "children/lars/hulpvragen/lars"), "consent_invalid");
  EXPECT_EQ(codes(engine().validate(to_plan(wrong))), (Strings{"PP-V-CONSENT-PURPOSE /consents/0/purposes/0"}));
  const Json right = consent_of_lars({{"recipients", {"person:ha-1"}}});
  EXPECT_TRUE(engine().validate(to_plan(right)).empty());
  EXPECT_EQ(reason(read_lars(right, huisarts), "children/lars/hulpvragen/lars"), "consent");
}

TEST(SharingConsentValid, AnInvalidConsentIsNotMentionedToWhomItWasNotMeantFor) {
  // Meant for the hoofdaannemer role: a huisarts learns nothing about it.
  const Json plan = consent_of_lars({{"recipients", {"hoofdaannemer"}}});
  const Json d = read_lars(plan, party("verwijzer", "ha-1", "Huisartsenpraktijk West"));
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "not_involved");
}

TEST(SharingConsentValid, AProviderNeedsItsOrganisationAndThePartsNamed) {
  // Named organisation and parts: consent widens the share, even without a toewijzing.
  const Json named = consent_of_lars({{"recipients", {"agb:12345678"}}, {"parts", {"children/lars/hulpvragen"}}});
  const Json allowed = read_lars(named, kOtherProvider, "beveiligde_email");
  EXPECT_EQ(reason(allowed, "children/lars/hulpvragen/lars"), "consent");
  EXPECT_EQ(verdict(allowed, "children/lars/analysis/justitie"), "deny");
  // The organisation without parts: "everything about Lars" does not reach past the toewijzing.
  const Json no_parts = consent_of_lars({{"recipients", {"agb:12345678"}}});
  EXPECT_EQ(reason(read_lars(no_parts, kOtherProvider), "children/lars/hulpvragen/lars"), "consent_provider_scope");
  // A person at the provider, not the organisation.
  const Json person = consent_of_lars({{"recipients", {"person:pr-9"}}, {"parts", {"children/lars"}}});
  const Json d = read_lars(person, kOtherProvider);
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "consent_provider_scope");
  EXPECT_EQ(as_strings(part_rules(d, "children/lars/hulpvragen/lars")), (Strings{"R-CONSENT-VALID"}));
  // Another organisation's code names nobody here.
  const Json other = consent_of_lars({{"recipients", {"agb:87654321"}}, {"parts", {"children/lars"}}});
  EXPECT_EQ(read_lars(other, kOtherProvider).at("decision"), "deny");
}

TEST(SharingConsentValid, TheActionMustBeConsentedTo) {
  const Json plan = consent_of_lars({{"recipients", {"person:ha-1"}}, {"actions", {"read"}}});
  const Json huisarts = party("verwijzer", "ha-1", "Huisartsenpraktijk West");
  const Json store = decide(to_plan(plan), request(huisarts, "store", "uitvoering", "portaal", {"children/lars"}));
  EXPECT_EQ(store.at("decision"), "deny");
  EXPECT_EQ(read_lars(plan, huisarts).at("decision"), "allow");
}

TEST(SharingConsentValid, AConsentWithoutActionsAsInOlderPlansDoesNotCount) {
  Json plan = consent_of_lars({{"recipients", {"person:ha-1"}}});
  plan["consents"][0].erase("actions");
  const Json d = read_lars(plan, party("verwijzer", "ha-1", "Huisartsenpraktijk West"));
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "consent_invalid");
}

TEST(SharingConsentValid, EveryExampleConsentIsValid) {
  for (const char* name : {"amstelveen-gezinsplan-dwangkader", "amsterdam-twee-kinderen-segment-c",
                           "diemen-ziekenhuis-segment-b", "ede-familiegroepsplan", "lelystad-zelfstandig-wonen-verblijf",
                           "werkproces-thuisplus-vervoer", "zaanstad-crisisplaatsing"}) {
    const Plan plan = example_family(name);
    ASSERT_FALSE(plan.consents.empty()) << name;
    for (const auto& problem : engine(plan.profile.c_str()).validate(plan)) {
      EXPECT_NE(problem.pointer.rfind("/consents", 0), 0u) << name << ": " << problem.code << " " << problem.pointer;
    }
  }
}

// Each example consent counts for what it says: on the day it was given, its provider reads the
// parts it names (over a secure channel), and those the toewijzing does not link are released by consent.
TEST(SharingConsentValid, EveryExampleConsentCountsForItsProvider) {
  for (const char* name : {"amstelveen-gezinsplan-dwangkader", "amsterdam-twee-kinderen-segment-c",
                           "diemen-ziekenhuis-segment-b", "ede-familiegroepsplan", "lelystad-zelfstandig-wonen-verblijf",
                           "werkproces-thuisplus-vervoer", "zaanstad-crisisplaatsing"}) {
    const Plan plan = example_family(name);
    for (const auto& consent : plan.consents) {
      for (const std::string& recipient : consent.recipients) {
        if (recipient.rfind("agb:", 0) != 0) continue;
        const Json r = request(provider(recipient.substr(4).c_str(), "pr-example"), "read", "uitvoering",
                               "beveiligde_email", consent.parts, consent.from.value.c_str());
        const Json d = decide(plan, r, plan.profile.c_str());
        ASSERT_TRUE(d.contains("parts")) << name << " " << consent.id;
        for (const Json& part : d.at("parts")) {
          EXPECT_EQ(part.at("decision"), "allow") << name << " " << recipient << "\n" << d.dump();
          EXPECT_TRUE(part.at("reason") == "consent" || part.at("reason") == "toewijzing_linked") << d.dump();
        }
        EXPECT_TRUE(contains(as_strings(d.at("rules")), "R-CONSENT-AGE")) << name << " " << recipient;
        // Beyond what it names, the consent gives this provider nothing of the subject's own words.
        Json outside = r;
        outside["parts"] = {"children/" + consent.subject + "/hulpvragen"};
        if (consent.parts.front() != outside["parts"][0]) {
          EXPECT_NE(decide(plan, outside, plan.profile.c_str()).at("decision"), "allow") << name;
        }
      }
    }
  }
}

// ---- siblings: a toewijzing releases only its own jeugdige's results ----------------

TEST(SharingSiblings, AToewijzingNamingASiblingsResultReleasesNothingOfTheSibling) {
  Json plan = family_plan_json();
  plan["children"][0]["toewijzingen"][0]["results"].push_back("r-lars-1");  // Sam's TW-1 names Lars's result
  const Plan p = to_plan(plan);
  EXPECT_EQ(codes(engine().validate(p)), (Strings{"PP-V-TOEWIJZING-RESULT /children/0/toewijzingen/0/results/1"}));
  const Json d = decide(p, request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                   {"children/lars", "children/sam/results"}));
  EXPECT_EQ(verdict(d, "children/lars/results/r-lars-1"), "deny");
  EXPECT_EQ(verdict(d, "children/sam/results/r-sam-1"), "allow");
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-1"), "toewijzing_linked");
}

TEST(SharingSiblings, AFamilyResultNamedByTheToewijzingIsReleased) {
  Json plan = family_plan_json();
  const std::string family_result = plan["family_part"]["results"][0]["id"];
  plan["children"][0]["toewijzingen"][0]["results"].push_back(family_result);
  const Plan p = to_plan(plan);
  EXPECT_TRUE(engine().validate(p).empty()) << pp_test::describe(engine().validate(p));
  const Json d = decide(p, request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                   {"family_part/results/" + family_result}));
  EXPECT_EQ(reason(d, "family_part/results/" + family_result), "toewijzing_linked");
}

}  // namespace
