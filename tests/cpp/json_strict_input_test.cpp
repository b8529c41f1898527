// Strict input (issue #10): duplicate member names and integers beyond 64 bits are
// refused with a code and a pointer instead of being resolved silently; person ids
// that name no natural person are refused wherever an actor or party is read (R-LOG);
// the consent check holds on plans without consents.
#include <gtest/gtest.h>

#include <string>

#include "core/person_id.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/json.hpp"
#include "sharing_fixtures.hpp"
#include "workflow_support.hpp"

namespace {

using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;

// The error parse_json raises for `text`; fails the test when it parses.
Error parse_error_of(const std::string& text) {
  try {
    perspectief::parse_json(text);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << text << " was accepted";
  return Error(ErrorCode::ok, "");
}

TEST(JsonStrictInput, BytesThatAreNotUtf8AreInvalidUtf8WhereverTheyAre) {
  // Inside a string nlohmann names the bad byte; outside one it sees only an unexpected
  // byte. parse_json reports both as invalid_utf8 with the offset of the first bad byte,
  // once for every caller (the C ABI and the bindings no longer refine it themselves).
  for (const std::string& text : {std::string("\xFF{}"), std::string("{\"a\": \"caf\xC3\"}"),
                                 std::string("[1, \xED\xA0\x80]")}) {
    try {
      perspectief::parse_json(text);
      ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_utf8) << e.what();
      EXPECT_NE(std::string(e.what()).find("not valid UTF-8 at byte " + std::to_string(text.find_first_of("\xFF\xC3\xED"))),
                std::string::npos)
          << e.what();
    }
  }
  // A syntax error in valid UTF-8 stays a syntax error.
  try {
    perspectief::parse_json("{\"caf\xC3\xA9\": }");
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::json_syntax) << e.what();
  }
}

TEST(JsonStrictInput, DuplicateKeyIsRefusedWithItsPointer) {
  // The attack of issue #10: last wins would make this requester a lokale team.
  const Error e = parse_error_of(R"({"requester":{"role":"gemeente","role":"lokaal_team","person":"g-1"}})");
  EXPECT_EQ(e.code(), ErrorCode::json_syntax);
  EXPECT_EQ(e.pointer(), "/requester/role");
  ASSERT_EQ(e.problems().size(), 1u);
  EXPECT_EQ(e.problems()[0].code, "PP-S-DUPLICATE-KEY");
  EXPECT_EQ(e.problems()[0].pointer, "/requester/role");
  EXPECT_FALSE(e.problems()[0].message_nl.empty());
}

TEST(JsonStrictInput, DuplicateKeyDeepInArraysAndEscapedNames) {
  EXPECT_EQ(parse_error_of(R"({"a":[1,{"x":1},{"a/b":1,"a/b":2}]})").pointer(), "/a/2/a~1b");
  EXPECT_EQ(parse_error_of(R"([{"":1,"":1}])").pointer(), "/0/");
  // The same name in different objects, or as a value, is fine.
  const Json ok = perspectief::parse_json(R"({"a":{"a":"a"},"b":[{"a":1},{"a":2}],"c":"a"})");
  EXPECT_EQ(ok["b"][1]["a"], 2);
}

TEST(JsonStrictInput, DuplicateKeyIsRefusedInPlansEventsAndSettings) {
  const auto& engine = wf_test::engine();
  try {
    engine.parse_plan(R"({"format":"perspectief/plan@1","id":"p","id":"q"})");
    ADD_FAILURE() << "plan with a duplicate id accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::json_syntax);
    EXPECT_EQ(e.pointer(), "/id");
  }
  const std::string settings =
      R"({"format":"perspectief/settings@1","profile":"amsterdam-zaanstreek","municipality":"a","municipality":"b"})";
  try {
    perspectief::Engine::load_text(pp_test::read_source_file("profiles/amsterdam-zaanstreek.json"), settings);
    ADD_FAILURE() << "settings with a duplicate municipality accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::json_syntax);
    EXPECT_EQ(e.pointer(), "/municipality");
  }
}

