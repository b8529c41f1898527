// Text without trees (issue #14): plans and views are written straight to canonical text
// (core/canonical_text.hpp, model/text_mapping.hpp, the view builder's text form), and
// every byte of it must be what canonical_json gives for the tree the tree writers build.
// These tests hold the two paths together: the string escapes byte by byte, every example
// plan, crafted corner cases, random plans (sharing_generator.hpp) with random sets of
// released parts, and the whole view document for every built-in profile and many random
// requests. A string that is not UTF-8 fails both paths with the same error.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/canonical_text.hpp"
#include "engine_state.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/profile.hpp"
#include "perspectief/workflow.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/release/sharing_json.hpp"
#include "sharing/release/view_builder.hpp"
#include "sharing/release/view_text.hpp"
#include "sharing_fixtures.hpp"
#include "workflow/content/plan_content.hpp"
#include "sharing_generator.hpp"
#include "test_support.hpp"

namespace {

using namespace perspectief;
using perspectief::sharing::PartIndex;

// What each path gives: the text, or the error it threw (code and message).
template <class Write>
std::string outcome(Write&& write) {
  try {
    return write();
  } catch (const Error& e) {
    return "error " + std::to_string(static_cast<int>(e.code())) + ": " + e.what();
  }
}

// The reference: nlohmann's own dump of the tree, as canonical_json was before it walked
// trees with the text writer too (and with the error it then threw for a string that is
// not UTF-8).
std::string dumped(const Json& tree) {
  try {
    return tree.dump(-1, ' ', false, Json::error_handler_t::strict);
  } catch (const nlohmann::json::type_error& e) {
    return outcome([&]() -> std::string {
      throw Error(ErrorCode::invalid_utf8, std::string("value holds a string that is not UTF-8: ") + e.what());
    });
  }
}

void expect_same_plan_text(const Plan& plan, const std::string& what) {
  const std::string tree = outcome([&] { return dumped(plan_to_json(plan)); });
  EXPECT_EQ(outcome([&] { return canonical_json(plan_to_json(plan)); }), tree) << what;
  EXPECT_EQ(outcome([&] { return plan_to_canonical(plan); }), tree) << what;
  // The content a version fixes: the plan without the workflow's members, each dropped with
  // its unknown namesake (the crafted plan has one at both levels).
  EXPECT_EQ(outcome([&] { return workflow::content_text(plan); }), outcome([&] { return dumped(workflow::content_json(plan)); }))
      << what;
}

void expect_same_view_text(const PartIndex& index, const std::vector<bool>& released, const std::string& what) {
  const std::string tree = outcome([&] { return dumped(sharing::build_view(index, released)); });
  const std::string text = outcome([&] {
    std::string out;
    sharing::write_view_text(index, released, out);
    return out;
  });
  ASSERT_EQ(text, tree) << what;
}

// The view of every part, of none, of each part alone and of `subsets` random sets of parts.
void expect_same_views(const Plan& plan, std::mt19937_64& rng, int subsets, const std::string& what) {
  const PartIndex index(plan);
  expect_same_view_text(index, std::vector<bool>(index.size(), true), what + ", every part");
  expect_same_view_text(index, std::vector<bool>(index.size(), false), what + ", no part");
  for (std::size_t p = 0; p < index.size(); ++p) {
    std::vector<bool> one(index.size(), false);
    one[p] = true;
    expect_same_view_text(index, one, what + ", only " + index[p].id.value);
  }
  for (int s = 0; s < subsets; ++s) {
    std::vector<bool> some(index.size());
    for (std::size_t p = 0; p < some.size(); ++p) some[p] = std::bernoulli_distribution(0.5)(rng);
    expect_same_view_text(index, some, what + ", random set " + std::to_string(s));
  }
}

std::vector<Plan> example_plans() {
  std::vector<Plan> plans;
  for (const auto& file : pp_test::json_files_in("examples/plans")) {
    plans.push_back(plan_from_text(pp_test::read_source_file(file)));
  }
  return plans;
}

// {"n":{"n":...{"n":1}...}} with `depth` objects.
Json nested(std::size_t depth) {
  Json value = 1;
  for (std::size_t i = 0; i < depth; ++i) value = Json{{"n", std::move(value)}};
  return value;
}

// A plan with what the text writer must treat as the tree writer does.
Plan crafted_plan() {
  Plan plan = plan_from_json(sharing_test::family_plan_json());
  // Escapes, every control character, non-ASCII (2, 3 and 4 byte sequences), DEL and '/'.
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  plan.family.name = "Gezin \"De Boer\" \\ /" + controls + "\x7f é ẞ 😀";
  plan.version = std::numeric_limits<std::int64_t>::min();
  plan.history.push_back(plan.history.empty() ? HistoryEntry{} : plan.history.front());
  plan.history.edit_back().seq = std::numeric_limits<std::int64_t>::max();
  plan.history.edit_back().payload = Json{{"big", 18446744073709551615ULL}, {"neg", -1}, {"float", 0.1}, {"e", 1e300}};
  // Unknown members at every level, some named like fields: the field wins where it is
  // written, the unknown member stays where the field is absent.
  plan.unknown_fields["x-vendor"] = Json{{"a", Json::array({1, -2.5, nullptr, true, Json::object()})}, {"b", Json::array()}};
  plan.unknown_fields["status"] = "shadowed by the field";
  plan.unknown_fields["regie"] = "kept while the plan has no regie";
  plan.unknown_fields[""] = "an empty name sorts first";
  plan.unknown_fields["\xc3\xa9"] = "non-ASCII names sort last";
  plan.family.unknown_fields["members"] = "shadowed";
  plan.family.members[0].unknown_fields["id"] = "shadowed by the field";
  plan.family.members[0].unknown_fields["name"] = "kept: the field is absent";
  plan.family.members[0].name.reset();
  plan.family_part.unknown_fields["results"] = Json::array({"shadowed unless no result is released"});
  if (!plan.family_part.analysis.empty()) {
    plan.family_part.analysis[0].unknown_fields["perspectives"] = "dropped when no perspective is released";
    plan.family_part.analysis[0].unknown_fields["zz"] = Json::object();
  }
  plan.children.edit(0).unknown_fields["jeugdige"] = "shadowed by the jeugdige id";
  plan.children.edit(0).unknown_fields["x_deep"] = nested(20);
  plan.children.edit(0).unknown_fields["help"] = "dropped with the field from the content";
  plan.local_fields = Json{{"wijk", "Oost"}, {"leeg", Json::object()}, {"lijst", Json::array()}};
  return plan;
}

TEST(CanonicalText, StringsAreEscapedAsCanonicalJsonEscapesThem) {
  std::vector<std::string> strings{"", "plain", "\"\\/", "\x7f", "é ẞ 😀", "a\0b"};
  strings.back() = std::string("a\0b", 3);
  for (int c = 0; c < 0x80; ++c) strings.push_back(std::string(1, static_cast<char>(c)) + "x");
  for (const std::string& s : strings) {
    std::string text;
    detail::append_json_string(text, s);
    EXPECT_EQ(text, dumped(Json(s))) << "byte " << (s.empty() ? 0 : static_cast<int>(s[0]));
    EXPECT_EQ(canonical_json(Json(s)), text);
  }
  // Not UTF-8 (a lone continuation byte, an overlong form, a surrogate, a truncated
  // sequence, beyond U+10FFFF): the same error as the tree path, message and all.
  for (const std::string bad : {"ab\x80", "\xc0\xaf", "\xed\xa0\x80", "x\xe2\x82", "\xf4\x90\x80\x80"}) {
    const std::string tree = dumped(Json(bad));
    EXPECT_EQ(tree.rfind("error ", 0), 0u) << tree;
    EXPECT_EQ(outcome([&] {
                std::string text;
                detail::append_json_string(text, bad);
                return text;
              }),
              tree);
  }
}

TEST(CanonicalText, EveryPlaceInALongStringIsScannedAndAnyTreeIsWrittenAsNlohmannDumpsIt) {
  // The string writer looks at eight bytes at a time: an escape, a non-ASCII sequence and
  // a byte that is not UTF-8 at every offset of a longer string.
  for (const std::string& special : std::vector<std::string>{"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "é", "😀", "\x7f", "\xff"}) {
    for (std::size_t at = 0; at < 20; ++at) {
      const std::string s = std::string(at, 'a') + special + std::string(19 - at, 'b');
      EXPECT_EQ(outcome([&] { return canonical_json(Json(s)); }), dumped(Json(s))) << at;
    }
  }
  const Json tree = Json::parse(R"({"b":[1,-2,3.5,1e300,-0.0,true,false,null,18446744073709551615,-9223372036854775808],
    "a":{"":{},"z":[],"é":"ü","a\u0000":"\u001f"},"c":[[[]]],"d":0.1})");
  EXPECT_EQ(canonical_json(tree), dumped(tree));
  Json binary = Json::binary({1, 2, 3});
  EXPECT_EQ(canonical_json(binary), dumped(binary));
}

TEST(CanonicalText, AnObjectMergesUnknownMembersInNameOrderAndLetsFieldsWin) {
  const Json unknown{{"a", 1}, {"b", 2}, {"d", Json{{"y", 1}, {"x", 2}}}, {"f", 3}};
  std::string text;
  detail::ObjectText object(text, &unknown);
  object.member("b") += "\"field\"";
  object.omit("c");
  object.omit("d");
  object.member("e") += "[]";
  object.close();
  EXPECT_EQ(text, R"({"a":1,"b":"field","e":[],"f":3})");
  std::string empty;
  detail::ObjectText none(empty, nullptr);
  none.close();
  EXPECT_EQ(empty, "{}");
}

TEST(CanonicalText, EveryExamplePlanIsWrittenAsItsTreeIsDumped) {
  const auto plans = example_plans();
  ASSERT_FALSE(plans.empty());
  for (std::size_t i = 0; i < plans.size(); ++i) expect_same_plan_text(plans[i], plans[i].id);
}

TEST(CanonicalText, CraftedPlansAreWrittenAsTheirTreesAreDumped) {
  expect_same_plan_text(crafted_plan(), "crafted");
  expect_same_plan_text(Plan{}, "empty");
  Plan no_regie = crafted_plan();
  no_regie.regie = Regie{};
  expect_same_plan_text(no_regie, "the regie field over its unknown namesake");
  // Not UTF-8 in a field, in an unknown member's name and in its value: both paths refuse alike.
  for (int where = 0; where < 3; ++where) {
    Plan bad = crafted_plan();
    if (where == 0) bad.family.name = "ab\xff";
    if (where == 1) bad.children.edit(0).unknown_fields["x\xfe"] = 1;
    if (where == 2) bad.local_fields["wijk"] = "\xc0\xaf";
    const std::string text = outcome([&] { return plan_to_canonical(bad); });
    EXPECT_EQ(text.rfind("error ", 0), 0u) << where;
    expect_same_plan_text(bad, "not UTF-8, case " + std::to_string(where));
  }
}

TEST(CanonicalText, ViewsOfEveryExampleAndCraftedPlanAreWrittenAsTheirTreesAreDumped) {
  std::mt19937_64 rng(1402);
  for (const Plan& plan : example_plans()) expect_same_views(plan, rng, 40, plan.id);
  expect_same_views(crafted_plan(), rng, 200, "crafted");
  expect_same_views(Plan{}, rng, 2, "empty");
}

TEST(CanonicalText, ViewsOfRandomPlansAreWrittenAsTheirTreesAreDumped) {
  sharing_test::Generator generator(20261207);
  std::mt19937_64 rng(14);
  for (int n = 0; n < 400; ++n) {
    const Plan plan = generator.plan();
    expect_same_plan_text(plan, "random plan " + std::to_string(n));
    expect_same_views(plan, rng, 5, "random plan " + std::to_string(n));
  }
}

// The whole view document, {view, decision, withheld?, disclosure, refusal}, as the C ABI
// hands it over, against the facade's tree: every example plan, every built-in profile
// (listing the withheld parts, and not), random requests.
TEST(CanonicalText, ViewDocumentsForEveryProfileAndRandomRequestsAreWrittenAsTheirTreesAreDumped) {
  sharing_test::Generator generator(1414);
  const auto plans = example_plans();
  int released = 0;
  int refused = 0;
  int failed = 0;
  for (const ProfileInfo& profile : builtin_profiles()) {
    for (const Engine* engine : {&sharing_test::engine(profile.id.c_str()), &sharing_test::listing_engine(profile.id.c_str())}) {
      for (const Plan& plan : plans) {
        for (int n = 0; n < 25; ++n) {
          const sharing::Request request = generator.request(plan);
          const std::string what = profile.id + ", " + plan.id + ", request " + sharing::to_json(request).dump();
          const std::string tree =
              outcome([&] { return dumped(sharing::to_json(sharing::view(*engine, plan, request))); });
          ASSERT_EQ(outcome([&] { return sharing::view_text(*engine, plan, request); }), tree) << what;
          if (tree.rfind("error ", 0) == 0) {
            ++failed;
          } else {
            (tree.find("\"refusal\":null") != std::string::npos ? released : refused) += 1;
          }
        }
      }
    }
  }
  // Both sides of the document were written: views that released something, and refusals.
  EXPECT_GT(released, 100);
  EXPECT_GT(refused, 100);
  EXPECT_EQ(failed, 0);
  // The facade's text function, as the C ABI calls it.
  const Engine& engine = sharing_test::engine();
  const Plan plan = sharing_test::family_plan();
  const Json request = sharing_test::request(sharing_test::lokaal_team(), "read", "uitvoering", "beveiligde_email");
  EXPECT_EQ(json_api::view_text(engine, plan, request), dumped(json_api::view(engine, plan, request)));
  // And on a prepared plan (the C ABI's pp_sharing_view_prepared).
  const sharing::PreparedPlan prepared(engine, plan);
  EXPECT_EQ(json_api::view_text(prepared, request), dumped(json_api::view(prepared, request)));
  EXPECT_EQ(json_api::view_text(prepared, request), json_api::view_text(engine, plan, request));
}

}  // namespace
