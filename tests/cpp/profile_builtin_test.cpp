// The region profiles compiled into the library (profiles/*.json; DOMAIN.md section 5)
// and the problems a broken profile document gets (PP-P-*, src/model/profile.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "perspectief/engine.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;
using perspectief::RegionProfile;

RegionProfile builtin(const std::string& id) { return perspectief::profile_from_json(perspectief::builtin_profile_json(id)); }

std::set<std::string> minimum_rules(const RegionProfile& p) {
  std::set<std::string> rules;
  for (const auto& m : p.minimum_conditions) rules.insert(m.rule);
  return rules;
}

const perspectief::LocalChoiceDef* choice(const RegionProfile& p, const std::string& key) {
  auto it = std::find_if(p.local_choices.begin(), p.local_choices.end(), [&](const auto& c) { return c.key == key; });
  return it == p.local_choices.end() ? nullptr : &*it;
}

// ---- the built-in profiles ---------------------------------------------------

TEST(ProfileBuiltin, OneProfilePerSeedSourceAndEachLoadsIntoAnEngine) {
  std::set<std::string> ids;
  for (const auto& info : perspectief::builtin_profiles()) {
    ids.insert(info.id);
    EXPECT_NO_THROW(Engine::load_builtin(info.id)) << info.id;
  }
  EXPECT_EQ(ids, (std::set<std::string>{"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"}));
}

// Every file in profiles/ is embedded, under its own id (<id>.json).
TEST(ProfileBuiltin, FileNamesAreTheProfileIds) {
  const auto files = pp_test::json_files_in("profiles");
  ASSERT_EQ(files.size(), perspectief::builtin_profiles().size());
  for (const auto& file : files) {
    const Json json = perspectief::parse_json(pp_test::read_source_file(file));
    EXPECT_EQ(json.at("id").get<std::string>() + ".json", file.filename().string());
    EXPECT_TRUE(perspectief::builtin_profile_json(json.at("id").get<std::string>()) == json)
        << file << " differs from the embedded copy: rebuild";
  }
}

TEST(ProfileBuiltin, UnknownBuiltinProfileIsNotFound) {
  try {
    Engine::load_builtin("utrecht");
    ADD_FAILURE() << "loaded a profile that does not exist";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_found);
  }
}

TEST(ProfileBuiltin, EveryProfileCitesSeedsAndLabelsInDutchAndEnglish) {
  for (const auto& info : perspectief::builtin_profiles()) {
    const RegionProfile p = builtin(info.id);
    SCOPED_TRACE(p.id);
    ASSERT_FALSE(p.seeds.empty());
    for (const auto& seed : p.seeds) EXPECT_TRUE(seed.size() == 3 && seed >= "000" && seed <= "004") << seed;
    for (const auto& l : p.leefgebieden) EXPECT_TRUE(!l.label.nl.empty() && !l.label.en.empty()) << l.code;
    for (const auto& s : p.support_profiles) EXPECT_TRUE(!s.label.nl.empty() && !s.label.en.empty()) << s.code;
    for (const auto& m : p.minimum_conditions) EXPECT_TRUE(!m.label.nl.empty() && !m.label.en.empty()) << m.rule;
    for (const auto& c : p.local_choices) EXPECT_TRUE(!c.label.nl.empty() && !c.label.en.empty()) << c.key;
  }
}

// R-DOMAINS: a leefgebied code means the same thing (and framework) in every region.
TEST(ProfileBuiltin, LeefgebiedCodesAreConsistentAcrossProfiles_R_DOMAINS) {
  std::map<std::string, perspectief::Framework> framework_of;
  for (const auto& info : perspectief::builtin_profiles()) {
    for (const auto& l : builtin(info.id).leefgebieden) {
      auto [it, inserted] = framework_of.emplace(l.code, l.framework);
      EXPECT_EQ(it->second, l.framework) << info.id << ": " << l.code;
    }
  }
  // The domains every seed names (000: werk en inkomen, wonen; 002: huisvesting, schulden).
  for (const char* code : {"opvoeding", "werk_inkomen", "financien", "wonen", "veiligheid", "onderwijs"}) {
    for (const auto& info : perspectief::builtin_profiles()) {
      EXPECT_NE(builtin(info.id).find_leefgebied(code), nullptr) << info.id << " lacks " << code;
    }
  }
}

