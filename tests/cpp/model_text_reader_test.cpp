// The fast reader of plan text (src/model/plan_text_reader.hpp) against the thorough one
// (parse_json, then plan_from_json): the fast reader must take every ordinary plan (the
// examples, random plans), give exactly the thorough reader's plan, and give up on
// everything the thorough reader refuses or reads in a way of its own - crafted cases
// for each rule it mirrors, and thousands of random mutations of real plans. Giving up
// is always safe (the thorough reader then runs); accepting what the thorough reader
// refuses, or reading it differently, is the failure these tests exist for.
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "model/plan_text_reader.hpp"
#include "perspectief/error.hpp"
#include "perspectief/model.hpp"
#include "sharing_generator.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Json;
using perspectief::JsonLimits;
using perspectief::Plan;
using perspectief::detail::read_plan_text;

// The thorough reader's plan, or nullopt when it refuses the text.
std::optional<Plan> thorough(const std::string& text, const JsonLimits& limits) {
  try {
    return perspectief::plan_from_json(perspectief::parse_json(text, limits));
  } catch (const perspectief::Error&) {
    return std::nullopt;
  }
}

// Everything a plan value holds that its canonical text may not say: the free-form
// members as values, with their number kinds (signed or unsigned), which canonical
// text writes alike.
std::string kinds_of(const Json& value) {
  std::string out;
  std::vector<const Json*> pending{&value};
  while (!pending.empty()) {
    const Json* node = pending.back();
    pending.pop_back();
    out += static_cast<char>('a' + static_cast<int>(node->type()));
    if (node->is_structured()) {
      for (auto it = node->begin(); it != node->end(); ++it) pending.push_back(&*it);
    }
  }
  return out;
}

std::string kinds_of(const Plan& plan) {
  std::string out = kinds_of(plan.unknown_fields) + "|" + kinds_of(plan.local_fields);
  for (const auto& entry : plan.history) out += "|" + kinds_of(entry.payload) + kinds_of(entry.unknown_fields);
  return out;
}

// The property: when the fast reader gives a plan, the thorough reader gives the same
// one; when the thorough reader refuses, the fast reader gives nothing.
void expect_agrees(const std::string& text, const JsonLimits& limits = {}) {
  const std::optional<Plan> fast = read_plan_text(text, limits);
  const std::optional<Plan> slow = thorough(text, limits);
  if (!fast) return;
  ASSERT_TRUE(slow) << "the fast reader accepted a text the thorough reader refuses:\n" << text.substr(0, 400);
  ASSERT_EQ(perspectief::plan_to_canonical(*fast), perspectief::plan_to_canonical(*slow)) << text.substr(0, 400);
  ASSERT_EQ(kinds_of(*fast), kinds_of(*slow)) << text.substr(0, 400);
}

std::vector<std::string> example_texts() {
  std::vector<std::string> texts;
  for (const auto& file : pp_test::json_files_in("examples/plans")) texts.push_back(pp_test::read_source_file(file));
  return texts;
}

TEST(PlanTextReader, TakesEveryExamplePlanAndReadsItAsTheThoroughReaderDoes) {
  const auto texts = example_texts();
  ASSERT_GE(texts.size(), 7u);
  for (const std::string& text : texts) {
    const std::optional<Plan> fast = read_plan_text(text, {});
    ASSERT_TRUE(fast) << "an example plan left to the thorough reader";
    expect_agrees(text);
    // Through the public entry point as well.
    EXPECT_EQ(perspectief::plan_to_canonical(perspectief::plan_from_text(text)), perspectief::plan_to_canonical(*fast));
  }
}

TEST(PlanTextReader, TakesRandomPlansWithUnknownMembersAndReadsThemExactly) {
  sharing_test::Generator generator(20261207);
  int taken = 0;
  for (int i = 0; i < 300; ++i) {
    Plan plan = generator.plan();
    plan.local_fields = Json{{"zaaknummer", "Z-" + std::to_string(i)}, {"bedrag", -12}, {"teller", 12},
                             {"factor", 0.1 * i}, {"lijst", Json::array({nullptr, true, "x\n\ty"})}};
    const std::string text = perspectief::plan_to_canonical(plan);
    expect_agrees(text);
    if (read_plan_text(text, {})) ++taken;
  }
  EXPECT_EQ(taken, 300);  // every one is ordinary
}

