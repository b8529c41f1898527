#include "perspectief/gezag.hpp"

namespace perspectief {

bool holds_gezag(const Plan& plan, std::string_view parent, std::string_view child) {
  const Member* ouder = find_member(plan, parent);
  const Member* jeugdige = find_member(plan, child);
  // Over a jeugdige, or another member who is not a parent (a younger sibling recorded as
  // gezinslid): whether that member is still a minor is the caller's question (age).
  if (!ouder || ouder->role != Role::ouder || !jeugdige || jeugdige->role == Role::ouder || ouder == jeugdige) {
    return false;
  }
  return ouder->gezag.value_or(false);
}

}  // namespace perspectief
