// Every sharing rule on its allow side and its deny side (DOMAIN.md section 6,
// docs/sharing.md). The family and its parts are described in sharing_fixtures.hpp.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "sharing_fixtures.hpp"

namespace {

using namespace sharing_test;
using perspectief::Error;
using perspectief::ErrorCode;

// ---- R-OWNER ------------------------------------------------------------------

TEST(SharingOwner, FamilyMemberReadsTheFamilyPartAndOwnPart) {
  const Plan plan = family_plan();
  const Json d = decide(plan, request(member("jeugdige", "lars"), "read", "uitvoering", "portaal",
                                      {"family_part/analysis", "children/lars"}));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(verdict(d, "family_part/analysis/opvoeding"), "allow");
  EXPECT_EQ(reason(d, "family_part/analysis/opvoeding"), "owner");
  EXPECT_EQ(verdict(d, "children/lars/analysis/justitie"), "allow");
  EXPECT_EQ(as_strings(part_rules(d, "children/lars/analysis/justitie")), (Strings{"R-OWNER"}));
}

TEST(SharingOwner, SomeoneClaimingAMemberIdTheFamilyDoesNotListGetsNothing) {
  const Plan plan = family_plan();
  const Json d = decide(plan, request(member("ouder", "tante"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "family_part/analysis/opvoeding"), "not_involved");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-DEFAULT-DENY"}));
}

TEST(SharingOwner, TheRoleMustMatchTheMemberRecord) {
  // Sam is a jeugdige; claiming to be Sam in the role ouder is no relation to this case.
  const Json d = decide(family_plan(), request(member("ouder", "sam"), "read", "uitvoering", "portaal",
                                               {"family_part/analysis"}));
  EXPECT_EQ(d.at("decision"), "deny");
}

TEST(SharingOwner, NotOverAChannelThePolicyDoesNotListForTheFamily) {
  const Json d = decide(family_plan(), request(member("jeugdige", "lars"), "read", "uitvoering", "email",
                                               {"children/lars"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "channel_not_allowed");
  EXPECT_EQ(as_strings(part_rules(d, "children/lars/hulpvragen/lars")), (Strings{"R-OWNER"}));
}

TEST(SharingOwner, TheFamilyMayAmendItsOwnPart) {
  const Json allowed = decide(family_plan(), request(member("ouder", "moeder"), "amend", "uitvoering", "portaal",
                                                     {"family_part/hulpvragen/moeder"}));
  EXPECT_EQ(allowed.at("decision"), "allow");
  const Json denied = decide(family_plan(), request(member("ouder", "moeder"), "amend", "uitvoering", "portaal",
                                                    {"family_part/hulpvragen/vader"}));
  EXPECT_EQ(reason(denied, "family_part/hulpvragen/vader"), "member_privacy");
}

TEST(SharingOwner, HistoryIsNotPartOfTheFamilyGrant) {
  // History entries carry any member's content in their payloads (R-MEMBER-PRIVACY).
  const Json d = decide(family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal", {"history"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "history"), "no_rule");
}

// ---- R-MEMBER-PRIVACY -----------------------------------------------------------

TEST(SharingMemberPrivacy, ParentWithGezagSeesChildrenUnder16) {
  const Json d = decide(family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                               {"children/sam", "children/noor"}));
  EXPECT_EQ(verdict(d, "children/sam/hulpvragen/sam"), "allow");  // 11
  EXPECT_EQ(verdict(d, "children/noor/hulpvragen/noor"), "allow");  // 15
  EXPECT_EQ(reason(d, "children/noor/hulpvragen/noor"), "owner_representative");
  EXPECT_EQ(as_strings(part_rules(d, "children/noor/hulpvragen/noor")), (Strings{"R-OWNER", "R-CONSENT-AGE"}));
}

TEST(SharingMemberPrivacy, ParentDoesNotSeeA16YearOldsPart) {
  const Json d = decide(family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                               {"children/lars"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "member_privacy");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-MEMBER-PRIVACY"}));
}

TEST(SharingMemberPrivacy, TheSixteenthBirthdayIsTheBoundary) {
  // Noor turns 16 on 2027-01-20.
  const Json before = decide(family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                                    {"children/noor/hulpvragen"}, "2027-01-19T23:59:59+01:00"));
  const Json on = decide(family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                                {"children/noor/hulpvragen"}, "2027-01-20T00:00:00+01:00"));
  EXPECT_EQ(before.at("decision"), "allow");
  EXPECT_EQ(on.at("decision"), "deny");
}

TEST(SharingMemberPrivacy, SiblingsAndTheOtherParentDoNotSeeEachOthersParts) {
  const Json sibling = decide(family_plan(), request(member("jeugdige", "sam"), "read", "uitvoering", "portaal",
                                                     {"children/noor"}));
  EXPECT_EQ(sibling.at("decision"), "deny");
  EXPECT_EQ(reason(sibling, "children/noor/results/r-noor-1"), "member_privacy");
  const Json partner = decide(family_plan(), request(member("ouder", "vader"), "read", "uitvoering", "portaal",
                                                     {"family_part/hulpvragen"}));
  EXPECT_EQ(verdict(partner, "family_part/hulpvragen/vader"), "allow");
  EXPECT_EQ(reason(partner, "family_part/hulpvragen/moeder"), "member_privacy");
}

TEST(SharingMemberPrivacy, AParentWithoutGezagDoesNotRepresentTheChild) {
  Json plan = family_plan_json();
  plan["family"]["members"][1]["gezag"] = false;
  const Json d = decide(to_plan(plan), request(member("ouder", "vader"), "read", "uitvoering", "portaal",
                                               {"children/sam"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-1"), "member_privacy");
}

TEST(SharingMemberPrivacy, AJeugdigeWithoutBirthDateCannotBeRepresented) {
  Json plan = family_plan_json();
  plan["family"]["members"][2].erase("birth_date");
  const Json d = decide(to_plan(plan), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                               {"children/sam/hulpvragen"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/sam/hulpvragen/sam"), "givers_unknown");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-CONSENT-AGE"}));
}

TEST(SharingMemberPrivacy, AProviderDoesNotGetOtherMembersInformation) {
  const Json d = decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                               {"children/noor", "family/members/noor", "family_part/hulpvragen"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/noor/hulpvragen/noor"), "member_privacy");
  EXPECT_EQ(reason(d, "family/members/noor"), "member_privacy");
  EXPECT_EQ(reason(d, "family_part/hulpvragen/moeder"), "member_privacy");
}

// ---- R-LT-INVOLVED ----------------------------------------------------------------

TEST(SharingLokaalTeam, TheInvolvedWorkerReadsTheWholePlan) {
  const Plan plan = family_plan();
  const Json d = decide(plan, request(lokaal_team(), "read", "uitvoering", "koppeling"));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(allowed_parts(d).size(), perspectief::sharing::list_parts(plan).size());
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-LT-INVOLVED"}));
}

TEST(SharingLokaalTeam, AColleagueActingOnBehalfOfTheInvolvedWorkerReads) {
  Json colleague = lokaal_team("lt-7");
  colleague["on_behalf_of"] = "lt-1";
  EXPECT_EQ(decide(family_plan(), request(colleague, "read", "uitvoering", "koppeling")).at("decision"), "allow");
}

TEST(SharingLokaalTeam, RoleAloneIsNotInvolvement) {
  const Json d = decide(family_plan(), request(lokaal_team("lt-9"), "read", "uitvoering", "koppeling"));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "header"), "not_involved");
}

// ---- R-LT-STORE -----------------------------------------------------------------

TEST(SharingLtStore, TheInvolvedTeamStoresThePlan) {
  const Json d = decide(family_plan(), request(lokaal_team(), "store", "verantwoording", "koppeling"));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(reason(d, "family_part/hulpvragen/moeder"), "lt_store");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-LT-STORE"}));
  EXPECT_TRUE(obligation_codes(d).empty());
}

TEST(SharingLtStore, WithTheFamilysObjectionOnlyTheTeamsOwnAccountIsStored) {
  Json plan = family_plan_json();
  plan["recording_objection"] = true;
  const Json d = decide(to_plan(plan), request(lokaal_team(), "store", "uitvoering", "koppeling"));
  EXPECT_EQ(d.at("decision"), "allow");
  // The family's own words stay out of the team's dossier ...
  EXPECT_EQ(reason(d, "family_part/hulpvragen/moeder"), "recording_objection");
  EXPECT_EQ(reason(d, "children/sam/analysis/ontwikkeling"), "recording_objection");
  EXPECT_EQ(as_strings(part_rules(d, "children/sam/analysis/ontwikkeling")), (Strings{"R-LT-STORE"}));
  // ... the core the help is based on goes in, with the obligation to store only the own account.
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-1"), "lt_store_own_account");
  EXPECT_EQ(verdict(d, "children/sam/toewijzingen/TW-1"), "allow");
  EXPECT_EQ(as_strings(obligation_codes(d)), (Strings{"own_account_only"}));
  // Reading during the conversation is not recording.
  EXPECT_EQ(verdict(decide(to_plan(plan), request(lokaal_team(), "read", "uitvoering", "koppeling")),
                    "family_part/hulpvragen/moeder"),
            "allow");
}

TEST(SharingLtStore, NotForPolicyPurposesAndNotByUninvolvedWorkers) {
  const Json beleid = decide(family_plan(), request(lokaal_team(), "store", "beleid", "koppeling"));
  EXPECT_EQ(beleid.at("decision"), "deny");
  EXPECT_EQ(reason(beleid, "header"), "no_rule");
  const Json other = decide(family_plan(), request(lokaal_team("lt-9"), "store", "verantwoording", "koppeling"));
  EXPECT_EQ(other.at("decision"), "deny");
  EXPECT_EQ(reason(other, "header"), "not_involved");
}

// ---- R-GEMEENTE ------------------------------------------------------------------

TEST(SharingGemeente, TheLokaleTeamOfTheMunicipalitySeesThePlanTheMunicipalityDoesNot) {
  const Json team = decide(family_plan(), request(lokaal_team(), "read", "toewijzing", "koppeling"));
  EXPECT_EQ(team.at("decision"), "allow");
  const Json municipality = decide(family_plan(), request(party("gemeente", "amb-1", "Gemeente Amsterdam"), "read",
                                                          "toewijzing", "koppeling"));
  EXPECT_EQ(municipality.at("decision"), "deny");
  EXPECT_EQ(reason(municipality, "header"), "gemeente");
  EXPECT_EQ(as_strings(municipality.at("rules")), (Strings{"R-GEMEENTE"}));
}

TEST(SharingGemeente, NotEvenWithConsentOrThroughTheLokaleTeam) {
  Json plan = family_plan_json();
  plan["consents"] = Json::array({{{"id", "c-1"}, {"given_by", {"lars"}}, {"subject", "lars"},
                                   {"purposes", {"beleid", "uitvoering"}}, {"actions", {"read"}},
                                   {"recipients", {"person:amb-1"}},
                                   {"from", "2026-01-01T00:00:00+01:00"}}});
  const Json read = decide(to_plan(plan), request(party("gemeente", "amb-1"), "read", "beleid", "portaal",
                                                  {"children/lars"}));
  EXPECT_EQ(read.at("decision"), "deny");
  EXPECT_EQ(reason(read, "children/lars/hulpvragen/lars"), "gemeente");
  const Json forwarded = decide(to_plan(plan), forward(lokaal_team(), party("gemeente", "amb-1"), "uitvoering",
                                                       "beveiligde_email", {"children/lars"}));
  EXPECT_EQ(forwarded.at("decision"), "deny");
  EXPECT_EQ(reason(forwarded, "children/lars/hulpvragen/lars"), "gemeente");
}

TEST(SharingGemeente, MunicipalStaffWhoAreTheToegangReadWhatTheyDraftTheRestDoNot) {
  // FoodValley (003): where the municipality's gespreksvoerder draws up the plan, the one
  // assigned to this plan acts as the lokale toegang (R-LT-INVOLVED); the same person in
  // the role gemeente, and a gespreksvoerder not assigned, get nothing.
  Json plan = family_plan_json();
  plan["profile"] = "foodvalley";
  plan["plan_type"] = "ondersteuningsplan";
  plan["assignments"] = Json::array({{{"role", "gemeentelijke_toegang"}, {"person", "gv-1"},
                                      {"since", "2026-01-05T09:00:00+01:00"}, {"by", actor("lokaal_team", "lt-1")}}});
  const Json choice{{"format", "perspectief/settings@1"}, {"municipality", "Ede"}, {"profile", "foodvalley"},
                    {"local_choices", {{"opsteller_ondersteuningsplan", "gespreksvoerder_gemeente"}}}};
  const Engine ede = Engine::load_builtin("foodvalley", &choice);
  const Json drafter = perspectief::json_api::decide(ede, to_plan(plan), request(party("gemeentelijke_toegang", "gv-1", "Gemeente Ede"), "read",
                                                         "uitvoering", "portaal"));
  EXPECT_EQ(drafter.at("decision"), "allow");
  EXPECT_EQ(as_strings(drafter.at("rules")), (Strings{"R-LT-INVOLVED"}));
  const Json same_person_as_gemeente =
      perspectief::json_api::decide(ede, to_plan(plan), request(party("gemeente", "gv-1", "Gemeente Ede"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(same_person_as_gemeente.at("decision"), "deny");
  EXPECT_EQ(as_strings(same_person_as_gemeente.at("rules")), (Strings{"R-GEMEENTE"}));
  const Json colleague = perspectief::json_api::decide(ede, to_plan(plan), request(party("gemeentelijke_toegang", "gv-2", "Gemeente Ede"), "read",
                                                           "uitvoering", "portaal"));
  EXPECT_EQ(colleague.at("decision"), "deny");
}

// ---- R-REFERRER-INVOLVED ------------------------------------------------------------

TEST(SharingReferrer, ThePlansReferrerReadsAndChangesItOthersInItsRoleDoNot) {
  // 000: the referrer draws up the plan with the family, so that it gets the integral
  // picture of the support needed.
  Json plan = family_plan_json();
  plan["referrer"] = actor("verwijzer", "ha-1", "Huisartsenpraktijk Oost");
  for (const char* action : {"read", "amend"}) {
    const Json referrer = decide(to_plan(plan), request(party("verwijzer", "ha-1"), action, "uitvoering", "portaal"));
    EXPECT_EQ(referrer.at("decision"), "allow") << action;
    EXPECT_EQ(reason(referrer, "children/sam/results/r-sam-1"), "referrer_involved") << action;
    EXPECT_EQ(part_rules(referrer, "family_part/analysis/financien"), (Strings{"R-REFERRER-INVOLVED"})) << action;
    // The history, every event as it was sent, stays with the lokale team.
    EXPECT_EQ(verdict(referrer, "history"), "deny") << action;
  }
  // Not for storing in its own records, nor over a channel the rule does not name.
  EXPECT_EQ(decide(to_plan(plan), request(party("verwijzer", "ha-1"), "store", "uitvoering", "portaal")).at("decision"),
            "deny");
  const Json other = decide(to_plan(plan), request(party("verwijzer", "ha-2"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(other.at("decision"), "deny");
  EXPECT_EQ(reason(other, "header"), "not_involved");
  // A referrer recorded in a role that does not refer is nobody's standing.
  plan["referrer"] = actor("gemeente", "amb-1", "Gemeente Amsterdam");
  plan["referrer"]["role"] = "accountant";
  const Json accountant = decide(to_plan(plan), request(party("accountant", "amb-1"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(accountant.at("decision"), "deny");
}

// ---- R-SHARE-HOOFDAANNEMER ----------------------------------------------------------

TEST(SharingHoofdaannemer, TheTeamForwardsExactlyThePartsLinkedToTheToewijzing) {
  const Json d = decide(family_plan(), forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email"));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(sorted(as_strings(allowed_parts(d))), sorted(Strings{"header", "family/members/sam", "children/sam/analysis/ontwikkeling",
                                   "children/sam/results/r-sam-1", "children/sam/agreements/a-sam-1",
                                   "children/sam/toekomstperspectief", "children/sam/ondersteuningsprofiel",
                                   "children/sam/segment", "children/sam/kader",  // the frame the help runs in
                                   "children/sam/aanbieder", "children/sam/behandelplan",
                                   "children/sam/toewijzingen/TW-1", "children/sam/evaluations/ev-1"}));
  EXPECT_EQ(as_strings(part_rules(d, "children/sam/results/r-sam-1")), (Strings{"R-LT-INVOLVED", "R-SHARE-HOOFDAANNEMER"}));
  EXPECT_EQ(as_strings(obligation_codes(d)), (Strings{"secure_channel", "toewijzing_parts_only"}));
  // Sam's other result is not the provider's business; neither are the family part or Sam's own words.
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-2"), "toewijzing_not_linked");
  EXPECT_EQ(reason(d, "children/sam/hulpvragen/sam"), "toewijzing_not_linked");
  EXPECT_EQ(reason(d, "family_part/analysis/financien"), "toewijzing_not_linked");
  EXPECT_EQ(reason(d, "children/noor/results/r-noor-1"), "member_privacy");
}

TEST(SharingHoofdaannemer, FamilyResultsNamedByTheToewijzingBringTheirAnalysisAndAgreements) {
  Json plan = family_plan_json();
  plan["children"][0]["toewijzingen"][0]["results"].push_back("fr-1");
  const Json d = decide(to_plan(plan), request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                               {"family_part"}));
  EXPECT_EQ(sorted(as_strings(allowed_parts(d))), sorted(Strings{"family_part/analysis/opvoeding", "family_part/results/fr-1",
                                                     "family_part/agreements/fa-1"}));
}

TEST(SharingHoofdaannemer, OnlyOverASecureChannel) {
  const Json plain = decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "email",
                                                   {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(plain.at("decision"), "deny");
  EXPECT_EQ(reason(plain, "children/sam/results/r-sam-1"), "insecure_channel");
  EXPECT_EQ(as_strings(plain.at("rules")), (Strings{"R-SHARE-HOOFDAANNEMER"}));
  // The portal is secure, but Amsterdam's seed says secured e-mail only.
  const Json portal = decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "portaal",
                                                    {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(reason(portal, "children/sam/results/r-sam-1"), "channel_not_allowed");
  // FoodValley lists the portal for providers.
  EXPECT_EQ(decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "portaal",
                                          {"children/sam/results/r-sam-1"}),
                   "foodvalley")
                .at("decision"),
            "allow");
}

TEST(SharingHoofdaannemer, OnlyWhileTheToewijzingIsActive) {
  const Json ended = decide(family_plan(), request(provider("AGB-222"), "read", "uitvoering", "beveiligde_email",
                                                   {"children/noor/results/r-noor-1"}));
  EXPECT_EQ(ended.at("decision"), "deny");
  EXPECT_EQ(reason(ended, "children/noor/results/r-noor-1"), "toewijzing_inactive");
  EXPECT_EQ(as_strings(ended.at("rules")), (Strings{"R-SHARE-HOOFDAANNEMER"}));
  // Both ends of the toewijzing are inclusive days.
  const Json last_day = decide(family_plan(), request(provider("AGB-222"), "read", "uitvoering", "beveiligde_email",
                                                      {"children/noor/results/r-noor-1"}, "2025-12-31T23:00:00+01:00"));
  EXPECT_EQ(last_day.at("decision"), "allow");
  const Json before = decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                                    {"children/sam/results/r-sam-1"}, "2025-12-31T23:00:00+01:00"));
  EXPECT_EQ(reason(before, "children/sam/results/r-sam-1"), "toewijzing_inactive");
}

TEST(SharingHoofdaannemer, TheToewijzingMustBeHeldByTheProvidersOrganisation) {
  Json other = provider("AGB-222");
  other["toewijzing"] = "TW-1";
  const Json d = decide(family_plan(), request(other, "read", "uitvoering", "beveiligde_email", {"children/sam"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-1"), "toewijzing_not_held");
  const Json stranger = decide(family_plan(), request(provider("AGB-999"), "read", "uitvoering", "beveiligde_email",
                                                      {"children/sam"}));
  EXPECT_EQ(reason(stranger, "children/sam/results/r-sam-1"), "not_involved");
}

TEST(SharingHoofdaannemer, NamingTheToewijzingNarrowsToIt) {
  Json plan = family_plan_json();
  plan["children"][1]["toewijzingen"].push_back({{"number", "TW-3"}, {"aanbieder", "AGB-111"},
                                                 {"product", {{"category", "45"}}}, {"start", "2026-01-01"},
                                                 {"results", Json::array({"r-noor-1"})}});
  Json under_tw1 = provider("AGB-111");
  under_tw1["toewijzing"] = "TW-1";
  const Json narrow = decide(to_plan(plan), request(under_tw1, "read", "uitvoering", "beveiligde_email",
                                                    {"children/noor/results"}));
  EXPECT_EQ(narrow.at("decision"), "deny");
  const Json both = decide(to_plan(plan), request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                                  {"children/noor/results"}));
  EXPECT_EQ(both.at("decision"), "allow");
}

// ---- R-SAFETY ---------------------------------------------------------------------

TEST(SharingSafety, InvolvedProviderGetsTheFamilysAndItsClientsSafetyInformation) {
  const Json d = decide(family_plan(), request(provider("AGB-111"), "read", "veiligheid", "beveiligde_email",
                                               {"family_part/analysis", "children/sam/analysis", "children/noor/analysis"}));
  EXPECT_EQ(reason(d, "family_part/analysis/veiligheid"), "safety");
  EXPECT_EQ(verdict(d, "children/sam/analysis/veiligheid"), "allow");
  EXPECT_EQ(as_strings(part_rules(d, "children/sam/analysis/veiligheid")), (Strings{"R-SAFETY"}));
  EXPECT_EQ(as_strings(obligation_codes(d)), (Strings{"in_overleg"}));
  // Not what is not about safety, and not a sibling's safety information.
  EXPECT_EQ(verdict(d, "family_part/analysis/financien"), "deny");
  EXPECT_EQ(reason(d, "children/noor/analysis/veiligheid"), "member_privacy");
}

TEST(SharingSafety, OnlyForThePurposeVeiligheid) {
  const Json d = decide(family_plan(), request(provider("AGB-111"), "read", "uitvoering", "beveiligde_email",
                                               {"family_part/analysis/veiligheid"}));
  EXPECT_EQ(d.at("decision"), "deny");
}

TEST(SharingSafety, FlevolandsRegisseurIsAmongTheInvolvedParties) {
  Json plan = family_plan_json();
  plan["profile"] = "flevoland";
  plan["regie"] = {{"regisseur", actor("perspectiefregisseur", "reg-1", "Gemeente Lelystad")}};
  const Json d = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-1"), "read", "veiligheid",
                                               "telefoon", {"children/noor/analysis"}),
                        "flevoland");
  EXPECT_EQ(reason(d, "children/noor/analysis/veiligheid"), "safety");
  EXPECT_EQ(reason(d, "children/noor/analysis/psychische_gezondheid"), "channel_not_allowed");
}

// ---- R-REGIE-MANDATE and R-DWANG-GI ----------------------------------------------------

TEST(SharingRegie, EveryRegisseurReadsTheFlevolandOneAlsoChangesThePlan) {
  Json plan = family_plan_json();
  plan["regie"] = {{"regisseur", actor("perspectiefregisseur", "reg-1")}};
  const Json flevoland = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-1"), "read", "uitvoering",
                                                       "portaal"),
                                "flevoland");
  EXPECT_EQ(flevoland.at("decision"), "allow");
  EXPECT_EQ(as_strings(flevoland.at("rules")), (Strings{"R-REGIE-MANDATE"}));
  // Wherever a regisseur can be assigned, R-REGIE-MANDATE lets her read the plan she
  // coordinates (the one role model: the workflow lets her act on it); only Flevoland's
  // mandate (002) also covers changing it.
  const Json amsterdam = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-1"), "read", "uitvoering",
                                                       "portaal"));
  EXPECT_EQ(amsterdam.at("decision"), "allow");
  EXPECT_EQ(as_strings(amsterdam.at("rules")), (Strings{"R-REGIE-MANDATE"}));
  const Json amsterdam_amend = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-1"), "amend",
                                                             "uitvoering", "portaal"));
  EXPECT_EQ(amsterdam_amend.at("decision"), "deny");
  EXPECT_EQ(reason(amsterdam_amend, "header"), "no_rule");
  const Json flevoland_amend = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-1"), "amend",
                                                             "uitvoering", "portaal"),
                                      "flevoland");
  EXPECT_EQ(flevoland_amend.at("decision"), "allow");
  const Json impostor = decide(to_plan(plan), request(party("perspectiefregisseur", "reg-2"), "read", "uitvoering",
                                                      "portaal"),
                               "flevoland");
  EXPECT_EQ(reason(impostor, "header"), "not_involved");
}

