// Limits after every change (issue #10): an event is refused with limit_exceeded
// (problem PP-W-LIMIT, a pointer into the event) before the engine builds a plan
// beyond its JsonLimits, so that every plan an accepted event produces parses and
// replays under the same limits; and the core's recursion stays within a 1 MiB
// thread stack (the JVM's and .NET's default) at the maximum depth.
#include <gtest/gtest.h>
#include <pthread.h>

#include <functional>
#include <string>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/json.hpp"
#include "sharing_fixtures.hpp"
#include "test_support.hpp"
#include "workflow_support.hpp"
#include "perspectief/workflow.hpp"

namespace {

using perspectief::Engine;
using perspectief::EngineOptions;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;
using perspectief::Plan;

// Runs `work` on a thread with a 1 MiB stack and reports what it threw; a
// recursion that does not fit crashes the test binary, which fails the suite.
void on_small_stack(const std::function<void()>& work) {
  struct Job {
    const std::function<void()>* work;
    std::string failure;
  } job{&work, {}};
  pthread_attr_t attributes;
  ASSERT_EQ(pthread_attr_init(&attributes), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attributes, 1u << 20), 0);
  pthread_t thread;
  auto body = [](void* argument) -> void* {
    auto* j = static_cast<Job*>(argument);
    try {
      (*j->work)();
    } catch (const std::exception& e) {
      j->failure = e.what();
    }
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attributes, body, &job), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  EXPECT_EQ(job.failure, "");
}

// {"n":{"n":...{"n":1}...}} with `depth` objects.
Json nested(std::size_t depth) {
  Json value = 1;
  for (std::size_t i = 0; i < depth; ++i) value = Json{{"n", std::move(value)}};
  return value;
}

Plan created_plan(const Engine& engine) {
  return wf_test::apply(engine, Plan{},
                        wf_test::event("plan_aanmaken", wf_test::moeder(), wf_test::at(2, 9), wf_test::family_content()));
}

Json amend(const Json& payload) { return wf_test::event("plan_wijzigen", wf_test::moeder(), wf_test::at(2, 12), payload); }

