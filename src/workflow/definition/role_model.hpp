// One role model for the workflow and the sharing rules, checked when an engine loads.
//
// The workflow says which roles may fire which events; the sharing policy says which
// relations to a case (standings) may read which parts. The two are written in different
// sections of a profile, and nothing else makes them agree: a role allowed to write what
// it may not read would be a way around the sharing rules (it could change what it
// cannot see, or learn from a refusal what is there), and a role named in the policy that
// the workflow never lets act points at a typo or a forgotten section. So a profile (with
// the municipality's settings) is refused at load time unless:
//  - every role that may fire an event that writes plan content can hold a standing with
//    a grant to read, for carrying out the help, every part kind the event writes; events
//    that write wherever their payload addresses (plan_aanmaken, plan_wijzigen) need a
//    grant to read some part kind, and R-CHANGE-SCOPE decides each location when they
//    apply (PP-P-ROLE-WRITE-UNREADABLE);
//  - every role that may fire an event other than the genesis one can hold some standing
//    at all, since R-STANDING refuses every event of a role without one
//    (PP-P-ROLE-NO-STANDING);
//  - every audience a grant names is a standing some role of the workflow can hold, and
//    every break-glass recipient is a role of the workflow (PP-P-POLICY-ROLE-UNUSED).
#pragma once

#include "sharing/policy/compiled_policy.hpp"
#include "workflow/definition/compiled_workflow.hpp"

namespace perspectief::workflow {

// Throws Error(ErrorCode::profile) with every problem and its pointer into the profile.
void check_role_model(const CompiledWorkflow& workflow, const sharing::CompiledPolicy& policy);

}  // namespace perspectief::workflow
