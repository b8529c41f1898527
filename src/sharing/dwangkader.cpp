#include "sharing/dwangkader.hpp"

namespace perspectief::sharing {

// The plan records one kader for the whole family until it is kept per jeugdige.
bool in_dwangkader(const Plan& plan, std::string_view /*jeugdige*/) { return plan.kader == Kader::dwang; }

bool any_in_dwangkader(const Plan& plan) {
  if (plan.children.empty()) return plan.kader == Kader::dwang;
  for (const ChildPart& child : plan.children) {
    if (in_dwangkader(plan, child.jeugdige)) return true;
  }
  return false;
}

}  // namespace perspectief::sharing
