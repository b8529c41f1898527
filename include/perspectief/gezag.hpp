// R-GEZAG: whether a parent holds gezag (parental authority) over a jeugdige. One
// function that the workflow (whose akkoord counts, who may record a child's words) and
// sharing (whose consent counts by age, R-CONSENT-AGE) both ask, so that a parent
// without recorded gezag is treated the same way everywhere: as not holding it.
#pragma once

#include <string_view>

#include "perspectief/model.hpp"

namespace perspectief {

// True when `parent` is an ouder of this family whose gezag is recorded as held
// (Member::gezag == true) and `child` is a jeugdige (or another member who is not a
// parent) of this family; whether the child is still a minor is the caller's question. Gezag that is not
// recorded is not held. (Validation does not report the gap yet: that needs a warning
// severity, since a lokale team often learns about gezag after the plan is created.)
// In plan format perspectief/plan@1 gezag is recorded per parent and holds for every
// jeugdige of the family; the `child` argument is where a per-child record will be read.
bool holds_gezag(const Plan& plan, std::string_view parent, std::string_view child);

}  // namespace perspectief
