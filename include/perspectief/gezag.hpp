// R-GEZAG: whether a parent holds gezag (parental authority) over a child. One
// function that the workflow (whose akkoord counts, who may record a child's words) and
// sharing (whose consent counts by age, R-CONSENT-AGE; whether a parent reads a child's
// part) both ask, so that a parent without recorded gezag is treated the same way
// everywhere: as not holding it.
#pragma once

#include <optional>
#include <string_view>

#include "perspectief/model.hpp"

namespace perspectief {

// What the plan records about `parent`'s gezag over `child`: the child's own entry in
// the parent's gezag_per_child when there is one, else the parent's `gezag` for every
// child; nullopt when neither is recorded, when `parent` is not an ouder of this family,
// or when `child` is not another member who is not an ouder.
std::optional<bool> recorded_gezag(const Plan& plan, std::string_view parent, std::string_view child);

// True when the plan records that `parent` holds gezag over `child` (recorded_gezag is
// true); gezag that is not recorded is not held. Whether the child is still a minor is
// the caller's question (age); validation warns about each parent and jeugdige whose
// gezag is not recorded (PP-V-GEZAG-UNRECORDED), since a lokale team often learns about
// gezag after the plan is created.
bool holds_gezag(const Plan& plan, std::string_view parent, std::string_view child);

}  // namespace perspectief