// Each rule the fast reader mirrors, as a text it must leave to the thorough reader,
// and texts that are unusual but valid, which it must read exactly.
TEST(PlanTextReader, LeavesWhatTheThoroughReaderRefusesOrReadsItsOwnWay) {
  const std::string base = example_texts().front();
  const Json document = Json::parse(base);
  const auto with = [&](const std::string& pointer, const Json& value) {
    Json changed = document;
    changed[Json::json_pointer(pointer)] = value;
    return changed.dump();
  };
  const auto gives_up = [](const std::string& text, const JsonLimits& limits = {}) {
    EXPECT_FALSE(read_plan_text(text, limits)) << text.substr(0, 300);
  };
  // Duplicate names: a known member, an unknown one, inside a free-form member.
  gives_up("{\"id\":\"a\"," + base.substr(1));
  gives_up(with("/extra", 1).insert(1, "\"extra\":2,"));
  {
    std::string text = with("/local_fields", Json{{"k", 1}});
    const auto at = text.find("\"k\":1");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"k\":2,");
    gives_up(text);
    expect_agrees(text);
  }
  // Numbers: beyond 64 bits, a typed integer written as a float, "-0" in a free-form member.
  {
    std::string text = with("/local_fields", Json{{"n", 1}});
    text.replace(text.find("\"n\":1"), 5, "\"n\":123456789012345678901234567890");
    gives_up(text);
    text.replace(text.find("\"n\":"), std::string("\"n\":123456789012345678901234567890").size(), "\"n\":-0");
    gives_up(text);
    expect_agrees(text);
  }
  {
    std::string text = base;
    const auto at = text.find("\"version\":");
    ASSERT_NE(at, std::string::npos);
    const auto end = text.find_first_of(",}", at);
    text.replace(at, end - at, "\"version\":1.0");
    gives_up(text);
  }
  // A raw control character inside a string; the same character escaped is read.
  {
    std::string text = with("/local_fields", Json{{"t", "a\tb"}});
    expect_agrees(text);
    EXPECT_TRUE(read_plan_text(text, {}));
    text.replace(text.find("a\\tb"), 4, "a\tb");
    gives_up(text);
    expect_agrees(text);
  }
  // Nesting past the limit, and a document past the size limit.
  gives_up(base, JsonLimits{1u << 26, 3});
  gives_up(base, JsonLimits{base.size() - 1, 128});
  // Trailing content; a scalar or an array for the plan.
  gives_up(base + "{}");
  gives_up("[" + base + "]");
  gives_up("\"plan\"");
  // Types, required members, spellings, dates and moments.
  gives_up(with("/version", "3"));
  gives_up(with("/family/name", nullptr));
  gives_up(with("/plan_type", "onbekend_soort"));
  {
    Json without = document;
    without.erase("id");
    gives_up(without.dump());
  }
  gives_up(with("/history/0/at", "gisteren"));
  // plan_from_json's own: the format, and segment or kader at the plan's level.
  gives_up(with("/format", "perspectief/plan@1"));
  gives_up(with("/format", "perspectief/plan@9"));
  gives_up(with("/segment", "C"));
  // Invalid UTF-8 and a lone surrogate.
  {
    std::string text = with("/local_fields", Json{{"t", "x"}});
    text.replace(text.find("\"t\":\"x\""), 7, "\"t\":\"\xff\"");
    gives_up(text);
  }
  {
    std::string text = with("/local_fields", Json{{"t", "x"}});
    text.replace(text.find("\"t\":\"x\""), 7, "\"t\":\"\\ud800\"");
    gives_up(text);
  }
  // Unusual but valid: escaped names, whitespace everywhere, numbers of every kind.
  {
    std::string text = base;
    text.replace(text.find("\"id\""), 4, "\"\\u0069d\"");
    expect_agrees(text);
    EXPECT_TRUE(read_plan_text(text, {}));
  }
  expect_agrees(document.dump(2));
  expect_agrees(with("/local_fields", Json::parse("{\"a\":-9223372036854775808,\"b\":18446744073709551615,"
                                                  "\"c\":1e-7,\"d\":-0.0,\"e\":2.5E+3,\"f\":[[],{}]}")));
}

// Thousands of random mutations of the example plans: whatever a mutation makes of the
// text, the fast reader never reads it differently from the thorough one.
TEST(PlanTextReader, AgreesWithTheThoroughReaderOnRandomMutations) {
  const auto texts = example_texts();
  std::mt19937_64 rng(7);
  const std::string specials[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", "-0", "1e999", "\t", "\x01",
                                  "\xc3", "\\u0000", "null", "true", " ", "\"id\":\"x\",", "99999999999999999999"};
  int taken = 0;
  for (int round = 0; round < 1000; ++round) {
    std::string text = texts[rng() % texts.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text.erase(at, 1 + rng() % 8); break;
        case 1: text.insert(at, specials[rng() % std::size(specials)]); break;
        case 2: text[at] = static_cast<char>(rng() % 256); break;
        default: {  // a stretch repeated: duplicate members, doubled structure
          const std::size_t length = 1 + rng() % 40;
          text.insert(at, text.substr(at, length));
        }
      }
    }
    expect_agrees(text);
    if (HasFatalFailure()) return;
    if (read_plan_text(text, {})) ++taken;
  }
  // Some mutations land in text values and leave an ordinary plan: those are read fast.
  EXPECT_GT(taken, 0);
}

}  // namespace
