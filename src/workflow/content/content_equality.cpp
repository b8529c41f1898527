#include "workflow/content/content_equality.hpp"

#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {

bool equality::same_fields(const ChildPart& a, const ChildPart& b) {
  bool same = a.unknown_fields == b.unknown_fields;
  std::apply(
      [&](const auto&... f) {
        ((same = same && (is_bookkeeping_child_member(f.name) || same_value(a.*(f.member), b.*(f.member)))), ...);
      },
      detail::Fields<ChildPart>::fields);
  return same;
}

bool same_content(const Plan& a, const Plan& b) {
  bool same = a.unknown_fields == b.unknown_fields;
  std::apply(
      [&](const auto&... f) {
        ((same = same && (is_bookkeeping_member(f.name) || same_value(a.*(f.member), b.*(f.member)))), ...);
      },
      detail::Fields<Plan>::fields);
  return same;
}

}  // namespace perspectief::workflow
