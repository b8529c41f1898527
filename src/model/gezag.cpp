#include "perspectief/gezag.hpp"

#include <algorithm>

namespace perspectief {

std::optional<bool> recorded_gezag(const Plan& plan, std::string_view parent, std::string_view child) {
  const Member* ouder = find_member(plan, parent);
  const Member* over = find_member(plan, child);
  // Over a jeugdige, or another member who is not a parent (a younger sibling recorded as
  // gezinslid): whether that member is still a minor is the caller's question (age).
  if (!ouder || ouder->role != Role::ouder || !over || over->role == Role::ouder || ouder == over) {
    return std::nullopt;
  }
  const auto& per_child = ouder->gezag_per_child;
  const auto own = std::find_if(per_child.begin(), per_child.end(),
                                [&](const GezagRecord& record) { return record.child == child; });
  if (own != per_child.end()) return own->gezag;
  return ouder->gezag;
}

bool holds_gezag(const Plan& plan, std::string_view parent, std::string_view child) {
  return recorded_gezag(plan, parent, child).value_or(false);
}

}  // namespace perspectief
