// Structural sharing (issue #14, include/perspectief/shared_vector.hpp): the plan an
// event makes shares every list entry it does not change with the plan before. These
// properties hold that sharing changes nothing a caller can see:
//  * over random event sequences (fixed seed), applying an event never changes the plan
//    it was applied to, nor any earlier plan of the sequence; the result is byte for byte
//    (canonical JSON, or the refusal's problems) what the same event gives on an
//    unshared copy of the plan; the measured extent of the result equals that of its
//    JSON; and the result does share the history it extends;
//  * plan_wijzigen's merge patch on the members it names (amend_content.hpp) gives the
//    candidate, the problems and the content differences of the whole-content path, on
//    random patches, valid and invalid;
//  * threads applying events to one shared plan at once get what one thread gets.
#include <gtest/gtest.h>

#include <random>
#include <thread>

#include "model/json_mapping.hpp"
#include "perspectief/shared_vector.hpp"
#include "workflow/content/amend_content.hpp"
#include "workflow/content/content_diff.hpp"
#include "workflow/content/plan_content.hpp"
#include "workflow_random_events.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
using perspectief::Problem;
using perspectief::SharedVector;

// The outcome of one event: the plan's canonical text, or the refusal in full.
std::string outcome_of(const Engine& e, const Plan& plan, const Json& ev, Plan* result = nullptr) {
  try {
    Plan after = perspectief::json_api::apply_event(e, plan, ev);
    std::string text = perspectief::plan_to_canonical(after);
    if (result) *result = std::move(after);
    return text;
  } catch (const Error& error) {
    std::string out = "refused " + std::to_string(static_cast<int>(error.code())) + " " + error.what() + " @" +
                      error.pointer();
    for (const Problem& p : error.problems()) out += "\n" + p.code + " " + p.pointer + " " + p.message_nl + " | " + p.message_en + " " + p.rule;
    return out;
  }
}

Plan unshared(const Plan& plan) { return perspectief::plan_from_json(perspectief::plan_to_json(plan)); }

TEST(SharedVector, CopiesShareAndWritesStayTheirOwn) {
  SharedVector<std::string> a{"een", "twee"};
  SharedVector<std::string> b = a;
  EXPECT_TRUE(a.shares_item(0, b, 0));
  b.push_back("drie");                 // claims a's next slot: a does not see it
  SharedVector<std::string> c = a;
  c.push_back("vier");                 // the slot is taken: c copies its two items
  EXPECT_EQ(a.to_vector(), (std::vector<std::string>{"een", "twee"}));
  EXPECT_EQ(b.to_vector(), (std::vector<std::string>{"een", "twee", "drie"}));
  EXPECT_EQ(c.to_vector(), (std::vector<std::string>{"een", "twee", "vier"}));
  EXPECT_TRUE(c.shares_item(1, a, 1));
  b.edit(0) = "EEN";                   // copied first: a and c keep theirs
  EXPECT_EQ(a[0], "een");
  EXPECT_EQ(c[0], "een");
  EXPECT_FALSE(b.shares_item(0, a, 0));
  b.erase(b.begin() + 1);
  b.insert(b.begin(), "nul");
  EXPECT_EQ(b.to_vector(), (std::vector<std::string>{"nul", "EEN", "drie"}));
  EXPECT_EQ(a.to_vector(), (std::vector<std::string>{"een", "twee"}));
  erase_if(c, [](const std::string& s) { return s == "twee"; });
  EXPECT_EQ(c.to_vector(), (std::vector<std::string>{"een", "vier"}));
  EXPECT_EQ(a.to_vector(), (std::vector<std::string>{"een", "twee"}));
}

TEST(SharedVector, MeasuredExtentFollowsEveryChange) {
  Plan plan = perspectief::plan_from_json(
      perspectief::plan_to_json(perspectief::json_api::create(engine(), event("plan_aanmaken", lokaal_team(), at(1, 8), family_content()))));
  auto same = [](const Plan& p) {
    const perspectief::JsonExtent typed = perspectief::plan_extent(p);
    const perspectief::JsonExtent tree = perspectief::json_extent(perspectief::plan_to_json(p));
    return typed.depth == tree.depth && typed.bytes == tree.bytes;
  };
  ASSERT_TRUE(same(plan));  // measured and remembered
  Plan copy = plan;
  copy.history.edit(0).reason = "een langere reden dan er stond";
  EXPECT_TRUE(same(copy));
  EXPECT_TRUE(same(plan));
  copy.history.push_back(copy.history[0]);
  EXPECT_TRUE(same(copy));
  copy.history.pop_back();
  copy.history.pop_back();
  EXPECT_TRUE(same(copy));
  copy.children.edit(0).hulpvragen.clear();
  EXPECT_TRUE(same(copy));
  EXPECT_TRUE(same(plan));
}

