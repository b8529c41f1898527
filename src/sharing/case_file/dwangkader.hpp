// "Is this jeugdige in the dwangkader?" asked in one place, by the sharing rules
// (R-DWANG-GI: who counts as the involved GI) and by the workflow (R-STANDING, the GI's
// akkoord). DOMAIN.md R-SEG-KNOWN / R-KADER-CHANGE make the kader the jeugdige's own;
// where the plan records it is decided in the body of these functions only.
#pragma once

#include <string_view>

#include "perspectief/model.hpp"

namespace perspectief::sharing {

// Whether the jeugdige (a member id) is in the dwangkader.
bool in_dwangkader(const Plan& plan, std::string_view jeugdige);

// Whether any jeugdige of the plan is (a GI is involved in the case through them).
bool any_in_dwangkader(const Plan& plan);

}  // namespace perspectief::sharing
