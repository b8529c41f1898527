#include "workflow/content/content_equality.hpp"

#include "model/plan_fields.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

template <class T>
bool equal(const T& a, const T& b);

// A jeugdige's part without its workflow state (plan_content.hpp: help is bookkeeping).
bool equal_value(const ChildPart& a, const ChildPart& b);

template <class T>
bool equal_value(const T& a, const T& b) {
  return a == b;  // strings, integers, booleans, enums, Json, IsoDate, Timestamp
}

template <class T>
bool equal_value(const std::optional<T>& a, const std::optional<T>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || equal(*a, *b);
}

template <class T>
bool equal_value(const SharedVector<T>& a, const SharedVector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!a.shares_item(i, b, i) && !equal(a[i], b[i])) return false;  // a shared item is equal to itself
  }
  return true;
}

template <class T>
bool equal_value(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!equal(a[i], b[i])) return false;
  }
  return true;
}

template <detail::Mapped T>
bool equal_value(const T& a, const T& b) {
  bool same = true;
  std::apply([&](const auto&... f) { ((same = same && equal(a.*(f.member), b.*(f.member))), ...); },
             detail::Fields<T>::fields);
  if constexpr (requires { a.unknown_fields; }) same = same && a.unknown_fields == b.unknown_fields;
  return same;
}

template <class T>
bool equal(const T& a, const T& b) {
  return equal_value(a, b);
}

bool equal_value(const ChildPart& a, const ChildPart& b) {
  bool same = a.unknown_fields == b.unknown_fields;
  std::apply(
      [&](const auto&... f) {
        ((same = same && (is_bookkeeping_child_member(f.name) || equal(a.*(f.member), b.*(f.member)))), ...);
      },
      detail::Fields<ChildPart>::fields);
  return same;
}

}  // namespace

bool same_content(const Plan& a, const Plan& b) {
  bool same = a.unknown_fields == b.unknown_fields;
  std::apply(
      [&](const auto&... f) {
        ((same = same && (is_bookkeeping_member(f.name) || equal(a.*(f.member), b.*(f.member)))), ...);
      },
      detail::Fields<Plan>::fields);
  return same;
}

}  // namespace perspectief::workflow
