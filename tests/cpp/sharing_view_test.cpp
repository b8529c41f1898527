// Addressing parts, views, the withheld list, the disclosure log (R-LOG), the
// request and decision formats and batches (docs/sharing.md).
#include <gtest/gtest.h>

#include <chrono>

#include "perspectief/json_api.hpp"
#include "perspectief/calendar.hpp"
#include "sharing_fixtures.hpp"
#include "test_support.hpp"

namespace {

using namespace sharing_test;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::sharing::PartKind;

std::vector<std::string> ids(const std::vector<perspectief::sharing::PartInfo>& parts) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.push_back(p.id.value);
  return out;
}

// ---- Addressing parts --------------------------------------------------------------

TEST(SharingParts, APlanIsListedInDocumentOrderWithTheMemberEachPartIsAbout) {
  const auto parts = perspectief::sharing::list_parts(family_plan());
  const auto all = ids(parts);
  ASSERT_GE(all.size(), 10u);
  EXPECT_EQ(as_strings(std::vector<std::string>(all.begin(), all.begin() + 10)), (Strings{"header", "family/general", "family/members/moeder", "family/members/vader",
                          "family/members/sam", "family/members/noor", "family/members/lars",
                          "family_part/hulpvragen/moeder", "family_part/hulpvragen/vader",
                          "family_part/analysis/opvoeding"}));
  EXPECT_EQ(all.back(), "history");
  for (const auto& p : parts) {
    if (p.id.value == "family_part/hulpvragen/vader") {
      EXPECT_EQ(p.subject, "vader");
    }
    if (p.id.value == "family_part/analysis/opvoeding") {
      EXPECT_EQ(p.subject, "");
    }
    if (p.id.value == "children/noor/toewijzingen/TW-2") {
      EXPECT_EQ(p.subject, "noor");
      EXPECT_EQ(p.kind, PartKind::child_toewijzing);
    }
  }
}

TEST(SharingParts, ItemsThatShareAnAddressShareOnePart) {
  Json plan = family_plan_json();
  plan["family_part"]["hulpvragen"].push_back({{"member", "moeder"}, {"text", "En hulp bij de administratie."}});
  const auto all = ids(perspectief::sharing::list_parts(to_plan(plan)));
  EXPECT_EQ(std::count(all.begin(), all.end(), "family_part/hulpvragen/moeder"), 1);
}

TEST(SharingParts, SegmentsFromThePlanAreEscapedAsJsonPointerTokens) {
  Json plan = family_plan_json();
  plan["family"]["members"][0]["id"] = "moe/der~1";
  const auto all = ids(perspectief::sharing::list_parts(to_plan(plan)));
  EXPECT_NE(std::find(all.begin(), all.end(), "family/members/moe~1der~01"), all.end());
}

TEST(SharingParts, AnAddressSelectsThePartAndEverythingBelowIt) {
  const Json d = decide(family_plan(), request(lokaal_team(), "read", "uitvoering", "koppeling", {"children/noor"}));
  EXPECT_EQ(as_strings(allowed_parts(d)), (Strings{"children/noor/hulpvragen/noor", "children/noor/analysis/psychische_gezondheid",
                                            "children/noor/analysis/veiligheid", "children/noor/results/r-noor-1",
                                            "children/noor/toewijzingen/TW-2", "children/noor/segment",
                                            "children/noor/kader"}));
}

TEST(SharingParts, AMalformedAddressIsAnErrorWithItsPointer) {
  for (const char* bad : {"children/noor/hobbies", "family_part/analysis/wonen/0", "kinderen", "children//results", ""}) {
    try {
      decide(family_plan(), request(lokaal_team(), "read", "uitvoering", "koppeling", {"header", bad}));
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::schema) << bad;
      EXPECT_EQ(e.pointer(), "/parts/1") << bad;
      EXPECT_EQ(e.problems().at(0).code, "PP-D-PART-ADDRESS") << bad;
    }
  }
}

// ---- Views ----------------------------------------------------------------------

TEST(SharingView, WhoMayReadEverythingGetsThePlanItself) {
  Json plan_json = family_plan_json();
  plan_json["gemeentelijk_kenmerk"] = "Z-2026-1";           // a top-level member this version does not know
  plan_json["children"][0]["school"] = {{"naam", "De Regenboog"}};
  plan_json["local_fields"] = {{"wijk", "Oost"}};
  const Plan plan = to_plan(plan_json);
  const Json v = perspectief::json_api::view(engine(), plan, request(lokaal_team(), "read", "uitvoering", "koppeling"));
  EXPECT_EQ(v.at("view"), perspectief::plan_to_json(plan));
}

