// Structural errors when reading a plan (src/core/json.cpp, src/model/json_mapping.hpp):
// bad input gets the right ErrorCode, a PP-S-* problem at the right JSON pointer,
// and never a crash: malformed JSON, invalid UTF-8, extreme nesting and size,
// missing required members, wrong types, unknown enum spellings, bad dates.
#include <gtest/gtest.h>

#include <limits>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;
using perspectief::Problem;

Json valid_plan() {
  return perspectief::parse_json(pp_test::read_source_file("examples/families/amsterdam-twee-kinderen-segment-c.json"));
}

// Reads the document and returns the Error it throws; fails the test when it does not throw.
Error read_error(const std::string& text, const perspectief::JsonLimits& limits = {}) {
  try {
    perspectief::plan_from_text(text, limits);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "expected an error for: " << text.substr(0, 200);
  return Error(ErrorCode::ok, "no error");
}

Error read_document_error(const Json& doc) { return read_error(doc.dump()); }

bool has_problem(const Error& e, const std::string& code, const std::string& pointer) {
  return std::any_of(e.problems().begin(), e.problems().end(),
                     [&](const Problem& p) { return p.code == code && p.pointer == pointer; });
}

// One broken member, one problem: code, pointer, and the error's own code and pointer.
void expect_single(const Json& doc, const std::string& code, const std::string& pointer) {
  const Error e = read_document_error(doc);
  EXPECT_EQ(e.code(), ErrorCode::schema);
  ASSERT_EQ(e.problems().size(), 1u) << pp_test::describe(e.problems());
  EXPECT_EQ(e.problems()[0].code, code);
  EXPECT_EQ(e.problems()[0].pointer, pointer);
  EXPECT_EQ(e.pointer(), pointer);
  EXPECT_FALSE(e.problems()[0].message_nl.empty());
  EXPECT_FALSE(e.problems()[0].message_en.empty());
}

Json with(Json doc, const std::string& pointer, Json value) {
  doc[Json::json_pointer(pointer)] = std::move(value);
  return doc;
}

Json without(Json doc, const std::string& pointer) {
  const Json::json_pointer p(pointer);
  doc[p.parent_pointer()].erase(p.back());
  return doc;
}

// ---- PP-S-REQUIRED ---------------------------------------------------------

TEST(ModelStructure, MissingRequiredMemberIsReportedAtItsPointer) {
  expect_single(without(valid_plan(), "/id"), "PP-S-REQUIRED", "/id");
  expect_single(without(valid_plan(), "/family/members/1/role"), "PP-S-REQUIRED", "/family/members/1/role");
  expect_single(without(valid_plan(), "/children/0/toewijzingen/0/product/category"), "PP-S-REQUIRED",
                "/children/0/toewijzingen/0/product/category");
  expect_single(without(valid_plan(), "/consents/0/from"), "PP-S-REQUIRED", "/consents/0/from");
}

TEST(ModelStructure, OptionalMembersMayBeAbsent) {
  Json doc = without(valid_plan(), "/municipality");
  doc = without(doc, "/children/0/segment");
  doc = without(doc, "/children/0/kader");
  doc = without(doc, "/children/1/toewijzingen/0/volume");
  EXPECT_NO_THROW(perspectief::plan_from_json(doc));
}

TEST(ModelStructure, EveryStructuralProblemIsCollectedNotOnlyTheFirst) {
  Json doc = without(valid_plan(), "/status");
  doc = with(doc, "/version", "0");
  doc = with(doc, "/family/members/0/role", "moeder");
  doc = with(doc, "/children/0/toewijzingen/0/start", "2026-02-30");
  const Error e = read_document_error(doc);
  EXPECT_EQ(e.problems().size(), 4u) << pp_test::describe(e.problems());
  EXPECT_TRUE(has_problem(e, "PP-S-REQUIRED", "/status"));
  EXPECT_TRUE(has_problem(e, "PP-S-TYPE", "/version"));
  EXPECT_TRUE(has_problem(e, "PP-S-ENUM", "/family/members/0/role"));
  EXPECT_TRUE(has_problem(e, "PP-S-DATE", "/children/0/toewijzingen/0/start"));
}

// ---- PP-S-TYPE -------------------------------------------------------------

TEST(ModelStructure, WrongTypesAreReportedAtTheirPointer) {
  expect_single(with(valid_plan(), "/version", "0"), "PP-S-TYPE", "/version");
  expect_single(with(valid_plan(), "/version", 1.5), "PP-S-TYPE", "/version");
  expect_single(with(valid_plan(), "/family/members", Json::object()), "PP-S-TYPE", "/family/members");
  expect_single(with(valid_plan(), "/family_part", Json::array()), "PP-S-TYPE", "/family_part");
  expect_single(with(valid_plan(), "/family/members/0/gezag", "ja"), "PP-S-TYPE", "/family/members/0/gezag");
  expect_single(with(valid_plan(), "/family_part/analysis/0/perspectives/0/strengths", "sterk"), "PP-S-TYPE",
                "/family_part/analysis/0/perspectives/0/strengths");
  expect_single(with(valid_plan(), "/family_part/analysis/0/perspectives/0/strengths/1", 7), "PP-S-TYPE",
                "/family_part/analysis/0/perspectives/0/strengths/1");
  expect_single(with(valid_plan(), "/children/0/toewijzingen/0/volume/amount", 1.5), "PP-S-TYPE",
                "/children/0/toewijzingen/0/volume/amount");
  expect_single(with(valid_plan(), "/children/0/toewijzingen/0/start", 20260302), "PP-S-TYPE",
                "/children/0/toewijzingen/0/start");
}

TEST(ModelStructure, NullIsNotAnAbsentMember) {
  expect_single(with(valid_plan(), "/municipality", nullptr), "PP-S-TYPE", "/municipality");
  expect_single(with(valid_plan(), "/children/0/ondersteuningsprofiel", nullptr), "PP-S-TYPE",
                "/children/0/ondersteuningsprofiel");
}

TEST(ModelStructure, ADocumentThatIsNotAnObjectIsReportedAtTheRoot) {
  for (const char* text : {"[]", "\"plan\"", "42", "null", "true"}) {
    const Error e = read_error(text);
    EXPECT_EQ(e.code(), ErrorCode::schema) << text;
    EXPECT_TRUE(has_problem(e, "PP-S-TYPE", "")) << text;
  }
}

// ---- PP-S-RANGE ------------------------------------------------------------

TEST(ModelStructure, IntegersBeyondInt64AreRefusedNotWrapped) {
  expect_single(with(valid_plan(), "/version", std::numeric_limits<std::uint64_t>::max()), "PP-S-RANGE", "/version");
  Json doc = valid_plan();
  doc["children"][0]["toewijzingen"][0]["volume"]["amount"] = 9223372036854775808u;
  expect_single(doc, "PP-S-RANGE", "/children/0/toewijzingen/0/volume/amount");
  // The largest int64 is fine.
  doc["children"][0]["toewijzingen"][0]["volume"]["amount"] = 9223372036854775807;
  EXPECT_EQ(perspectief::plan_from_json(doc).children[0].toewijzingen[0].volume->amount, 9223372036854775807);
}

// ---- PP-S-ENUM -------------------------------------------------------------

TEST(ModelStructure, UnknownEnumSpellingsNameTheAllowedValues) {
  expect_single(with(valid_plan(), "/plan_type", "Perspectiefplan"), "PP-S-ENUM", "/plan_type");
  expect_single(with(valid_plan(), "/children/0/segment", "c"), "PP-S-ENUM", "/children/0/segment");
  expect_single(with(valid_plan(), "/children/0/kader", "gedwongen"), "PP-S-ENUM", "/children/0/kader");
  expect_single(with(valid_plan(), "/children/0/help", "gestart"), "PP-S-ENUM", "/children/0/help");
  expect_single(with(valid_plan(), "/family_part/opvoedsituatie", "crisis"), "PP-S-ENUM", "/family_part/opvoedsituatie");
  expect_single(with(valid_plan(), "/children/0/toekomstperspectief", "thuis"), "PP-S-ENUM",
                "/children/0/toekomstperspectief");
  expect_single(with(valid_plan(), "/family_part/results/0/performer", "aanbieder"), "PP-S-ENUM",
                "/family_part/results/0/performer");
  const Error e = read_document_error(with(valid_plan(), "/entry_route", "huisarts"));
  ASSERT_EQ(e.problems().size(), 1u);
  EXPECT_NE(e.problems()[0].message_en.find("allowed: lokale_toegang, verwijzer, ziekenhuis"), std::string::npos)
      << e.problems()[0].message_en;
}

// ---- PP-S-DATE and PP-S-TIMESTAMP -----------------------------------------

TEST(ModelStructure, ImpossibleOrMisspelledDatesAreRefused) {
  for (const char* date : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-3-2", "02-03-2026", "2026/03/02", ""}) {
    SCOPED_TRACE(date);
    expect_single(with(valid_plan(), "/family/members/2/birth_date", date), "PP-S-DATE", "/family/members/2/birth_date");
  }
  EXPECT_NO_THROW(perspectief::plan_from_json(with(valid_plan(), "/family/members/2/birth_date", "2012-02-29")));
}

TEST(ModelStructure, TimestampsNeedAnOffsetAndAValidTime) {
  for (const char* at : {"2026-03-02T09:30:00", "2026-03-02 09:30:00+01:00", "2026-03-02T24:00:00Z",
                         "2026-03-02T09:30:60Z", "2026-03-02T09:30:00+0100", "2026-02-30T09:30:00Z", "gisteren"}) {
    SCOPED_TRACE(at);
    expect_single(with(valid_plan(), "/consents/0/from", at), "PP-S-TIMESTAMP", "/consents/0/from");
  }
  for (const char* at : {"2026-03-02T09:30:00Z", "2026-03-02T09:30:00.125+01:00", "2026-03-02T09:30:00-05:00"}) {
    EXPECT_NO_THROW(perspectief::plan_from_json(with(valid_plan(), "/consents/0/from", at))) << at;
  }
}

// ---- PP-S-FORMAT -----------------------------------------------------------

TEST(ModelStructure, AnotherFormatVersionIsRefusedAtFormat) {
  const Error e = read_document_error(with(valid_plan(), "/format", "perspectief/plan@3"));
  EXPECT_EQ(e.code(), ErrorCode::schema);
  EXPECT_EQ(e.pointer(), "/format");
  ASSERT_EQ(e.problems().size(), 1u);
  EXPECT_EQ(e.problems()[0].code, "PP-S-FORMAT");
  expect_single(without(valid_plan(), "/format"), "PP-S-REQUIRED", "/format");
}

// ---- JSON text: syntax, UTF-8, limits --------------------------------------

TEST(ModelStructure, MalformedJsonIsASyntaxErrorWithTheByteOffset) {
  for (const char* text : {"", "{", "{\"id\":}", "{\"id\":\"a\",}", "{'id':'a'}", "{\"id\":\"a\"} x", "[1 2]", "NaN"}) {
    const Error e = read_error(text);
    EXPECT_EQ(e.code(), ErrorCode::json_syntax) << text;
    EXPECT_EQ(e.pointer(), "") << text;
    EXPECT_NE(std::string(e.what()).find("byte"), std::string::npos) << e.what();
  }
}

TEST(ModelStructure, InvalidUtf8InAStringIsItsOwnError) {
  const std::vector<std::string> bad = {
      "{\"id\":\"\xff\"}",              // never valid in UTF-8
      "{\"id\":\"\xc0\xaf\"}",          // overlong encoding of '/'
      "{\"id\":\"\xed\xa0\x80\"}",      // an encoded UTF-16 surrogate
      "{\"id\":\"caf\xc3\"}",           // truncated two-byte sequence
      "{\"id\":\"\xf4\x90\x80\x80\"}",  // beyond U+10FFFF
  };
  for (const auto& text : bad) {
    EXPECT_EQ(read_error(text).code(), ErrorCode::invalid_utf8);
  }
}

TEST(ModelStructure, ExtremeNestingIsRefusedBeforeParsing) {
  const std::string arrays = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(read_error(arrays).code(), ErrorCode::limit_exceeded);
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(100000, '}');
  EXPECT_EQ(read_error(objects).code(), ErrorCode::limit_exceeded);
  // Brackets inside strings are text, not nesting.
  Json doc = valid_plan();
  doc["x-tekst"] = std::string(1000, '[');
  EXPECT_NO_THROW(perspectief::plan_from_text(doc.dump()));
}

TEST(ModelStructure, NestingLimitIsConfigurable) {
  const std::string text = valid_plan().dump();
  EXPECT_NO_THROW(perspectief::plan_from_text(text, {.max_bytes = 1u << 20, .max_depth = 16}));
  EXPECT_EQ(read_error(text, {.max_bytes = 1u << 20, .max_depth = 3}).code(), ErrorCode::limit_exceeded);
}

TEST(ModelStructure, DocumentsOverTheSizeLimitAreRefused) {
  // The default limit (64 MiB): one byte more is refused before any parsing.
  const std::size_t limit = perspectief::JsonLimits{}.max_bytes;
  const std::string huge(limit + 1, ' ');
  EXPECT_EQ(read_error(huge).code(), ErrorCode::limit_exceeded);
  // An engine's own limit applies to parse_plan.
  const Engine engine = Engine::load_builtin("amsterdam-zaanstreek", nullptr, {.limits = {.max_bytes = 1024}});
  try {
    engine.parse_plan(valid_plan().dump());
    ADD_FAILURE() << "a plan over 1024 bytes was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::limit_exceeded);
    EXPECT_NE(std::string(e.what()).find("1024"), std::string::npos) << e.what();
  }
}

TEST(ModelStructure, NumbersBeyondTheRangeOfADoubleAreALimitNotACrash) {
  EXPECT_EQ(read_error("{\"version\": 1e400}").code(), ErrorCode::limit_exceeded);
  EXPECT_EQ(read_error("[-1e99999]").code(), ErrorCode::limit_exceeded);
}

// Every truncation and many single-byte corruptions of a real plan end in a plan or
// in perspectief::Error, never in another exception or a crash; validation of
// whatever still reads never throws.
TEST(ModelStructure, CorruptedDocumentsNeverEscapeAsAnythingButError) {
  // The smallest family keeps this quick in debug builds; strides are prime so that every
  // kind of token (keys, strings, numbers, brackets) gets hit.
  const std::string original =
      perspectief::parse_json(pp_test::read_source_file("examples/families/werkproces-thuisplus-vervoer.json")).dump();
  const Engine engine = Engine::load_builtin("werkproces-jeugdhulp");
  auto attempt = [&](const std::string& text) {
    try {
      const auto plan = engine.parse_plan(text);
      (void)engine.validate(plan);
      (void)perspectief::plan_to_canonical(plan);
    } catch (const Error&) {
      // the expected way to fail
    } catch (const std::exception& e) {
      ADD_FAILURE() << "escaped: " << e.what();
    }
  };
  for (std::size_t cut = 0; cut < original.size(); cut += 17) attempt(original.substr(0, cut));
  const std::string replacements = "\"{}[],:0-\\\xff\x01 e";
  for (std::size_t pos = 0; pos < original.size(); pos += 37) {
    for (char c : replacements) {
      std::string text = original;
      text[pos] = c;
      attempt(text);
    }
  }
}

// ---- PP-S-PER-JEUGDIGE ------------------------------------------------------

// Since perspectief/plan@2 segment and kader are each jeugdige's (R-SEG-KNOWN); a plan-level
// one would silently mean nothing, so it is refused (a plan@1 document is migrated instead:
// model_migration_test.cpp).
TEST(ModelStructure, APlanLevelSegmentOrKaderIsRefusedInTheCurrentFormat) {
  expect_single(with(valid_plan(), "/segment", "C"), "PP-S-PER-JEUGDIGE", "/segment");
  expect_single(with(valid_plan(), "/kader", "dwang"), "PP-S-PER-JEUGDIGE", "/kader");
}

// Every PP-S code the reader can emit is exercised above.
TEST(ModelStructure, EveryStructuralCodeIsTested) {
  std::string sources = pp_test::read_source_file("src/model/json_mapping.hpp") +
                        pp_test::read_source_file("src/model/plan_fields.cpp");
  const std::regex code_pattern("\"(PP-S-[A-Z0-9-]+)\"");
  std::set<std::string> emitted;
  for (auto it = std::sregex_iterator(sources.begin(), sources.end(), code_pattern); it != std::sregex_iterator(); ++it) {
    emitted.insert((*it)[1].str());
  }
  // PP-S-UNKNOWN-FIELD only applies to configuration types (profiles, settings): see profile tests.
  const std::set<std::string> tested_here = {"PP-S-REQUIRED", "PP-S-TYPE", "PP-S-RANGE", "PP-S-ENUM",
                                             "PP-S-DATE", "PP-S-TIMESTAMP", "PP-S-FORMAT", "PP-S-UNKNOWN-FIELD",
                                             "PP-S-PER-JEUGDIGE"};
  for (const auto& code : emitted) EXPECT_TRUE(tested_here.count(code)) << code << " has no test";
}

}  // namespace