TEST(WorkflowSharingProperty, AnEventNeverChangesThePlanItIsAppliedToAndGivesWhatAnUnsharedCopyGives) {
  const Engine& e = engine();
  std::mt19937 random(20261207);
  int applied = 0;
  int refused = 0;
  for (int sequence = 0; sequence < 150; ++sequence) {
    Plan plan = sequence % 3 == 0 ? plan_with_help(e) : sequence % 3 == 1 ? plan_ready_for_akkoord(e)
                                                                           : perspectief::json_api::create(e, event("plan_aanmaken", lokaal_team(), at(1, 8), family_content()));
    std::vector<std::pair<Plan, std::string>> earlier;
    for (int step = 0; step < 12; ++step) {
      const Json ev = random_event(random, sequence * 20 + step);
      const std::string text = perspectief::plan_to_canonical(plan);
      Plan after;
      const std::string shared = outcome_of(e, plan, ev, &after);
      ASSERT_EQ(shared, outcome_of(e, unshared(plan), ev)) << ev.dump();
      ASSERT_EQ(perspectief::plan_to_canonical(plan), text) << "applying " << ev.dump() << " changed the plan";
      if (shared.starts_with("refused")) {
        ++refused;
        continue;
      }
      ++applied;
      const perspectief::JsonExtent typed = perspectief::plan_extent(after);
      const perspectief::JsonExtent tree = perspectief::json_extent(perspectief::plan_to_json(after));
      ASSERT_EQ(typed.depth, tree.depth);
      ASSERT_EQ(typed.bytes, tree.bytes);
      ASSERT_EQ(after.history.size(), plan.history.size() + 1);
      for (std::size_t i = 0; i < plan.history.size(); ++i) ASSERT_TRUE(after.history.shares_item(i, plan.history, i));
      earlier.emplace_back(plan, text);
      // Now and then the next event goes to the same plan again (a sibling of `after`).
      if (random() % 4 != 0) plan = std::move(after);
    }
    for (const auto& [before, text] : earlier) ASSERT_EQ(perspectief::plan_to_canonical(before), text);
  }
  EXPECT_GT(applied, 300);
  EXPECT_GT(refused, 300);
}

std::string problems_text(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.code + " " + p.pointer + " " + p.message_nl + " | " + p.message_en + " " + p.rule + "\n";
  return out;
}

std::string changes_text(const std::vector<perspectief::workflow::ContentChange>& changes) {
  std::string out;
  for (const auto& c : changes) {
    out += std::to_string(static_cast<int>(c.unit)) + std::to_string(static_cast<int>(c.kind)) + " " + c.pointer + " " +
           c.member + " " + c.jeugdige + " " + c.before.dump() + " " + c.after.dump() + "\n";
  }
  return out;
}

TEST(WorkflowSharingProperty, AMergePatchOnItsMembersGivesWhatTheWholeContentGives) {
  namespace wf = perspectief::workflow;
  const Engine& e = engine();
  std::mt19937 random(7);
  const std::vector<Plan> plans{plan_with_help(e), plan_ready_for_akkoord(e), plan_with_akkoorden(e)};
  int built = 0;
  int refused = 0;
  for (int i = 0; i < 3000; ++i) {
    const Plan& plan = plans[i % plans.size()];
    Json patch = random_merge_patch(random, i);
    if (random() % 3 == 0) patch.update(random_merge_patch(random, i + 1));  // two members at once
    const auto members = wf::patched_content_members(patch);
    if (!members) continue;  // named a member the whole-content path refuses
    // The whole-content path (effects/amend.cpp before the members path).
    const Json whole_before = wf::content_json(plan);
    Json whole_after = whole_before;
    whole_after.merge_patch(patch);
    std::vector<Problem> whole_problems;
    std::optional<Plan> whole;
    try {
      Json document = whole_after;
      document["status"] = plan.status;
      document["version"] = plan.version;
      whole = perspectief::plan_from_json(document);
      whole->history = plan.history;
      whole->versions = plan.versions;
      whole->akkoorden = plan.akkoorden;
      for (std::size_t c = 0; c < whole->children.size(); ++c) {
        if (const auto* was = perspectief::find_child_part(plan, whole->children[c].jeugdige)) whole->children.edit(c).help = was->help;
      }
    } catch (const Error& error) {
      whole_problems = error.problems();
    }
    // The members path.
    const Json part_before = wf::content_members_json(plan, *members);
    Json part_after = part_before;
    part_after.merge_patch(patch);
    Plan part = plan;
    const std::vector<Problem> part_problems = wf::read_content_members(part_after, *members, part);
    ASSERT_EQ(problems_text(part_problems), problems_text(whole_problems)) << patch.dump();
    ASSERT_EQ(changes_text(wf::diff_content(part_before, part_after)), changes_text(wf::diff_content(whole_before, whole_after)))
        << patch.dump();
    if (whole) {
      for (std::size_t c = 0; c < part.children.size(); ++c) {
        if (const auto* was = perspectief::find_child_part(plan, part.children[c].jeugdige)) part.children.edit(c).help = was->help;
      }
      ASSERT_EQ(perspectief::plan_to_canonical(part), perspectief::plan_to_canonical(*whole)) << patch.dump();
      ++built;
    } else {
      ++refused;
    }
  }
  EXPECT_GT(built, 500);
  EXPECT_GT(refused, 200);
}

TEST(WorkflowSharingProperty, ThreadsApplyingEventsToOneSharedPlanGetWhatOneThreadGets) {
  const Engine& e = engine();
  const Plan plan = plan_with_help(e);
  const std::vector<Json> events{
      event("versie_vaststellen", lokaal_team(), at(20, 9)),
      event("plan_wijzigen", lokaal_team(), at(20, 9), {{"merge_patch", {{"family", {{"name", "Gezin Zon"}}}}}}),
      event("akkoord_geven", moeder(), at(20, 9))};
  std::vector<std::string> expected;
  for (const Json& ev : events) expected.push_back(outcome_of(e, plan, ev));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const std::size_t which = static_cast<std::size_t>(i + t) % events.size();
        if (outcome_of(e, plan, events[which]) != expected[which]) ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