TEST(SharingView, TheProviderGetsTheLinkedPartsAndNothingThatRevealsTheRest) {
  const Json v = perspectief::json_api::view(engine(), family_plan(), forward(lokaal_team(), provider("AGB-111"), "uitvoering",
                                                      "beveiligde_email"));
  const Json& view = v.at("view");
  EXPECT_EQ(view.at("id"), "plan-jansen");
  EXPECT_EQ(view.at("status"), "hulp_gestart");
  ASSERT_EQ(view.at("family").at("members").size(), 1u);
  EXPECT_EQ(view.at("family").at("members")[0].at("id"), "sam");
  EXPECT_FALSE(view.at("family").contains("name"));
  EXPECT_EQ(view.at("family_part"), Json::object());
  ASSERT_EQ(view.at("children").size(), 1u);
  const Json& sam = view.at("children")[0];
  EXPECT_EQ(sam.at("jeugdige"), "sam");
  EXPECT_FALSE(sam.contains("hulpvragen"));
  ASSERT_EQ(sam.at("results").size(), 1u);
  EXPECT_EQ(sam.at("results")[0].at("id"), "r-sam-1");
  EXPECT_EQ(sam.at("toewijzingen")[0].at("number"), "TW-1");
  EXPECT_FALSE(view.contains("akkoorden"));
  EXPECT_FALSE(view.contains("history"));
  // Amsterdam does not give providers the withheld list, and the decision in the view is redacted to match.
  EXPECT_FALSE(v.contains("withheld"));
  const Json& decision = v.at("decision");
  EXPECT_EQ(decision.at("decision"), "allow");
  for (const Json& p : decision.at("parts")) EXPECT_EQ(p.at("decision"), "allow");
  EXPECT_EQ(as_strings(decision.at("rules")), (Strings{"R-LT-INVOLVED", "R-SHARE-HOOFDAANNEMER"}));
  EXPECT_EQ(decision.at("explanation_en").get<std::string>().find("Denied"), std::string::npos);
}

