// Members this version of the model does not know survive every round trip
// unchanged, at every level of the plan; municipal local fields are kept
// untouched (R-LOCAL-FIELDS, 001: the locally filled "yellow" parts).
#include <gtest/gtest.h>

#include <string>

#include "perspectief/model.hpp"

namespace {

using perspectief::Json;
using perspectief::Plan;

// A small plan with an unknown member at many levels, with values of every JSON
// type, keys that need escaping in a JSON pointer, and non-ASCII text.
const char* const kPlanWithExtensions = R"({
  "format": "perspectief/plan@2",
  "id": "ext-1",
  "profile": "amsterdam-zaanstreek",
  "plan_type": "perspectiefplan",
  "version": 1,
  "status": "hulpvraag",
  "x-vendor-dossiernummer": "AMS-2026-77",
  "x-vendor/geneste~sleutel": {"a": [1, 2.5, -3, true, null, "ë"], "b": {}},
  "x-groot-getal": 18446744073709551615,
  "x-kleine-float": 1.5e-7,
  "family": {
    "name": "Gezin Test",
    "x-family-ext": ["één", "twee"],
    "members": [
      {"id": "m", "role": "ouder", "gezag": true, "x-member-ext": {"bsn_bekend": false}},
      {"id": "k", "role": "jeugdige", "birth_date": "2012-01-01"}
    ]
  },
  "family_part": {
    "x-part-ext": 42,
    "hulpvragen": [
      {"member": "m", "text": "Hulp graag", "recorded_by": {"role": "lokaal_team", "person": "lt-1", "x-actor-ext": "badge 7"}}
    ],
    "analysis": [
      {"leefgebied": "opvoeding", "x-domain-ext": "geel",
       "perspectives": [{"author": {"role": "ouder", "person": "m", "member": "m"}, "x-perspective-ext": [[]]}]}
    ]
  },
  "children": [
    {
      "jeugdige": "k",
      "x-child-ext": {"schoolnaam": "De Regenboog"},
      "ondersteuningsprofiel": {"code": "3", "x-profile-ext": "A"},
      "toewijzingen": [
        {"number": "1", "aanbieder": "p", "start": "2026-03-01",
         "product": {"category": "45", "code": "45A53", "x-product-ext": "JZ020"},
         "volume": {"amount": 3, "unit": "uur", "x-volume-ext": 0.25},
         "x-toewijzing-ext": {"jw301": "bericht-99"}}
      ],
      "evaluations": [
        {"id": "e1", "at": "2026-04-01T10:00:00+02:00",
         "outcomes": [{"result": "r1", "outcome": "behaald", "x-outcome-ext": null}]}
      ],
      "results": [{"id": "r1", "leefgebied": "opvoeding", "description": "Rust", "performer": "gezin"}]
    }
  ],
  "consents": [{"id": "c1", "given_by": ["m"], "subject": "k", "from": "2026-03-01T09:00:00+01:00", "x-consent-ext": "papier"}],
  "regie": {"regisseur": {"role": "perspectiefregisseur", "person": "pr-1"}, "x-regie-ext": 1},
  "versions": [{"version": 1, "at": "2026-03-01T09:00:00+01:00", "by": {"role": "lokaal_team", "person": "lt-1"}, "x-version-ext": "getekend"}],
  "history": [{"seq": 1, "event": "e", "at": "2026-03-01T09:00:00+01:00", "actor": {"role": "lokaal_team", "person": "lt-1"},
               "payload": {"vrij": ["vorm"]}, "from_state": "a", "to_state": "b", "version": 1, "x-history-ext": true}],
  "local_fields": {"stadsdeel": "Oost", "geel_deel": {"afspraken_school": ["ma", "wo"], "leeg": null}}
})";

TEST(ModelUnknownFields, SurviveAtEveryLevelByteForByte) {
  const Plan plan = perspectief::plan_from_text(kPlanWithExtensions);
  EXPECT_EQ(perspectief::plan_to_canonical(plan), perspectief::canonicalize_json(kPlanWithExtensions));
}

