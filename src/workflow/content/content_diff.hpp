// What a content change touched, at the granularity the rules care about: plan
// members, members of the family part and of each jeugdige's part (matched by
// jeugdige id, not position), and single results (matched by result id).
// Used by plan_wijzigen (controlled members, R-REOPEN) and R-PROVIDER-NOT-DRAFTING.
#pragma once

#include <string>
#include <vector>

#include "perspectief/json.hpp"

namespace perspectief::workflow {

enum class ChangeUnit {
  plan_member,         // a member of the plan itself, e.g. /local_fields
  family_part_member,  // /family_part/<member> other than results
  child_part,          // a whole jeugdige's part added or removed
  child_member,        // /children/<i>/<member> other than results
  result,              // one result in the family part or a jeugdige's part
};

enum class ChangeKind { added, removed, changed };

struct ContentChange {
  ChangeUnit unit{};
  ChangeKind kind{};
  std::string pointer;   // where it is in the new plan (in the old one for removals)
  std::string member;    // the member name for *_member units
  std::string jeugdige;  // for child_part, child_member and a jeugdige's results
  Json before;           // the unit's old value (null when added)
  Json after;            // the unit's new value (null when removed)
};

// Differences between two plan documents (as written by plan_to_json).
std::vector<ContentChange> diff_content(const Json& before, const Json& after);

}  // namespace perspectief::workflow
