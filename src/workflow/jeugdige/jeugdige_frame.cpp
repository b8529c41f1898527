#include "workflow/jeugdige/jeugdige_frame.hpp"

#include <algorithm>

#include "sharing/case_file/dwangkader.hpp"

namespace perspectief::workflow {

// perspectief/plan@2 records the frame in each jeugdige's part (plan_migration.cpp
// moved a plan@1 plan's frame there).
std::optional<Segment> segment_of(const Plan&, const ChildPart& child) { return child.segment; }

std::string segment_pointer(const Plan&, std::size_t child_index) {
  return "/children/" + std::to_string(child_index) + "/segment";
}

// Whether a jeugdige is in the dwangkader is answered once, for sharing and workflow
// alike (sharing/case_file/dwangkader.hpp).
Kader kader_of(const Plan& plan, const ChildPart& child) {
  return sharing::in_dwangkader(plan, child.jeugdige) ? Kader::dwang : Kader::vrijwillig;
}

bool in_dwangkader(const Plan& plan, const ChildPart& child) { return kader_of(plan, child) == Kader::dwang; }

std::string kader_pointer(const Plan&, std::size_t child_index) {
  return "/children/" + std::to_string(child_index) + "/kader";
}

bool any_in_dwangkader(const Plan& plan) { return sharing::any_in_dwangkader(plan); }

Role approving_role(const Plan& plan, const ChildPart& child) {
  return in_dwangkader(plan, child) ? Role::gi : Role::lokaal_team;
}

std::vector<Role> approving_roles(const Plan& plan, const std::vector<std::size_t>& children) {
  std::vector<Role> roles;
  for (Role role : {Role::lokaal_team, Role::gi}) {
    const bool needed = std::any_of(children.begin(), children.end(),
                                    [&](std::size_t c) { return approving_role(plan, plan.children[c]) == role; });
    if (needed) roles.push_back(role);
  }
  return roles;
}

std::string display_name(const Plan& plan, const ChildPart& child) {
  const Member* member = find_member(plan, child.jeugdige);
  return member && member->name ? *member->name : child.jeugdige;
}

}  // namespace perspectief::workflow