TEST(JsonStrictInput, IntegersWithin64BitsRoundTripExactlyInLocalFieldsAndUnknownMembers) {
  const auto& engine = wf_test::engine();
  perspectief::Plan plan = wf_test::apply(
      engine, perspectief::Plan{},
      wf_test::event("plan_aanmaken", wf_test::moeder(), wf_test::at(2, 9), wf_test::family_content()));
  Json document = perspectief::plan_to_json(plan);
  document["local_fields"] = Json::object();
  const std::string text = perspectief::canonical_json(document);
  // Splice the numbers in as text, so that no double ever holds them.
  const std::string numbers =
      R"({"max":18446744073709551615,"min":-9223372036854775808,"big_signed":9223372036854775807,"zero":-0})";
  std::string with_numbers = text;
  with_numbers.replace(with_numbers.find(R"("local_fields":{})"), 17, R"("local_fields":)" + numbers);
  with_numbers.insert(with_numbers.size() - 1, R"(,"x_vendor_counter":18446744073709551615)");
  const std::string round_trip = perspectief::plan_to_canonical(engine.parse_plan(with_numbers));
  EXPECT_NE(round_trip.find("18446744073709551615,"), std::string::npos) << round_trip;
  EXPECT_NE(round_trip.find("\"min\":-9223372036854775808"), std::string::npos);
  EXPECT_NE(round_trip.find("\"x_vendor_counter\":18446744073709551615"), std::string::npos);
  EXPECT_EQ(perspectief::canonicalize_json(round_trip), round_trip);
}

TEST(JsonStrictInput, IntegersBeyond64BitsAreRefusedNotRounded) {
  for (const char* big : {"18446744073709551616", "-9223372036854775809", "123456789012345678901234567890"}) {
    const Error e = parse_error_of(std::string(R"({"local_fields":{"dossier":[1,)") + big + "]}}");
    EXPECT_EQ(e.code(), ErrorCode::limit_exceeded) << big;
    EXPECT_EQ(e.pointer(), "/local_fields/dossier/1") << big;
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].code, "PP-S-NUMBER-RANGE");
    EXPECT_NE(std::string(e.what()).find(big), std::string::npos) << "the message names the number";
  }
  // Numbers written with a fraction or exponent are doubles by their own account.
  EXPECT_TRUE(perspectief::parse_json("1.8446744073709552e19").is_number_float());
  EXPECT_EQ(parse_error_of("[1e400]").code(), ErrorCode::limit_exceeded);
}

// ---- R-LOG: natural person ids ----------------------------------------------------------

TEST(PersonId, RefusesBlankSpaceControlAndReservedIds) {
  for (const std::string& bad :
       {std::string(), std::string(" "), std::string("\t"), std::string("\xC2\xA0"), std::string("lt\xC2\xA0" "1"),
        std::string("lt-1 "), std::string("\xE2\x80\x8B"), std::string("\xE3\x80\x80"), std::string("a\x01" "b"),
        std::string("a\x7F"), std::string("\xC2\x85"), std::string("\xE2\x80\xA8"), std::string("\xEF\xBB\xBF" "lt-1"),
        std::string("system"), std::string("SYSTEM"), std::string("Admin"), std::string("anonymous"),
        std::string("systeem"), std::string("root"), std::string("unknown"), std::string("Administrator"),
        std::string("beheerder"), std::string("ANONIEM"), std::string("Onbekend"), std::string("nobody"),
        std::string("Niemand"), std::string("guest"), std::string("GAST"), std::string("Service"), std::string("daemon"),
        std::string("null"), std::string("None"), std::string("N/A"), std::string("-"), std::string("Batch"),
        std::string("automaat")}) {
    EXPECT_FALSE(perspectief::is_natural_person_id(bad)) << "'" << bad << "'";
  }
  for (const std::string_view good : {"lt-1", "btn-0412", "p-moeder", "système-1", "systems", "Zoë", "gi-jb-1187", "nulla", "gasten", "-1", "roots"}) {
    EXPECT_TRUE(perspectief::is_natural_person_id(good)) << good;
  }
}