// Deadlines follow Dutch working days; the two disputed holidays are local choices everywhere.
TEST(ProfileBuiltin, EveryProfileOffersTheHolidayChoices) {
  for (const auto& info : perspectief::builtin_profiles()) {
    const RegionProfile p = builtin(info.id);
    EXPECT_NE(choice(p, "goede_vrijdag_vrij"), nullptr) << p.id;
    EXPECT_NE(choice(p, "bevrijdingsdag_vrij"), nullptr) << p.id;
  }
}

// R-CRISIS and R-REGIE-VERBLIJF need a crisis profile and a residential addition in every region.
TEST(ProfileBuiltin, EveryProfileHasACrisisProfileAndAResidentialAddition_R_CRISIS) {
  for (const auto& info : perspectief::builtin_profiles()) {
    const RegionProfile p = builtin(info.id);
    EXPECT_TRUE(std::any_of(p.support_profiles.begin(), p.support_profiles.end(), [](const auto& s) { return s.crisis; }))
        << p.id;
    EXPECT_TRUE(std::any_of(p.additions.begin(), p.additions.end(), [](const auto& a) { return a.residential; }))
        << p.id;
  }
}

// 000/001: segments B and C, profile 11 is crisis, perspectiefplan or the GI's gezinsplan.
TEST(ProfileBuiltin, AmsterdamZaanstreek_R_SEG_C_PLAN_R_DWANG_GI) {
  const RegionProfile p = builtin("amsterdam-zaanstreek");
  EXPECT_EQ(p.municipalities.size(), 14u);
  EXPECT_EQ(p.segments, (std::vector<perspectief::Segment>{perspectief::Segment::B, perspectief::Segment::C}));
  ASSERT_NE(p.find_support_profile("11"), nullptr);
  EXPECT_TRUE(p.find_support_profile("11")->crisis);
  EXPECT_FALSE(p.find_support_profile("3")->crisis);
  const auto rules = minimum_rules(p);
  for (const char* rule : {"R-SEG-C-PLAN", "R-SEG-C-AKKOORD", "R-DWANG-GI", "R-CRISIS"}) EXPECT_TRUE(rules.count(rule)) << rule;
}

// 002: the six municipalities, perspectiefregie as minimum conditions, regie as local choices.
TEST(ProfileBuiltin, Flevoland_R_REGIE_VERBLIJF_R_REGIE_LOKAAL) {
  const RegionProfile p = builtin("flevoland");
  EXPECT_EQ(p.municipalities,
            (std::vector<std::string>{"almere", "dronten", "lelystad", "noordoostpolder", "urk", "zeewolde"}));
  EXPECT_TRUE(p.is_minimum_condition("R-REGIE-VERBLIJF"));
  EXPECT_TRUE(p.is_minimum_condition("R-REGIE-LOKAAL"));
  EXPECT_TRUE(p.is_minimum_condition("R-CRISIS"));
  const auto* regie = choice(p, "regie_langdurig_verblijf");
  ASSERT_NE(regie, nullptr);
  EXPECT_EQ(regie->allowed, (std::vector<Json>{"lokale_toegang", "verblijfsinstelling", "gemeente"}));
  EXPECT_NE(choice(p, "regie_breder_inzetten"), nullptr);
  EXPECT_NE(choice(p, "crisis_regie_toewijzing"), nullptr);
  EXPECT_TRUE(p.segments.empty());  // segments B/C are Amsterdam's (000), not Flevoland's
}

// 003: the plan is called ondersteuningsplan; a familiegroepsplan counts as one.
TEST(ProfileBuiltin, FoodValleyCallsItOndersteuningsplan) {
  const RegionProfile p = builtin("foodvalley");
  EXPECT_EQ(p.plan_term, perspectief::PlanType::ondersteuningsplan);
  EXPECT_EQ(p.accepted_plan_types,
            (std::vector<perspectief::PlanType>{perspectief::PlanType::ondersteuningsplan,
                                                perspectief::PlanType::familiegroepsplan,
                                                perspectief::PlanType::gezinsplan}));
  EXPECT_EQ(p.municipalities,
            (std::vector<std::string>{"barneveld", "ede", "nijkerk", "renswoude", "scherpenzeel", "wageningen"}));
}

// 004: blok 1/2/3 and the additions verblijf, ThuisPLUS, vervoer.
TEST(ProfileBuiltin, WerkprocesHasBlocksAndAdditions_R_FAMILY_AKKOORD) {
  const RegionProfile p = builtin("werkproces-jeugdhulp");
  EXPECT_EQ(p.intensity_blocks, (std::vector<std::int64_t>{1, 2, 3}));
  std::set<std::string> additions;
  for (const auto& a : p.additions) additions.insert(a.code);
  EXPECT_EQ(additions, (std::set<std::string>{"verblijf", "thuisplus", "vervoer"}));
  EXPECT_TRUE(p.is_minimum_condition("R-FAMILY-AKKOORD"));
}

