// What a PreparedPlan (perspectief/prepared_plan.hpp) holds: the plan, the policy it
// was prepared under, and the CaseFile built from both once. The case file refers to
// the plan and the policy, so the state is made in place and never copied or moved;
// prepared plans share it through a shared_ptr.
#pragma once

#include <memory>

#include "perspectief/model.hpp"
#include "perspectief/prepared_plan.hpp"
#include "sharing/decider/decider.hpp"
#include "sharing/policy/compiled_policy.hpp"

namespace perspectief::sharing {

struct PreparedState {
  PreparedState(std::shared_ptr<const CompiledPolicy> policy_in, JsonLimits limits_in, Plan plan_in)
      : policy(std::move(policy_in)), limits(limits_in), plan(std::move(plan_in)), file(*policy, plan) {}
  PreparedState(const PreparedState&) = delete;
  PreparedState& operator=(const PreparedState&) = delete;

  std::shared_ptr<const CompiledPolicy> policy;
  JsonLimits limits;  // the engine's, for documents read on behalf of this plan
  Plan plan;
  CaseFile file;
};

// What a PreparedParty holds: its prepared plan (kept alive), its own copy of the
// party, and a Decider with that party resolved and settled, which answers its
// questions. The Decider refers to the party and the plan's case file, so this state
// too is made in place and shared, never copied.
struct PreparedPartyState {
  PreparedPartyState(PreparedPlan plan_in, Party party_in, Moment at_in);
  PreparedPartyState(const PreparedPartyState&) = delete;
  PreparedPartyState& operator=(const PreparedPartyState&) = delete;

  PreparedPlan plan;
  Party party;
  Moment at;
  Decider decider;
};

}  // namespace perspectief::sharing

namespace perspectief::detail {
inline const sharing::PreparedState& state_of(const sharing::PreparedPlan& plan) { return *plan.state_; }
inline const sharing::PreparedPartyState& state_of(const sharing::PreparedParty& party) { return *party.state_; }
}  // namespace perspectief::detail
