// The plan's shape, once (issue #13): what each field of plan_fields.hpp declares - its
// part kind, whether a toewijzing releases it, who sets it, whether standing rests on it -
// is what the part index, the redacted view, the sharing rules and the workflow decide
// with. Each test walks the field list, so a field added there is tested here too, on an
// allow and a deny side.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/plan_shape.hpp"
#include "perspectief/json_api.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/release/view_builder.hpp"
#include "sharing_fixtures.hpp"
#include "workflow_support.hpp"

namespace {

using perspectief::ChildPart;
using perspectief::Json;
using perspectief::Member;
using perspectief::Plan;
using perspectief::detail::PartRule;
using perspectief::detail::Setter;
namespace detail = perspectief::detail;
namespace sharing = perspectief::sharing;

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// The Jansen family (sharing_fixtures.hpp) with every member of Sam's part filled in.
Json jansen_with_every_child_member() {
  Json plan = sharing_test::family_plan_json();
  Json& sam = plan["children"][0];
  sam["opvoedsituatie"] = "opvoedingsspanning";
  sam["youth_care_closed"] = false;
  sam["help"] = "hulp_gestart";
  sam["kader_changes"] = Json::array({{{"kader", "vrijwillig"},
                                       {"previous", "dwang"},
                                       {"date", "2026-01-05"},
                                       {"basis", "einde ondertoezichtstelling"},
                                       {"recorded_by", sharing_test::lokaal_team()},
                                       {"at", "2026-01-05T09:00:00+01:00"}}});
  return plan;
}

// The codes of the problems an event is refused with; none when it is applied.
std::vector<std::string> refusal_codes(const perspectief::Engine& e, const Plan& plan, const Json& ev) {
  try {
    perspectief::json_api::apply_event(e, plan, ev);
  } catch (const perspectief::Error& error) {
    std::vector<std::string> codes;
    for (const auto& p : error.problems()) codes.push_back(p.code);
    return codes;
  }
  return {};
}

bool has(const std::vector<std::string>& codes, const char* code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool has_part_rule(PartRule rule) { return rule != PartRule::parent && rule != PartRule::identity; }

TEST(PlanShape, EveryPartKindHasOnePatternFromTheFieldList) {
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < sharing::kPartKindCount; ++i) {
    const std::string pattern(sharing::part_kind_pattern(static_cast<sharing::PartKind>(i)));
    EXPECT_FALSE(pattern.empty()) << "kind " << i;
    EXPECT_EQ(std::find(seen.begin(), seen.end(), pattern), seen.end()) << pattern;
    seen.push_back(pattern);
  }
  // A member's kind is at its struct's address and its own name.
  EXPECT_EQ(sharing::part_kind_pattern(sharing::PartKind::child_toekomstperspectief), "children/*/toekomstperspectief");
  EXPECT_EQ(sharing::part_kind_pattern(sharing::PartKind::child_toewijzing), "children/*/toewijzingen/*");
  EXPECT_EQ(sharing::part_kind_pattern(sharing::PartKind::family_general), "family/general");
  EXPECT_EQ(sharing::part_kind_pattern(sharing::PartKind::header), "header");
}

// The declared kind makes the part, and the view releases the member exactly with it.
TEST(PlanShape, TheDeclaredPartKindDecidesWhereAMemberGoesInTheView) {
  const Plan plan = perspectief::plan_from_json(jansen_with_every_child_member());
  const Json sam = perspectief::plan_to_json(plan).at("children")[0];
  const sharing::PartIndex index(plan);
  int checked = 0;
  detail::for_each_field<ChildPart>([&](const auto& f) {
    if (!has_part_rule(f.shape.part)) return;
    const std::string name(f.name);
    ASSERT_TRUE(sam.contains(name)) << name << ": the fixture must fill every member";
    // The member's own part, or the sibling part it lies in.
    const std::string address =
        "children/sam/" + std::string(f.shape.part == PartRule::with ? f.shape.key : f.name);
    std::vector<bool> only(index.size(), false);
    for (std::size_t p = 0; p < index.size(); ++p) {
      const std::string& id = index[p].id.value;
      if (id != address && !starts_with(id, address + "/")) continue;
      only[p] = true;
      if (f.shape.part != PartRule::with) {
        EXPECT_EQ(index[p].kind, f.shape.kind) << id;
      }
    }
    ASSERT_NE(std::count(only.begin(), only.end(), true), 0) << name;
    // Allow: released alone, the member is in the view as the plan has it.
    const Json alone = sharing::build_view(index, only);
    ASSERT_TRUE(alone.contains("children")) << name;
    EXPECT_EQ(alone.at("children")[0].value(name, Json()), sam.at(name)) << name;
    // Deny: everything else released, the member is not.
    std::vector<bool> all_but(index.size());
    for (std::size_t p = 0; p < index.size(); ++p) all_but[p] = !only[p];
    EXPECT_FALSE(sharing::build_view(index, all_but).at("children")[0].contains(name)) << name;
    ++checked;
  });
  EXPECT_GE(checked, 15);
}

// with_toewijzing: the provider holding Sam's toewijzing sees exactly the declared members
// of Sam's frame (allow), and none of the others that are a part of their own (deny).
TEST(PlanShape, AToewijzingReleasesTheMembersDeclaredWithIt) {
  const Plan plan = perspectief::plan_from_json(jansen_with_every_child_member());
  const Json v = perspectief::json_api::view(
      sharing_test::engine(), plan, sharing_test::forward(sharing_test::lokaal_team(), sharing_test::provider("AGB-111"), "uitvoering",
                                  "beveiligde_email"));
  const Json& sam = v.at("view").at("children")[0];
  int released = 0;
  int withheld = 0;
  detail::for_each_field<ChildPart>([&](const auto& f) {
    if (f.shape.part != PartRule::own) return;
    const std::string name(f.name);
    if (f.shape.with_toewijzing) {
      EXPECT_TRUE(sam.contains(name)) << name << " is declared with_toewijzing";
      ++released;
    } else {
      EXPECT_FALSE(sam.contains(name)) << name << " is not declared with_toewijzing";
      ++withheld;
    }
  });
  EXPECT_GT(released, 0);
  EXPECT_GT(withheld, 0);
}

// The setter decides plan_wijzigen: a member with its own event (or the workflow's) is
// refused as controlled and the message names the declared event; content is not.
TEST(PlanShape, TheDeclaredSetterDecidesWhetherAChangeMayTouchAMember) {
  const auto& e = wf_test::engine();
  const Plan plan = wf_test::plan_ready_for_akkoord(e);
  int controlled = 0;
  int content = 0;
  detail::for_each_field<ChildPart>([&](const auto& f) {
    if (f.shape.part == PartRule::identity || f.shape.part == PartRule::entries || f.shape.part == PartRule::each) return;
    const std::string path = "/children/0/" + std::string(f.name);
    const Json change = wf_test::event("plan_wijzigen", wf_test::lokaal_team(), wf_test::at(5, 11),
                                       {{"json_patch", {{{"op", "add"}, {"path", path}, {"value", "thuis_wonen"}}}}});
    const bool is_content = f.shape.setter == Setter::content || f.shape.setter == Setter::standing_fact;
    if (is_content) {
      EXPECT_FALSE(has(refusal_codes(e, plan, change), "PP-W-CONTROLLED")) << path;
      ++content;
      return;
    }
    const wf_test::Rejection r = wf_test::rejection(e, plan, change);
    ASSERT_TRUE(r.has_code("PP-W-CONTROLLED")) << path << ::testing::PrintToString(r.codes());
    if (!f.shape.event.empty()) {
      EXPECT_NE(r.problems[0].message_en.find(std::string(f.shape.event)), std::string::npos)
          << path << ": " << r.problems[0].message_en;
    }
    ++controlled;
  });
  EXPECT_GT(controlled, 0);
  EXPECT_GT(content, 0);
  // The allow side in full: a content member of the jeugdige's part changes.
  const Plan changed = wf_test::apply(
      e, plan,
      wf_test::event("plan_wijzigen", wf_test::lokaal_team(), wf_test::at(5, 11),
                     {{"json_patch", {{{"op", "add"}, {"path", "/children/0/toekomstperspectief"},
                                       {"value", "zelfstandig_wonen"}}}}}));
  EXPECT_EQ(changed.children[0].toekomstperspectief, perspectief::Toekomstperspectief::zelfstandig_wonen);
}

// The genesis event carries what is set at creation and refuses what only an event sets.
TEST(PlanShape, TheDeclaredSetterDecidesWhatTheNewPlanMayCarry) {
  const auto& e = wf_test::engine();
  detail::for_each_field<ChildPart>([&](const auto& f) {
    if (f.shape.setter != Setter::event && f.shape.setter != Setter::workflow) return;
    Json content = wf_test::family_content();
    content["children"][0][std::string(f.name)] = "x";
    const wf_test::Rejection r =
        wf_test::rejection(e, Plan{}, wf_test::event("plan_aanmaken", wf_test::moeder(), wf_test::at(2, 9), content));
    ASSERT_TRUE(r.has_code("PP-W-CONTROLLED")) << f.name;
    EXPECT_EQ(r.problems[0].pointer, "/payload/children/0/" + std::string(f.name));
  });
  Json content = wf_test::family_content();
  content["children"][0]["segment"] = "B";  // set_at_creation_or_by: allowed at creation
  const Plan created = wf_test::apply(e, Plan{}, wf_test::event("plan_aanmaken", wf_test::moeder(), wf_test::at(2, 9), content));
  EXPECT_EQ(created.children[0].segment, perspectief::Segment::B);
}

// R-STANDING: a family member may not change a member fact declared standing_fact, and
// may change the other members of the record.
TEST(PlanShape, StandingFactsAreTheDeclaredOnes) {
  const auto& e = wf_test::engine();
  const Plan plan = wf_test::plan_ready_for_akkoord(e);
  const Json own_record = perspectief::plan_to_json(plan).at("family").at("members")[1];
  int facts = 0;
  detail::for_each_field<Member>([&](const auto& f) {
    if (f.shape.setter != Setter::standing_fact) return;
    const std::string path = "/family/members/1/" + std::string(f.name);
    const Json value = own_record.contains(std::string(f.name)) && own_record.at(std::string(f.name)).is_string()
                           ? Json(own_record.at(std::string(f.name)).get<std::string>() + "x")
                           : Json(true);
    const wf_test::Rejection r = wf_test::rejection(
        e, plan,
        wf_test::event("plan_wijzigen", wf_test::vader_zonder_gezag(), wf_test::at(7, 9),
                       {{"json_patch", {{{"op", "add"}, {"path", path}, {"value", value}}}}}));
    // A new id moves the record to another part (family/members/<id>): change scope refuses it first.
    const bool moved = f.name == "id" && r.has_code("PP-W-CHANGE-SCOPE");
    EXPECT_TRUE(r.has_code("PP-W-STANDING-FACT") || moved) << path << ::testing::PrintToString(r.codes());
    ++facts;
  });
  EXPECT_EQ(facts, 5);
  const Plan renamed = wf_test::apply(
      e, plan,
      wf_test::event("plan_wijzigen", wf_test::vader_zonder_gezag(), wf_test::at(7, 9),
                     {{"json_patch", {{{"op", "add"}, {"path", "/family/members/1/name"}, {"value", "Piet J."}}}}}));
  EXPECT_EQ(renamed.family.members[1].name, "Piet J.");
}

}  // namespace