TEST(SharingView, TheFamilyGetsTheWithheldListWithRules) {
  const Json v = perspectief::json_api::view(engine(), family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal"));
  ASSERT_TRUE(v.contains("withheld"));
  Json lars_hulpvraag;
  for (const Json& w : v.at("withheld")) {
    if (w.at("part") == "children/lars/hulpvragen/lars") lars_hulpvraag = w;
  }
  ASSERT_FALSE(lars_hulpvraag.is_null());
  EXPECT_EQ(as_strings(lars_hulpvraag.at("rules")), (Strings{"R-MEMBER-PRIVACY"}));
  EXPECT_EQ(verdict(v.at("decision"), "children/lars/hulpvragen/lars"), "deny");
  // Lars's part is not in the mother's view; Sam's is.
  const Json& children = v.at("view").at("children");
  ASSERT_EQ(children.size(), 2u);
  EXPECT_EQ(children[0].at("jeugdige"), "sam");
  EXPECT_EQ(children[1].at("jeugdige"), "noor");
}

TEST(SharingView, TheWithheldListFollowsTheMunicipalsChoice) {
  const Json choice = {{"format", "perspectief/settings@1"}, {"profile", "amsterdam-zaanstreek"},
                       {"municipality", "zaanstad"}, {"local_choices", {{"sharing_withheld_list_roles", {"lokaal_team"}}}}};
  const Engine zaanstad = Engine::load_builtin("amsterdam-zaanstreek", &choice);
  const Json family = perspectief::json_api::view(zaanstad, family_plan(), request(member("ouder", "moeder"), "read", "uitvoering", "portaal"));
  EXPECT_FALSE(family.contains("withheld"));
  const Json provider_view = perspectief::json_api::view(zaanstad, family_plan(), forward(lokaal_team(), provider("AGB-111"), "uitvoering",
                                                                  "beveiligde_email"));
  EXPECT_FALSE(provider_view.contains("withheld"));
  Json wider = choice;
  wider["local_choices"]["sharing_withheld_list_roles"] = {"hoofdaannemer"};
  const Json told = perspectief::json_api::view(Engine::load_builtin("amsterdam-zaanstreek", &wider), family_plan(),
                                               forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email"));
  ASSERT_TRUE(told.contains("withheld"));
  EXPECT_FALSE(told.at("withheld").empty());
}

// ---- The disclosure log (R-LOG) -------------------------------------------------------

TEST(SharingDisclosure, EveryReleaseYieldsANen7513Record) {
  Json requester = lokaal_team("lt-7");
  requester["name"] = "Anna de Wit";
  requester["on_behalf_of"] = "lt-1";
  const Json v = perspectief::json_api::view(engine(), family_plan(), forward(requester, provider("AGB-111"), "uitvoering", "beveiligde_email"));
  const Json& record = v.at("disclosure");
  EXPECT_EQ(record.at("format"), "perspectief/disclosure@1");
  EXPECT_EQ(record.at("event"), "forward");
  EXPECT_EQ(record.at("at"), kAt);
  EXPECT_EQ(record.at("client"), (Json{{"plan", "plan-jansen"}, {"plan_version", 3}, {"members", {"sam"}},
                                       {"family", true}}));
  EXPECT_EQ(record.at("user"), (Json{{"person", "lt-7"}, {"name", "Anna de Wit"}, {"role", "lokaal_team"},
                                     {"organisation", "Buurtteam Oost"}}));
  EXPECT_EQ(record.at("responsible_user"), "lt-1");
  EXPECT_EQ(record.at("recipient").at("organisation"), "AGB-111");
  EXPECT_EQ(record.at("channel"), "beveiligde_email");
  EXPECT_EQ(record.at("purpose"), "uitvoering");
  EXPECT_EQ(as_strings(record.at("rules")), (Strings{"R-LT-INVOLVED", "R-SHARE-HOOFDAANNEMER"}));
  EXPECT_EQ(record.at("break_glass"), false);
  EXPECT_FALSE(record.contains("break_glass_reason"));
  EXPECT_EQ(record.at("objects").size(), allowed_parts(v.at("decision")).size());
}

TEST(SharingDisclosure, BreakGlassIsFlaggedWithItsReason) {
  Json r = forward(lokaal_team(), party("veilig_thuis", "vt-1", "Veilig Thuis"), "veiligheid", "telefoon",
                   {"children/sam/analysis/veiligheid"});
  r["break_glass"] = {{"reason", "Blauwe plekken gezien; meldcode stap 5."}};
  const Json record = perspectief::json_api::view(engine(), family_plan(), r).at("disclosure");
  EXPECT_EQ(record.at("break_glass"), true);
  EXPECT_EQ(record.at("break_glass_reason"), "Blauwe plekken gezien; meldcode stap 5.");
  EXPECT_EQ(as_strings(record.at("rules")), (Strings{"R-SAFETY-OVERRIDE"}));
  EXPECT_EQ(as_strings(record.at("objects")), (Strings{"children/sam/analysis/veiligheid"}));
}

TEST(SharingDisclosure, ADenialReleasesNothingAndIsNoDisclosure) {
  const Json v = perspectief::json_api::view(engine(), family_plan(), request(party("gemeente", "amb-1"), "read", "beleid", "portaal"));
  EXPECT_TRUE(v.at("disclosure").is_null());
  EXPECT_EQ(v.at("view"), (Json{{"format", perspectief::kPlanFormat}, {"id", "plan-jansen"}, {"family", Json::object()},
                                {"family_part", Json::object()}}));
  // The decision still says why, even to a role that may not see the withheld list.
  EXPECT_EQ(v.at("decision").at("decision"), "deny");
  EXPECT_EQ(as_strings(v.at("decision").at("rules")), (Strings{"R-GEMEENTE"}));
}

// ---- Request and decision formats ----------------------------------------------------------

TEST(SharingFormats, ADecisionHasItsDocumentedShape) {
  const Json d = decide(family_plan(), forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email",
                                               {"children/sam/results"}));
  EXPECT_EQ(d.at("decision"), "allow");
  EXPECT_EQ(as_strings(d.at("rules")), (Strings{"R-LT-INVOLVED", "R-SHARE-HOOFDAANNEMER"}));
  EXPECT_EQ(d.at("parts"), (Json::parse(R"([
    {"part": "children/sam/results/r-sam-1", "decision": "allow", "rules": ["R-LT-INVOLVED", "R-SHARE-HOOFDAANNEMER"], "reason": "toewijzing_linked"},
    {"part": "children/sam/results/r-sam-2", "decision": "deny", "rules": ["R-SHARE-HOOFDAANNEMER"], "reason": "toewijzing_not_linked"}])")));
  EXPECT_EQ(d.at("obligations")[0], (Json{{"code", "secure_channel"}, {"rule", "R-SHARE-HOOFDAANNEMER"},
                                          {"nl", "alleen via een beveiligd kanaal verzenden"},
                                          {"en", "send only over a secure channel"}}));
  EXPECT_EQ(d.at("explanation_en"),
            "Allowed, 1 part: the hoofdaannemer gets what belongs to the results of its active toewijzing, over a "
            "secure channel (R-LT-INVOLVED, R-SHARE-HOOFDAANNEMER). Denied, 1 part: this part does not belong to "
            "the results of the toewijzing (R-SHARE-HOOFDAANNEMER).");
  EXPECT_EQ(d.at("explanation_nl").get<std::string>().rfind("Toegestaan, 1 onderdeel: ", 0), 0u);
  EXPECT_EQ(d.at("break_glass"), false);
}

TEST(SharingFormats, ARequestReadsAndWritesBack) {
  Json r = forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email", {"children/sam"});
  r["recipient"]["toewijzing"] = "TW-1";
  const auto typed = perspectief::sharing::request_from_json(r);
  EXPECT_EQ(typed.recipient->toewijzing, "TW-1");
  EXPECT_EQ(typed.parts.at(0).value, "children/sam");
  EXPECT_EQ(perspectief::sharing::to_json(typed), r);
}

Error request_error(const Json& r) {
  try {
    decide(family_plan(), r);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "accepted " << r.dump();
  return Error(ErrorCode::ok, "");
}

TEST(SharingFormats, MalformedRequestsAreClearErrorsWithPointers) {
  Json typo = request(lokaal_team(), "read", "uitvoering", "koppeling");
  typo["purpse"] = "uitvoering";
  EXPECT_EQ(request_error(typo).problems().at(0).code, "PP-S-UNKNOWN-FIELD");
  EXPECT_EQ(request_error(typo).pointer(), "/purpse");

  Json action = request(lokaal_team(), "peek", "uitvoering", "koppeling");
  EXPECT_EQ(request_error(action).problems().at(0).code, "PP-S-ENUM");
  EXPECT_EQ(request_error(action).pointer(), "/action");

  Json no_person = request(lokaal_team(), "read", "uitvoering", "koppeling");
  no_person["requester"]["person"] = "";
  const Error person = request_error(no_person);
  EXPECT_EQ(person.problems().at(0).code, "PP-D-PERSON");
  EXPECT_EQ(person.problems().at(0).rule, "R-LOG");

  const Error channel = request_error(request(lokaal_team(), "read", "uitvoering", "fax"));
  EXPECT_EQ(channel.pointer(), "/channel");
  EXPECT_NE(std::string(channel.problems().at(0).message_en).find("beveiligde_email"), std::string::npos);

  EXPECT_EQ(request_error(request(lokaal_team(), "forward", "uitvoering", "koppeling")).problems().at(0).code,
            "PP-D-RECIPIENT");
  EXPECT_EQ(request_error(request(lokaal_team(), "read", "uitvoering", "koppeling", {}, "2026-03-02 10:00"))
                .problems()
                .at(0)
                .code,
            "PP-S-TIMESTAMP");
  Json no_member = request(member("ouder", "moeder"), "read", "uitvoering", "portaal");
  no_member["requester"].erase("member");
  EXPECT_EQ(request_error(no_member).problems().at(0).code, "PP-D-MEMBER");
  EXPECT_EQ(request_error(Json::array()).problems().at(0).code, "PP-S-TYPE");
}

// ---- Batches ------------------------------------------------------------------------

TEST(SharingBatch, ABatchDecidesLikeSingleRequests) {
  const Plan plan = family_plan();
  const Json requests = Json::array({request(lokaal_team(), "read", "uitvoering", "koppeling"),
                                     request(member("ouder", "moeder"), "read", "uitvoering", "portaal"),
                                     forward(lokaal_team(), provider("AGB-111"), "uitvoering", "beveiligde_email")});
  const Json decisions = perspectief::json_api::decide_batch(engine(), plan, requests);
  ASSERT_EQ(decisions.size(), 3u);
  for (std::size_t i = 0; i < requests.size(); ++i) EXPECT_EQ(decisions[i], decide(plan, requests[i])) << i;
}

TEST(SharingBatch, ProblemsNameTheRequestTheyAreIn) {
  const Json requests = Json::array({request(lokaal_team(), "read", "uitvoering", "koppeling"),
                                     request(lokaal_team(), "read", "uitvoering", "fax"),
                                     request(lokaal_team(), "read", "uitvoering", "koppeling", {"kinderen"})});
  try {
    perspectief::json_api::decide_batch(engine(), family_plan(), requests);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::schema);
    ASSERT_EQ(e.problems().size(), 2u);
    EXPECT_EQ(e.problems()[0].pointer, "/1/channel");
    EXPECT_EQ(e.problems()[1].pointer, "/2/parts/0");
  }
  try {
    perspectief::json_api::decide_batch(engine(), family_plan(), Json::object());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::schema);
  }
  EXPECT_EQ(perspectief::json_api::decide_batch(engine(), family_plan(), Json::array()), Json::array());
}

// ---- The example plans ------------------------------------------------------------------

// Every example family (examples/plans): the municipality gets nothing, a lokale-team referrer gets
// the plan itself, and each provider gets its own toewijzing while it runs, and nothing after.
TEST(SharingExamples, TheRulesHoldForEveryExampleFamily) {
  const auto files = pp_test::json_files_in("examples/plans");
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const Json json = Json::parse(pp_test::read_source_file(file));
    const Engine& e = listing_engine(json.at("profile").get<std::string>().c_str());
    const Plan plan = e.parse_plan(json.dump());

    const Json gemeente = perspectief::json_api::decide(e, plan, request(party("gemeente", "amb-1"), "read", "beleid", "portaal"));
    EXPECT_EQ(gemeente.at("decision"), "deny");

    if (plan.referrer && plan.referrer->role == perspectief::Role::lokaal_team) {
      Json referrer = {{"role", "lokaal_team"}, {"person", plan.referrer->person}};
      EXPECT_EQ(perspectief::json_api::view(e, plan, request(referrer, "read", "uitvoering", "koppeling")).at("view"),
                perspectief::plan_to_json(plan));
    }

    const std::string provider_channel = e.local_choice("sharing_provider_channels").at(0).get<std::string>();
    for (const auto& child : plan.children) {
      for (const auto& t : child.toewijzingen) {
        Json holder = provider(t.aanbieder.c_str());
        holder["toewijzing"] = t.number;
        const std::string running = t.start.value + "T12:00:00+01:00";
        const Json d = perspectief::json_api::decide(e, plan, request(holder, "read", "uitvoering", provider_channel.c_str(), {}, running.c_str()));
        const std::string own = "children/" + perspectief::json_pointer_escape(child.jeugdige) + "/toewijzingen/" +
                                perspectief::json_pointer_escape(t.number);
        EXPECT_EQ(verdict(d, own), "allow") << own;
        // Only what the help needs: never the family's own words, other members' records or the bookkeeping,
        // unless the family consented to exactly that (R-CONSENT-VALID; SharingConsentValid checks the scope).
        const std::string child_member = "family/members/" + perspectief::json_pointer_escape(child.jeugdige);
        for (const auto& part : allowed_parts(d)) {
          if (reason(d, part) == "consent") continue;
          EXPECT_EQ(part.find("/hulpvragen/"), std::string::npos) << part;
          EXPECT_TRUE(part.rfind("family/members/", 0) != 0 || part == child_member) << part;
          for (const char* bookkeeping : {"history", "akkoorden", "versions", "regie", "local_fields", "consents"}) {
            EXPECT_NE(part.rfind(bookkeeping, 0), 0u) << part;
          }
        }
        if (t.end) {
          Json later = request(holder, "read", "uitvoering", provider_channel.c_str(), {},
                               (t.end->value + "T12:00:00+01:00").c_str());
          EXPECT_EQ(verdict(perspectief::json_api::decide(e, plan, later), own), "allow") << "the end date is the last day";
          const auto next = std::chrono::sys_days(*perspectief::parse_iso_date(t.end->value)) + std::chrono::days(1);
          later["at"] = perspectief::format_iso_date(std::chrono::year_month_day(next)) + "T12:00:00+01:00";
          EXPECT_EQ(verdict(perspectief::json_api::decide(e, plan, later), own), "deny") << "the day after the end";
        }
      }
    }
  }
}

}  // namespace