Error refusal(const Engine& engine, const Plan& plan, const Json& event) {
  try {
    perspectief::json_api::apply_event(engine, plan, event);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "event accepted";
  return Error(ErrorCode::ok, "");
}

void expect_limit(const Error& e, const std::string& pointer_prefix) {
  EXPECT_EQ(e.code(), ErrorCode::limit_exceeded) << e.what();
  EXPECT_EQ(e.pointer().rfind(pointer_prefix, 0), 0u) << e.pointer();
  ASSERT_FALSE(e.problems().empty());
  EXPECT_EQ(e.problems()[0].code, "PP-W-LIMIT");
}

// The plan parses and replays under the engine's limits (what "accepted" promises).
void expect_round_trip(const Engine& engine, const Plan& plan) {
  const std::string text = perspectief::plan_to_canonical(plan);
  EXPECT_LE(text.size(), engine.limits().max_bytes);
  const Plan parsed = engine.parse_plan(text);
  EXPECT_EQ(perspectief::plan_to_canonical(perspectief::workflow::replay(engine, parsed)), text);
}

TEST(LimitsAfterChange, CopyingASubtreeIntoItsOwnLeafIsRefusedBeforeAnythingIsCopied) {
  // The attacks of issue #10: ~5 KB of patch that nests x_a in itself once per
  // operation (it used to overflow a 1 MiB stack inside the apply), and copies that
  // double /local_fields per operation (1.3 KB gave 615 MB). copy and move are refused
  // for every author (R-CHANGE-SCOPE), so neither reaches the content.
  Json nesting = Json::array({{{"op", "add"}, {"path", "/x_a"}, {"value", Json::object()}}});
  for (int i = 0; i < 200; ++i) nesting.push_back({{"op", "copy"}, {"from", "/x_a"}, {"path", "/x_a/n"}});
  Json doubling = Json::array({{{"op", "add"}, {"path", "/local_fields/blob"}, {"value", std::string(1000, 'a')}}});
  for (int i = 0; i < 30; ++i) {
    doubling.push_back({{"op", "copy"}, {"from", "/local_fields"}, {"path", "/local_fields/c" + std::to_string(i)}});
  }
  const Engine& engine = wf_test::engine();
  const Plan plan = created_plan(engine);
  for (const Json& patch : {nesting, doubling}) {
    const Json event = amend({{"json_patch", patch}});
    EXPECT_LT(event.dump().size(), 10000u);
    on_small_stack([&] {
      const Error e = refusal(engine, plan, event);
      EXPECT_EQ(e.code(), ErrorCode::rejected) << e.what();
      ASSERT_FALSE(e.problems().empty());
      EXPECT_EQ(e.problems()[0].code, "PP-W-CHANGE-SCOPE-OP");
      EXPECT_EQ(e.problems()[0].pointer, "/payload/json_patch/1/op");
    });
  }
}

TEST(LimitsAfterChange, AddsThatNestOneLevelEachStopAtTheDepthLimitOnASmallStack) {
  // Without copy, depth can still be built by many small adds, each one level below the
  // last: 10,000 of them would make a 10,000-deep plan (here 1,000). The first operation whose value
  // would end up deeper than max_depth is refused, before anything is applied.
  Json patch = Json::array();
  std::string path = "/x_n";
  for (int i = 0; i < 1000; ++i) {
    patch.push_back({{"op", "add"}, {"path", path}, {"value", Json::object()}});
    path += "/n";
  }
  const Engine& engine = wf_test::engine();
  const Plan plan = created_plan(engine);
  on_small_stack([&] {
    const Error e = refusal(engine, plan, amend({{"json_patch", patch}}));
    expect_limit(e, "/payload/json_patch/");
    // Operation i puts an object at depth i + 2 (the plan is level 1): the first beyond
    // 128 is i = 127.
    EXPECT_EQ(e.pointer(), "/payload/json_patch/127");
  });
  // The allow side: nesting up to the limit is accepted, and the plan parses and replays.
  patch.erase(patch.begin() + 120, patch.end());
  const Plan nested_plan = wf_test::apply(engine, plan, amend({{"json_patch", patch}}));
  EXPECT_LE(perspectief::json_extent(perspectief::plan_to_json(nested_plan)).depth, engine.limits().max_depth);
  expect_round_trip(engine, nested_plan);
}

TEST(LimitsAfterChange, APayloadTooDeepForTheHistoryIsRefusedWithItsDeepestPointer) {
  // A 128-deep event is within the parse limit, but its payload sits three levels
  // down in the history: the plan would be 130 deep and would no longer parse.
  const Engine& engine = wf_test::engine();
  const Plan plan = created_plan(engine);
  const Json deep_event = amend({{"merge_patch", {{"x_deep", nested(125)}}}});
  ASSERT_EQ(perspectief::json_extent(deep_event).depth, 128u);
  ASSERT_NO_THROW(perspectief::parse_json(deep_event.dump()));
  const Error e = refusal(engine, plan, deep_event);
  expect_limit(e, "/payload/merge_patch/x_deep/n/n");
  // The allow side: the deepest payload the history can hold, and the plan parses and replays.
  const Json deepest_allowed = amend({{"merge_patch", {{"x_deep", nested(123)}}}});
  ASSERT_EQ(perspectief::json_extent(deepest_allowed["payload"]).depth + 3, 128u);
  const Plan changed = wf_test::apply(engine, plan, deepest_allowed);
  EXPECT_EQ(perspectief::json_extent(perspectief::plan_to_json(changed)).depth, 128u);
  expect_round_trip(engine, changed);
}

TEST(LimitsAfterChange, ALargeValueIsMeasuredWithTheHistoryCopyOfThePayload) {
  // The plan keeps the value twice: in the content and in the history entry.
  EngineOptions options;
  options.limits.max_bytes = 1u << 20;
  const Engine engine = Engine::load_builtin("amsterdam-zaanstreek", nullptr, options);
  const Plan plan = created_plan(engine);
  const Error e = refusal(engine, plan, amend({{"merge_patch", {{"x_note", std::string(600000, 'x')}}}}));
  expect_limit(e, "/payload");
  const Plan changed = wf_test::apply(engine, plan, amend({{"merge_patch", {{"x_note", std::string(300000, 'x')}}}}));
  expect_round_trip(engine, changed);
}

TEST(LimitsAfterChange, CheckRefusesTheSameWay) {
  const Engine& engine = wf_test::engine();
  const Plan plan = created_plan(engine);
  const Json event = amend({{"merge_patch", {{"x_deep", nested(126)}}}});
  try {
    perspectief::workflow::check(engine, plan, perspectief::workflow::event_from_json(event));
    ADD_FAILURE() << "check accepted a payload too deep for the history";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::limit_exceeded);
  }
}