TEST(SharingDwangGi, TheGiRecordedOnADwangPlanIsTheReferrer) {
  Json plan = family_plan_json();
  plan["kader"] = "dwang";
  plan["referrer"] = actor("gi", "gi-1", "Samen Veilig");
  const Json gi = decide(to_plan(plan), request(party("gi", "gi-1", "Samen Veilig"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(gi.at("decision"), "allow");
  EXPECT_EQ(as_strings(gi.at("rules")), (Strings{"R-DWANG-GI"}));
  const Json other_gi = decide(to_plan(plan), request(party("gi", "gi-9", "Andere GI"), "read", "uitvoering", "portaal"));
  EXPECT_EQ(other_gi.at("decision"), "deny");
  plan["kader"] = "vrijwillig";
  const Json voluntary = decide(to_plan(plan), request(party("gi", "gi-1", "Samen Veilig"), "read", "uitvoering",
                                                       "portaal"));
  EXPECT_EQ(voluntary.at("decision"), "deny");
  EXPECT_EQ(reason(voluntary, "header"), "not_involved");
}

// ---- R-GEZAG -------------------------------------------------------------------------

TEST(SharingGezag, AParentWhoseGezagIsNotRecordedIsTreatedAsNotHoldingItAsInTheWorkflow) {
  // The one holds_gezag (perspectief/gezag.hpp) decides for sharing as for the workflow's
  // akkoord: recorded gezag, the parent reads Sam's part (12); unrecorded, she does not,
  // and a consent she gives for Sam does not count.
  Json plan = family_plan_json();
  const Json recorded = decide(to_plan(plan), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                                      {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(reason(recorded, "children/sam/results/r-sam-1"), "owner_representative");
  plan["family"]["members"][0].erase("gezag");
  const Json unrecorded = decide(to_plan(plan), request(member("ouder", "moeder"), "read", "uitvoering", "portaal",
                                                        {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(verdict(unrecorded, "children/sam/results/r-sam-1"), "deny");
  EXPECT_EQ(reason(unrecorded, "children/sam/results/r-sam-1"), "member_privacy");
}

TEST(SharingGezag, GezagIsRecordedPerChildAndAChildsOwnRecordWins) {
  // The vader holds gezag over the family's children (`gezag`), except over Noor (a
  // record of her own): he reads Sam's part as her representative, not Noor's.
  Json plan = family_plan_json();
  plan["family"]["members"][1]["gezag_per_child"] = Json::array({{{"child", "noor"}, {"gezag", false}}});
  const Json vader = member("ouder", "vader");
  const Json sam = decide(to_plan(plan), request(vader, "read", "uitvoering", "portaal", {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(reason(sam, "children/sam/results/r-sam-1"), "owner_representative");
  const Json noor =
      decide(to_plan(plan), request(vader, "read", "uitvoering", "portaal", {"children/noor/results/r-noor-1"}));
  EXPECT_EQ(verdict(noor, "children/noor/results/r-noor-1"), "deny");
  EXPECT_EQ(reason(noor, "children/noor/results/r-noor-1"), "member_privacy");
  // A record of his own for Noor gives it back even where `gezag` says no.
  plan["family"]["members"][1]["gezag"] = false;
  plan["family"]["members"][1]["gezag_per_child"] = Json::array({{{"child", "noor"}, {"gezag", true}}});
  const Json noor_again =
      decide(to_plan(plan), request(vader, "read", "uitvoering", "portaal", {"children/noor/results/r-noor-1"}));
  EXPECT_EQ(reason(noor_again, "children/noor/results/r-noor-1"), "owner_representative");
  const Json sam_now = decide(to_plan(plan), request(vader, "read", "uitvoering", "portaal", {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(verdict(sam_now, "children/sam/results/r-sam-1"), "deny");
}

TEST(SharingGezag, WhoseConsentCountsFollowsTheChildsOwnGezagRecord) {
  // Noor (15): the child and the parents with gezag over her. Without gezag over Noor the
  // vader's consent is not needed; with it, it is (R-CONSENT-AGE with R-GEZAG).
  Json plan = family_plan_json();
  plan["family"]["members"][1]["gezag_per_child"] = Json::array({{{"child", "noor"}, {"gezag", false}}});
  Json consent{{"id", "c-1"}, {"subject", "noor"}, {"given_by", {"noor", "moeder"}},
               {"from", "2026-01-01T00:00:00+01:00"}, {"purposes", {"uitvoering"}}, {"recipients", {"person:ha-1"}},
               {"actions", {"read"}}};
  plan["consents"] = Json::array({consent});
  const Json huisarts = party("verwijzer", "ha-1", "Huisartsenpraktijk West");
  const auto outcome = [&](const Json& document) {
    const Json d = decide(to_plan(document), request(huisarts, "read", "uitvoering", "portaal", {"children/noor/hulpvragen/noor"}));
    return reason(d, "children/noor/hulpvragen/noor");
  };
  EXPECT_EQ(outcome(plan), "consent");
  plan["family"]["members"][1]["gezag_per_child"][0]["gezag"] = true;
  EXPECT_EQ(outcome(plan), "consent_givers");
}

// ---- R-CONSENT-AGE ---------------------------------------------------------------

Json with_consent(Json consent) {
  Json plan = family_plan_json();
  consent["id"] = consent.value("id", "c-1");
  if (!consent.contains("from")) consent["from"] = "2026-01-01T00:00:00+01:00";
  if (!consent.contains("purposes")) consent["purposes"] = {"uitvoering"};
  if (!consent.contains("recipients")) consent["recipients"] = {"person:ha-1"};
  if (!consent.contains("actions")) consent["actions"] = {"read"};
  plan["consents"] = Json::array({consent});
  return plan;
}

const Json kHuisarts = party("verwijzer", "ha-1", "Huisartsenpraktijk West");

std::string consent_outcome(const char* subject, std::vector<std::string> givers, const char* at = kAt) {
  const Json plan = with_consent({{"subject", subject}, {"given_by", givers}});
  const Json d = decide(to_plan(plan), request(kHuisarts, "read", "uitvoering", "portaal",
                                               {"children/" + std::string(subject) + "/hulpvragen"}, at));
  return reason(d, "children/" + std::string(subject) + "/hulpvragen/" + subject);
}

TEST(SharingConsentAge, UnderTwelveBothParentsWithGezagConsent) {
  EXPECT_EQ(consent_outcome("sam", {"moeder", "vader"}), "consent");
  EXPECT_EQ(consent_outcome("sam", {"moeder"}), "consent_givers");
  EXPECT_EQ(consent_outcome("sam", {"sam"}), "consent_givers");
}

TEST(SharingConsentAge, FromTwelveToFifteenTheChildAndTheParents) {
  EXPECT_EQ(consent_outcome("noor", {"noor", "moeder", "vader"}), "consent");
  EXPECT_EQ(consent_outcome("noor", {"moeder", "vader"}), "consent_givers");
  EXPECT_EQ(consent_outcome("noor", {"noor"}), "consent_givers");
}

TEST(SharingConsentAge, FromSixteenTheChildAlone) {
  EXPECT_EQ(consent_outcome("lars", {"lars"}), "consent");
  EXPECT_EQ(consent_outcome("lars", {"moeder", "vader"}), "consent_givers");
  // Noor's own consent counts from her sixteenth birthday.
  EXPECT_EQ(consent_outcome("noor", {"noor"}, "2027-01-19T12:00:00+01:00"), "consent_givers");
  EXPECT_EQ(consent_outcome("noor", {"noor"}, "2027-01-20T12:00:00+01:00"), "consent");
}

TEST(SharingConsentAge, TheDecisionNamesTheRuleAndTheObligation) {
  const Json plan = with_consent({{"subject", "lars"}, {"given_by", {"lars"}}});
  const Json d = decide(to_plan(plan), request(kHuisarts, "read", "uitvoering", "portaal", {"children/lars"}));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-CONSENT-AGE"}));
  EXPECT_EQ(as_strings(obligation_codes(d)), (Strings{"consent_scope"}));
}

TEST(SharingConsentAge, ConsentCountsOnlyWhileValid) {
  const auto outcome = [](Json extra) {
    Json consent = {{"subject", "lars"}, {"given_by", {"lars"}}};
    consent.update(extra);
    const Json d = decide(to_plan(with_consent(consent)), request(kHuisarts, "read", "uitvoering", "portaal",
                                                                  {"children/lars/hulpvragen"}));
    return reason(d, "children/lars/hulpvragen/lars");
  };
  EXPECT_EQ(outcome({{"withdrawn_at", "2026-02-01T00:00:00+01:00"}}), "consent_not_valid");
  EXPECT_EQ(outcome({{"withdrawn_at", "2026-04-01T00:00:00+01:00"}}), "consent");
  EXPECT_EQ(outcome({{"until", "2026-03-02T10:00:00+01:00"}}), "consent_not_valid");  // until is exclusive
  EXPECT_EQ(outcome({{"from", "2026-03-02T10:00:01+01:00"}}), "consent_not_valid");
}

TEST(SharingConsentAge, ConsentIsBoundToPurposePartsAndRecipient) {
  const auto outcome = [](Json extra, const char* part = "children/lars/hulpvragen/lars") {
    Json consent = {{"subject", "lars"}, {"given_by", {"lars"}}};
    consent.update(extra);
    const Json d = decide(to_plan(with_consent(consent)), request(kHuisarts, "read", "uitvoering", "portaal",
                                                                  {"children/lars"}));
    return reason(d, part);
  };
  EXPECT_EQ(outcome({{"purposes", {"veiligheid"}}}), "not_involved");
  EXPECT_EQ(outcome({{"actions", {"store"}}}), "not_involved");
  EXPECT_EQ(outcome({{"recipients", {"person:ha-2"}}}), "not_involved");
  EXPECT_EQ(outcome({{"recipients", {"hoofdaannemer"}}}), "not_involved");
  EXPECT_EQ(outcome({{"parts", {"children/lars/results"}}}), "not_involved");
  EXPECT_EQ(outcome({{"parts", {"children/lars/results"}}}, "children/lars/results/r-lars-1"), "consent");
}

TEST(SharingConsentAge, FamilyInformationNeedsEveryoneWhoseConsentCounts) {
  // About the whole family: parents (also for Sam and Noor), Noor (15) and Lars (16).
  const auto outcome = [](std::vector<std::string> givers) {
    const Json plan = with_consent({{"subject", "moeder"}, {"given_by", givers}, {"parts", {"family_part"}}});
    const Json d = decide(to_plan(plan), request(kHuisarts, "read", "uitvoering", "portaal",
                                                 {"family_part/analysis/opvoeding"}));
    return reason(d, "family_part/analysis/opvoeding");
  };
  EXPECT_EQ(outcome({"moeder", "vader", "noor", "lars"}), "consent");
  EXPECT_EQ(outcome({"moeder", "vader", "noor"}), "consent_givers");
}

TEST(SharingConsentAge, AConsentWithoutPartsCoversTheSubjectNotTheFamily) {
  const Json plan = with_consent({{"subject", "lars"}, {"given_by", {"lars"}}});
  const Json d = decide(to_plan(plan), request(kHuisarts, "read", "uitvoering", "portaal",
                                               {"family_part/analysis/opvoeding", "family/members/lars"}));
  EXPECT_EQ(verdict(d, "family/members/lars"), "allow");
  EXPECT_EQ(verdict(d, "family_part/analysis/opvoeding"), "deny");
}

TEST(SharingConsentAge, ASiblingSeesAPartWithItsOwnersConsent) {
  Json plan = with_consent({{"subject", "lars"}, {"given_by", {"lars"}}, {"recipients", {"member:noor"}}});
  const Json d = decide(to_plan(plan), request(member("jeugdige", "noor"), "read", "uitvoering", "portaal",
                                               {"children/lars/hulpvragen"}));
  EXPECT_EQ(reason(d, "children/lars/hulpvragen/lars"), "consent");
}

// ---- R-SAFETY-OVERRIDE ----------------------------------------------------------------

Json break_glass(Json requester, Json recipient, const char* purpose = "veiligheid", const char* channel = "telefoon",
                 std::vector<std::string> parts = {"children/sam"}) {
  Json r = forward(std::move(requester), std::move(recipient), purpose, channel, std::move(parts));
  r["break_glass"] = {{"reason", "Vermoeden van kindermishandeling; meldcode stap 5."}};
  return r;
}

const Json kVeiligThuis = party("veilig_thuis", "vt-1", "Veilig Thuis Amsterdam-Amstelland");

TEST(SharingSafetyOverride, AProfessionalInformsVeiligThuisWithoutConsent) {
  const Json d = decide(family_plan(), break_glass(lokaal_team(), kVeiligThuis));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_TRUE(d.at("break_glass").get<bool>());
  EXPECT_EQ(reason(d, "children/sam/hulpvragen/sam"), "break_glass");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-SAFETY-OVERRIDE"}));
  EXPECT_EQ(as_strings(obligation_codes(d)), (Strings{"break_glass_review"}));
}

TEST(SharingSafetyOverride, AGiCarryingOutASupervisionOrderReceivesWithoutConsent) {
  const Json d = decide(family_plan(), break_glass(lokaal_team(), party("gi", "gi-5", "Samen Veilig"),
                                                   "veiligheid", "beveiligde_email"));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_TRUE(d.at("break_glass").get<bool>());
}

TEST(SharingSafetyOverride, WithoutBreakGlassVeiligThuisGetsNothing) {
  const Json d = decide(family_plan(), forward(lokaal_team(), kVeiligThuis, "veiligheid", "telefoon", {"children/sam"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_FALSE(d.at("break_glass").get<bool>());
}

TEST(SharingSafetyOverride, OnlyTowardVeiligThuisOrAGiOnlyForSafety) {
  const Json provider_recipient = decide(family_plan(), break_glass(lokaal_team(), provider("AGB-999"), "veiligheid",
                                                                    "beveiligde_email"));
  EXPECT_EQ(reason(provider_recipient, "children/sam/hulpvragen/sam"), "break_glass_recipient");
  EXPECT_EQ(as_strings(provider_recipient.at("rules")), (Strings{"R-SAFETY-OVERRIDE"}));
  const Json wrong_purpose = decide(family_plan(), break_glass(lokaal_team(), kVeiligThuis, "uitvoering"));
  EXPECT_EQ(reason(wrong_purpose, "children/sam/hulpvragen/sam"), "break_glass_purpose");
  const Json plain_mail = decide(family_plan(), break_glass(lokaal_team(), kVeiligThuis, "veiligheid", "email"));
  EXPECT_EQ(reason(plain_mail, "children/sam/hulpvragen/sam"), "channel_not_allowed");
}

TEST(SharingSafetyOverride, OnlyByAnInvolvedProfessionalWhoHoldsThePart) {
  const Json family = decide(family_plan(), break_glass(member("ouder", "moeder"), kVeiligThuis));
  EXPECT_EQ(reason(family, "children/sam/hulpvragen/sam"), "break_glass_requester");
  const Json stranger = decide(family_plan(), break_glass(lokaal_team("lt-9"), kVeiligThuis));
  EXPECT_EQ(reason(stranger, "children/sam/hulpvragen/sam"), "break_glass_requester");
  // The provider holds Sam's linked parts (uitvoering) and safety parts, not Sam's hulpvraag.
  const Json provider_sender = decide(family_plan(), break_glass(provider("AGB-111"), kVeiligThuis));
  EXPECT_EQ(verdict(provider_sender, "children/sam/results/r-sam-1"), "allow");
  EXPECT_EQ(verdict(provider_sender, "children/sam/analysis/veiligheid"), "allow");
  EXPECT_EQ(reason(provider_sender, "children/sam/hulpvragen/sam"), "break_glass_requester");
}

TEST(SharingSafetyOverride, TheReasonIsMandatoryAndBreakGlassIsAForward) {
  Json no_reason = break_glass(lokaal_team(), kVeiligThuis);
  no_reason["break_glass"]["reason"] = "  ";
  try {
    decide(family_plan(), no_reason);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::schema);
    EXPECT_EQ(e.pointer(), "/break_glass/reason");
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].code, "PP-D-BREAK-GLASS-REASON");
    EXPECT_EQ(e.problems()[0].rule, "R-SAFETY-OVERRIDE");
  }
  Json read = request(lokaal_team(), "read", "veiligheid", "telefoon");
  read["break_glass"] = {{"reason", "acuut"}};
  try {
    decide(family_plan(), read);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.problems().at(0).code, "PP-D-BREAK-GLASS-ACTION");
  }
}

// ---- Forwarding and R-DEFAULT-DENY ---------------------------------------------------------

TEST(SharingForward, TheSenderMustBeAllowedToPassThePartOn) {
  // The provider may read Sam's result but no rule lets it pass the result on.
  const Json d = decide(family_plan(), forward(provider("AGB-111"), lokaal_team(), "uitvoering", "beveiligde_email",
                                               {"children/sam/results/r-sam-1"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_EQ(reason(d, "children/sam/results/r-sam-1"), "forwarder_not_allowed");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-DEFAULT-DENY"}));
}

TEST(SharingDefaultDeny, WhatNoRuleAllowsIsDeniedNamingThat) {
  const Json accountant = decide(family_plan(), request(party("accountant", "acc-1", "Accountants BV"), "read",
                                                        "verantwoording", "portaal"));
  EXPECT_EQ(accountant.at("decision"), "deny");
  EXPECT_EQ(as_strings(accountant.at("rules")), (Strings{"R-DEFAULT-DENY"}));
  EXPECT_NE(accountant.at("explanation_nl").get<std::string>().find("R-DEFAULT-DENY"), std::string::npos);
  EXPECT_NE(accountant.at("explanation_en").get<std::string>().find("R-DEFAULT-DENY"), std::string::npos);
}

TEST(SharingDefaultDeny, AnAddressWithNoPartInThisPlanIsDenied) {
  const Json d = decide(family_plan(), request(lokaal_team(), "read", "uitvoering", "koppeling", {"children/piet"}));
  EXPECT_EQ(d.at("decision"), "deny");
  EXPECT_FALSE(d.contains("parts"));
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-DEFAULT-DENY"}));
}

}  // namespace
