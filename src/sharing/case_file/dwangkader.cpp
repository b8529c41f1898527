#include "sharing/case_file/dwangkader.hpp"

namespace perspectief::sharing {

// Since perspectief/plan@2 each jeugdige's part records its own kader (R-KADER-CHANGE:
// kader_wijzigen changes it for one jeugdige). An absent kader is vrijwillig: the
// dwangkader rests on a recorded measure. A member without an individual part has no
// kader of its own, so it is not in the dwangkader.
bool in_dwangkader(const Plan& plan, std::string_view jeugdige) {
  const ChildPart* child = find_child_part(plan, jeugdige);
  return child && child->kader == Kader::dwang;
}

bool any_in_dwangkader(const Plan& plan) {
  for (const ChildPart& child : plan.children) {
    if (in_dwangkader(plan, child.jeugdige)) return true;
  }
  return false;
}

}  // namespace perspectief::sharing
