// The one role model (src/workflow/definition/role_model.hpp): a profile whose workflow lets a role
// write what its sharing grants do not let it read is refused at load time, and the
// relations a party can have follow from its role alone (R-STANDING).
#include <gtest/gtest.h>

#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/case_file/standing.hpp"
#include "perspectief/profile.hpp"
#include "perspectief/time.hpp"
#include "test_support.hpp"

namespace perspectief {
namespace {

using sharing::Party;

Json builtin(std::string_view id) { return builtin_profile_json(id); }

std::vector<Plan> example_plans() {
  std::vector<Plan> plans;
  for (const auto& file : pp_test::json_files_in("examples/plans")) {
    plans.push_back(plan_from_text(pp_test::read_source_file(file)));
  }
  return plans;
}

// Everyone a plan names: its members, assigned workers, referrer, regisseur and providers.
std::vector<Party> parties_named_in(const Plan& plan) {
  std::vector<Party> parties;
  auto add = [&](Role role, std::string person, std::optional<std::string> organisation,
                 std::optional<std::string> member) {
    Party party;
    party.role = role;
    party.person = std::move(person);
    party.organisation = std::move(organisation);
    party.member = std::move(member);
    parties.push_back(std::move(party));
  };
  for (const Member& m : plan.family.members) add(m.role, m.id, std::nullopt, m.id);
  for (const Assignment& a : plan.assignments) add(a.role, a.person.value_or("worker"), a.organisation, std::nullopt);
  if (plan.referrer) add(plan.referrer->role, plan.referrer->person, plan.referrer->organisation, plan.referrer->member);
  if (plan.regie) add(plan.regie->regisseur.role, plan.regie->regisseur.person, plan.regie->regisseur.organisation, std::nullopt);
  for (const ChildPart& child : plan.children) {
    for (const Toewijzing& t : child.toewijzingen) add(Role::hoofdaannemer, "pr-1", t.aanbieder, std::nullopt);
  }
  return parties;
}

Error load_error(const Json& profile, const Json* settings = nullptr) {
  try {
    Engine::load(profile, settings);
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "the profile was accepted";
  return Error(ErrorCode::internal, "accepted");
}

bool has_problem(const Error& e, std::string_view code, std::string_view pointer) {
  for (const Problem& p : e.problems()) {
    if (p.code == code && p.pointer == pointer) return true;
  }
  return false;
}

std::size_t transition_index(const Json& profile, std::string_view event) {
  const Json& transitions = profile["workflow"]["transitions"];
  for (std::size_t i = 0; i < transitions.size(); ++i) {
    if (transitions[i]["event"] == event) return i;
  }
  ADD_FAILURE() << "no transition " << event;
  return 0;
}

TEST(RoleModel, EveryBuiltInProfileAgreesWithItselfUnderEveryLocalChoice) {
  for (const ProfileInfo& info : builtin_profiles()) {
    EXPECT_NO_THROW(Engine::load(builtin(info.id))) << info.id;
  }
  const Json ede{{"format", "perspectief/settings@1"}, {"municipality", "Ede"}, {"profile", "foodvalley"},
                 {"local_choices", {{"opsteller_ondersteuningsplan", "gespreksvoerder_gemeente"}}}};
  EXPECT_NO_THROW(Engine::load(builtin("foodvalley"), &ede));
}

TEST(RoleModel, ARoleThatWritesWhatItCannotReadIsRefused) {
  // The evaluation is written by the provider; without the grant that lets the
  // hoofdaannemer read its clients' parts, the profile is refused at the evalueren row.
  Json profile = builtin("amsterdam-zaanstreek");
  Json& grants = profile["policy"]["grants"];
  for (std::size_t i = grants.size(); i-- > 0;) {
    if (grants[i]["rule"] == "R-SHARE-HOOFDAANNEMER") grants.erase(i);
  }
  for (Json& grant : grants) {
    if (grant["rule"] != "R-SAFETY") continue;
    Json audience = Json::array();
    for (const Json& a : grant["audience"]) {
      if (a != "toewijzing_holder") audience.push_back(a);
    }
    grant["audience"] = audience;
  }
  const Error e = load_error(profile);
  EXPECT_EQ(e.code(), ErrorCode::profile);
  const std::string evalueren = "/workflow/transitions/" + std::to_string(transition_index(profile, "evalueren")) + "/roles";
  EXPECT_TRUE(has_problem(e, "PP-P-ROLE-WRITE-UNREADABLE", evalueren)) << e.what();
  for (const Problem& p : e.problems()) {
    EXPECT_NE(p.message_en.find("hoofdaannemer"), std::string::npos) << p.message_en;
  }
}

TEST(RoleModel, ARoleThatCanNeverHaveStandingCannotBeGivenAnEvent) {
  // The onderaannemer and the municipality outside the toegang have no relation to a case
  // that R-STANDING accepts; a workflow that lets them act is refused.
  Json profile = builtin("werkproces-jeugdhulp");
  const std::size_t wijzigen = transition_index(profile, "plan_wijzigen");
  profile["workflow"]["transitions"][wijzigen]["roles"].push_back("onderaannemer");
  const std::size_t evalueren = transition_index(profile, "evalueren");
  profile["workflow"]["transitions"][evalueren]["roles"].push_back("gemeente");
  const Error e = load_error(profile);
  EXPECT_TRUE(has_problem(e, "PP-P-ROLE-NO-STANDING", "/workflow/transitions/" + std::to_string(wijzigen) + "/roles"));
  EXPECT_TRUE(has_problem(e, "PP-P-ROLE-NO-STANDING", "/workflow/transitions/" + std::to_string(evalueren) + "/roles"));
  EXPECT_EQ(e.problems().size(), 2u);
}

TEST(RoleModel, ASettingThatSwitchesOffTheReferrersGrantIsRefused) {
  // The referrer drafts the plan (000); a municipality that disables the rule letting it
  // read would leave the verwijzer writing blind.
  const Json settings{{"format", "perspectief/settings@1"}, {"municipality", "Amsterdam"},
                      {"profile", "amsterdam-zaanstreek"}, {"disabled_rules", {"R-REFERRER-INVOLVED"}}};
  const Error e = load_error(builtin("amsterdam-zaanstreek"), &settings);
  bool verwijzer = false;
  for (const Problem& p : e.problems()) {
    EXPECT_EQ(p.code, "PP-P-ROLE-WRITE-UNREADABLE");
    verwijzer = verwijzer || p.message_en.find("'verwijzer'") != std::string::npos;
  }
  EXPECT_TRUE(verwijzer);
}

Json without_role(Json profile, std::string_view role) {
  for (Json& t : profile["workflow"]["transitions"]) {
    Json roles = Json::array();
    for (const Json& r : t["roles"]) {
      if (r != role) roles.push_back(r);
    }
    t["roles"] = roles;
  }
  return profile;
}

TEST(RoleModel, APolicyForARelationNoRoleCanHaveIsRefused) {
  // No role of this workflow can be a perspectiefregisseur any more: the grant is for nobody.
  const Json profile = without_role(builtin("amsterdam-zaanstreek"), "perspectiefregisseur");
  const Error e = load_error(profile);
  std::size_t regie_grant = 0;
  const Json& grants = profile["policy"]["grants"];
  for (std::size_t i = 0; i < grants.size(); ++i) {
    if (grants[i]["rule"] == "R-REGIE-MANDATE") regie_grant = i;
  }
  EXPECT_TRUE(has_problem(e, "PP-P-POLICY-ROLE-UNUSED", "/policy/grants/" + std::to_string(regie_grant) + "/audience"))
      << pp_test::describe(e.problems());
  // Veilig Thuis never acts in this workflow: naming it as a break-glass recipient is a slip.
  const Error vt = load_error(without_role(builtin("amsterdam-zaanstreek"), "veilig_thuis"));
  EXPECT_TRUE(has_problem(vt, "PP-P-POLICY-ROLE-UNUSED", "/policy/break_glass/recipients"))
      << pp_test::describe(vt.problems());
}

// resolve_party never gives a party a standing its role cannot hold: the static role
// model the load check uses is the dynamic one, on every example plan and for every
// party any of those plans names.
TEST(RoleModel, NoPartyHoldsAStandingItsRoleCannotHold) {
  std::size_t checked = 0;
  for (const Plan& plan : example_plans()) {
    const sharing::PartIndex index(plan);
    const sharing::Involvement involvement(plan);
    const auto at = *parse_moment("2026-06-01T12:00:00+02:00");
    for (const Party& party : parties_named_in(plan)) {
      for (std::size_t r = 0; r < sharing::kRoleCount; ++r) {
        Party as_role = party;
        as_role.role = static_cast<Role>(r);
        const sharing::ResolvedParty resolved = sharing::resolve_party(as_role, index, involvement, at);
        EXPECT_TRUE((resolved.standings & ~sharing::standings_a_role_can_hold(as_role.role)).none())
            << to_string(as_role.role) << " " << party.person;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 100u);
}

}  // namespace
}  // namespace perspectief