TEST(PersonId, WorkflowRefusesAnActorThatIsNoNaturalPerson) {
  const auto& engine = wf_test::engine();
  const perspectief::Plan plan = wf_test::apply(
      engine, perspectief::Plan{},
      wf_test::event("plan_aanmaken", wf_test::moeder(), wf_test::at(2, 9), wf_test::family_content()));
  for (const char* person : {"system", "\xC2\xA0", "lt\t42"}) {
    const auto r = wf_test::rejection(engine, plan,
                                      wf_test::event("vraagverheldering_starten",
                                                     wf_test::actor("lokaal_team", person, "Buurtteam Oost"),
                                                     wf_test::at(2, 10)));
    EXPECT_TRUE(r.has_code("PP-W-ACTOR")) << person;
    EXPECT_TRUE(r.has_rule("R-LOG")) << person;
  }
  // The allow side: the same event by a person id.
  wf_test::apply(engine, plan, wf_test::event("vraagverheldering_starten", wf_test::lokaal_team(), wf_test::at(2, 10)));
}

TEST(PersonId, SharingRefusesARequesterOrPrincipalThatIsNoNaturalPerson) {
  const perspectief::Plan plan = sharing_test::family_plan();
  for (const char* person : {"system", "\xC2\xA0", "Admin"}) {
    try {
      sharing_test::decide(plan, sharing_test::request(sharing_test::lokaal_team(person), "read", "uitvoering", "beveiligde_email"));
      ADD_FAILURE() << "requester '" << person << "' accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::schema);
      EXPECT_EQ(e.pointer(), "/requester/person");
      EXPECT_EQ(e.problems().at(0).rule, "R-LOG");
    }
  }
  Json on_behalf = sharing_test::request(sharing_test::lokaal_team(), "read", "uitvoering", "beveiligde_email");
  on_behalf["requester"]["on_behalf_of"] = "anonymous";
  try {
    sharing_test::decide(plan, on_behalf);
    ADD_FAILURE() << "on_behalf_of 'anonymous' accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.pointer(), "/requester/on_behalf_of");
  }
  // The allow side.
  EXPECT_NO_THROW(
      sharing_test::decide(plan, sharing_test::request(sharing_test::lokaal_team(), "read", "uitvoering", "beveiligde_email")));
}

TEST(PersonId, ValidationRefusesRecordedActorsThatAreNoNaturalPerson) {
  Json document = sharing_test::family_plan_json();
  document["referrer"]["person"] = "system";
  bool found = false;
  for (const auto& p : wf_test::engine().validate(sharing_test::to_plan(document))) {
    if (p.code == "PP-V-ACTOR-PERSON" && p.pointer == "/referrer/person") found = p.rule == "R-LOG";
  }
  EXPECT_TRUE(found);
}

// ---- the consent index on a plan without consents --------------------------------------

TEST(ConsentIndexWithoutConsents, DecidesWithoutIndexingMissingGivers) {
  // A member's own part is checked against consent (a forward to a provider); the plan has
  // no consents, so the decider computes no givers: the index must not read them (UBSan,
  // and an assertion in the _GLIBCXX_ASSERTIONS build).
  Json document = sharing_test::family_plan_json();
  document.erase("consents");
  const perspectief::Plan plan = sharing_test::to_plan(document);
  ASSERT_TRUE(plan.consents.empty());
  const Json decision = sharing_test::decide(
      plan, sharing_test::forward(sharing_test::lokaal_team(), sharing_test::provider("AGB-999"), "uitvoering",
                                  "beveiligde_email"));
  // Without consents an uninvolved provider receives none of Noor's parts.
  for (const std::string& part : sharing_test::allowed_parts(decision)) {
    EXPECT_EQ(part.find("noor"), std::string::npos) << part;
  }
}

}  // namespace