TEST(ModelUnknownFields, AreKeptOnTheObjectThatHadThem) {
  const Plan plan = perspectief::plan_from_text(kPlanWithExtensions);
  EXPECT_EQ(plan.unknown_fields.at("x-vendor-dossiernummer"), "AMS-2026-77");
  EXPECT_EQ(plan.unknown_fields.at("x-groot-getal").get<std::uint64_t>(), 18446744073709551615u);
  EXPECT_TRUE(plan.unknown_fields.contains("x-vendor/geneste~sleutel"));
  EXPECT_EQ(plan.family.unknown_fields.at("x-family-ext"), Json::array({"één", "twee"}));
  EXPECT_EQ(plan.family.members.at(0).unknown_fields.at("x-member-ext").at("bsn_bekend"), false);
  EXPECT_EQ(plan.family_part.hulpvragen.at(0).recorded_by->unknown_fields.at("x-actor-ext"), "badge 7");
  EXPECT_EQ(plan.children.at(0).toewijzingen.at(0).product.unknown_fields.at("x-product-ext"), "JZ020");
  EXPECT_TRUE(plan.children.at(0).evaluations.at(0).outcomes.at(0).unknown_fields.at("x-outcome-ext").is_null());
  // Known members never end up in unknown_fields.
  EXPECT_FALSE(plan.unknown_fields.contains("id"));
  EXPECT_FALSE(plan.family.members.at(0).unknown_fields.contains("gezag"));
}

// R-LOCAL-FIELDS: municipal fields come back exactly as they went in.
TEST(ModelUnknownFields, LocalFieldsAreKeptUntouched_R_LOCAL_FIELDS) {
  const Plan plan = perspectief::plan_from_text(kPlanWithExtensions);
  const Json expected = Json::parse(kPlanWithExtensions).at("local_fields");
  EXPECT_EQ(plan.local_fields, expected);
  EXPECT_EQ(perspectief::plan_to_json(plan).at("local_fields"), expected);
}

// Editing a known field through the model keeps the extensions next to it.
TEST(ModelUnknownFields, SurviveAnEditOfAKnownField) {
  Plan plan = perspectief::plan_from_text(kPlanWithExtensions);
  plan.status = "vraagverheldering";
  plan.family.members.at(0).name = "Moeder";
  const Json written = perspectief::plan_to_json(plan);
  EXPECT_EQ(written.at("status"), "vraagverheldering");
  EXPECT_EQ(written.at("x-vendor-dossiernummer"), "AMS-2026-77");
  EXPECT_EQ(written.at("family").at("members").at(0).at("name"), "Moeder");
  EXPECT_EQ(written.at("family").at("members").at(0).at("x-member-ext"), Json({{"bsn_bekend", false}}));
}

// A host that copies a known member into unknown_fields by mistake cannot shadow the real value.
TEST(ModelUnknownFields, AStaleCopyOfAKnownFieldNeverShadowsIt) {
  Plan plan = perspectief::plan_from_text(kPlanWithExtensions);
  plan.unknown_fields["status"] = "afgerond";
  plan.unknown_fields["id"] = "oud";
  const Json written = perspectief::plan_to_json(plan);
  EXPECT_EQ(written.at("status"), "hulpvraag");
  EXPECT_EQ(written.at("id"), "ext-1");
}

// The documented exception to "byte for byte": an empty array means the same as an absent
// one (model.hpp), so the canonical form omits both; an empty local_fields object likewise.
TEST(ModelUnknownFields, EmptyArraysAndEmptyLocalFieldsAreOmittedFromTheCanonicalForm) {
  Json doc = Json::parse(kPlanWithExtensions);
  doc["akkoorden"] = Json::array();
  doc["children"][0]["agreements"] = Json::array();
  doc["local_fields"] = Json::object();
  const Json written = perspectief::plan_to_json(perspectief::plan_from_json(doc));
  EXPECT_FALSE(written.contains("akkoorden"));
  EXPECT_FALSE(written.at("children").at(0).contains("agreements"));
  EXPECT_FALSE(written.contains("local_fields"));
  // Empty arrays inside unknown members are data of someone else and stay.
  EXPECT_EQ(written.at("family_part").at("analysis").at(0).at("perspectives").at(0).at("x-perspective-ext"),
            Json::parse("[[]]"));
}

}  // namespace