// ---- a broken profile document ---------------------------------------------------

Json amsterdam() { return perspectief::builtin_profile_json("amsterdam-zaanstreek"); }

// Reads the profile, expecting Error(profile) with `code` at `pointer` among its problems.
void expect_profile_problem(const Json& doc, const std::string& code, const std::string& pointer) {
  try {
    perspectief::profile_from_json(doc);
    ADD_FAILURE() << "profile accepted; expected " << code << " at " << pointer;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::profile);
    const bool found = std::any_of(e.problems().begin(), e.problems().end(),
                                   [&](const auto& p) { return p.code == code && p.pointer == pointer; });
    EXPECT_TRUE(found) << pp_test::describe(e.problems());
  }
}

TEST(ProfileDocument, UnchangedBuiltinProfileIsAccepted) {
  for (const auto& info : perspectief::builtin_profiles()) {
    EXPECT_NO_THROW(perspectief::profile_from_json(perspectief::builtin_profile_json(info.id))) << info.id;
  }
}

TEST(ProfileDocument, OtherFormatIsRefused) {
  Json doc = amsterdam();
  doc["format"] = "perspectief/profile@2";
  expect_profile_problem(doc, "PP-P-FORMAT", "/format");
}

TEST(ProfileDocument, DuplicateCodesAreRefused) {
  Json doc = amsterdam();
  const std::size_t last = doc["leefgebieden"].size();
  doc["leefgebieden"].push_back(doc["leefgebieden"][0]);
  expect_profile_problem(doc, "PP-P-DUPLICATE", "/leefgebieden/" + std::to_string(last) + "/code");
  doc = amsterdam();
  doc["support_profiles"][1]["code"] = "1";
  expect_profile_problem(doc, "PP-P-DUPLICATE", "/support_profiles/1/code");
}

TEST(ProfileDocument, DefaultOutsideTheAllowedValuesIsRefused) {
  Json doc = amsterdam();
  std::size_t i = 0;
  while (doc["local_choices"][i]["key"] != "bevrijdingsdag_vrij") ++i;
  doc["local_choices"][i]["default"] = "soms";
  expect_profile_problem(doc, "PP-P-CHOICE-DEFAULT", "/local_choices/" + std::to_string(i) + "/default");
  doc["local_choices"][i]["default"] = "altijd";  // allowed side
  EXPECT_NO_THROW(perspectief::profile_from_json(doc));
}

TEST(ProfileDocument, WorkflowAndPolicyMustBeObjects) {
  Json doc = amsterdam();
  doc["workflow"] = Json::array();
  expect_profile_problem(doc, "PP-P-SECTION", "/workflow");
  doc = amsterdam();
  doc["policy"] = "alles mag";
  expect_profile_problem(doc, "PP-P-SECTION", "/policy");
}

TEST(ProfileDocument, LocalFieldTypesMustBeCheckable_R_LOCAL_FIELDS) {
  Json doc = amsterdam();
  doc["local_fields"] = {{{"key", "stadsdeel"}, {"type", "strng"}, {"label", {{"nl", "Stadsdeel"}, {"en", "District"}}}}};
  expect_profile_problem(doc, "PP-P-FIELD-TYPE", "/local_fields/0/type");
  doc["local_fields"][0]["type"] = "string";
  EXPECT_NO_THROW(perspectief::profile_from_json(doc));
}

// A profile is configuration: a misspelt member is an error, not an extension.
TEST(ProfileDocument, MisspeltMembersMissingMembersAndBadSpellingsAreRefused) {
  Json doc = amsterdam();
  doc["leefgebeiden"] = doc["leefgebieden"];
  expect_profile_problem(doc, "PP-S-UNKNOWN-FIELD", "/leefgebeiden");
  doc = amsterdam();
  doc.erase("id");
  expect_profile_problem(doc, "PP-S-REQUIRED", "/id");
  doc = amsterdam();
  doc["leefgebieden"][0]["framework"] = "jeugd";
  expect_profile_problem(doc, "PP-S-ENUM", "/leefgebieden/0/framework");
  doc = amsterdam();
  doc["intensity_blocks"] = {1, "2"};
  expect_profile_problem(doc, "PP-S-TYPE", "/intensity_blocks/1");
}

}  // namespace