TEST(LimitsAfterChange, JsonExtentMatchesTheCanonicalText) {
  const Json value = perspectief::parse_json(
      R"({"a":[1,-2,3.5,true,null,"q\"\\\n\u0001é"],"b":{},"c":[],"d":{"e":[{"f":18446744073709551615}]}})");
  const perspectief::JsonExtent extent = perspectief::json_extent(value);
  EXPECT_EQ(extent.bytes, perspectief::canonical_json(value).size());
  EXPECT_EQ(extent.depth, 4u);
  EXPECT_EQ(perspectief::json_extent(Json(1)).depth, 0u);
  // Every ASCII character, each alone and all in one string, measured as it is written.
  std::string every;
  for (int c = 1; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(perspectief::json_string_bytes(one), perspectief::canonical_json(Json(one)).size()) << c;
    every += one;
  }
  EXPECT_EQ(perspectief::json_string_bytes(every + "é😀"), perspectief::canonical_json(Json(every + "é😀")).size());
}

// plan_extent measures the typed plan the way json_extent measures its JSON, exactly:
// the workflow refuses on it, so a byte too few would let a plan past the limit.
void expect_same_extent(const Plan& plan, const std::string& what) {
  const perspectief::JsonExtent typed = perspectief::plan_extent(plan);
  const perspectief::JsonExtent tree = perspectief::json_extent(perspectief::plan_to_json(plan));
  EXPECT_EQ(typed.bytes, tree.bytes) << what;
  EXPECT_EQ(typed.depth, tree.depth) << what;
  EXPECT_EQ(typed.bytes, perspectief::plan_to_canonical(plan).size()) << what;
}

TEST(LimitsAfterChange, PlanExtentEqualsTheExtentOfThePlansJson) {
  for (const char* name : {"amsterdam-twee-kinderen-segment-c", "zaanstad-crisisplaatsing", "werkproces-thuisplus-vervoer",
                           "amstelveen-gezinsplan-dwangkader", "ede-familiegroepsplan"}) {
    expect_same_extent(perspectief::plan_from_text(pp_test::read_source_file(std::string("examples/plans/") + name + ".json")),
                       name);
  }
  // What the typed walk must treat as the writer does: escapes and control characters,
  // negative numbers, empty and absent members, free-form JSON members, unknown members
  // at every level - and an unknown member named like a field, which the field replaces
  // when it is written and which stays when the field is absent.
  Plan plan = perspectief::plan_from_json(sharing_test::family_plan_json());
  plan.family.name = "Gezin \"De Boer\"\n\t\u0001 é";
  plan.version = -3;
  plan.unknown_fields["x-vendor"] = Json{{"a", Json::array({1, -2.5, nullptr, true, Json::object()})}, {"b", Json::array()}};
  plan.family.members[0].unknown_fields["id"] = "shadowed by the field";
  plan.family.members[0].unknown_fields["name"] = "kept: the field is absent";
  plan.family.members[0].name.reset();
  plan.children.edit(0).unknown_fields["x_deep"] = nested(20);
  plan.local_fields = Json{{"wijk", "Oost"}, {"leeg", Json::object()}};
  expect_same_extent(plan, "crafted");
  expect_same_extent(Plan{}, "empty");
}

// ---- recursion on a 1 MiB stack at the maximum depth ----------------------------------------

TEST(LimitsSmallStack, MaximalDepthInputsParseValidateApplyViewAndCanonicalize) {
  const Engine& engine = wf_test::engine();
  Json document = sharing_test::family_plan_json();
  document["x_deep"] = nested(127);  // the plan is 128 deep, the limit
  const std::string text = document.dump();
  ASSERT_EQ(perspectief::json_extent(document).depth, 128u);
  on_small_stack([&] {
    const std::string canonical = perspectief::canonicalize_json(text);
    const Plan plan = engine.parse_plan(canonical);
    (void)engine.validate(plan);
    EXPECT_EQ(perspectief::json_extent(perspectief::plan_to_json(plan)).depth, 128u);
    const Json view = perspectief::json_api::view(engine, plan, sharing_test::request(sharing_test::lokaal_team(), "read", "uitvoering", "beveiligde_email"));
    EXPECT_TRUE(view.is_object());
    (void)perspectief::json_api::decide(engine, plan, sharing_test::request(sharing_test::member("ouder", "moeder"), "read", "uitvoering", "beveiligde_email"));
  });
  on_small_stack([&] {
    const Plan plan = created_plan(engine);
    const Plan changed = perspectief::json_api::apply_event(engine, plan, amend({{"merge_patch", {{"x_deep", nested(123)}}}}));
    const Plan replayed = perspectief::workflow::replay(engine, engine.parse_plan(perspectief::plan_to_canonical(changed)));
    EXPECT_EQ(perspectief::plan_to_canonical(replayed), perspectief::plan_to_canonical(changed));
    // The deepest the text parser refuses cheaply: far beyond the limit.
    EXPECT_THROW(perspectief::parse_json(std::string(1000000, '[')), Error);
  });
}

}  // namespace
