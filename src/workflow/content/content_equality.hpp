// Whether two plans, or two values of the plan's types, are equal, compared member by
// member through the model's field lists (plan_fields.hpp) without building JSON: the
// pipeline asks this for every content-changing event to decide whether the version
// rises, and the authorship guard to find the perspectives and hulpvragen an event
// touched.
//
// Equal values always write equal JSON (writing is a function of the value). The
// converse holds for every value the plan readers produce; it fails only for values
// built by hand whose unknown members repeat a known field's name (the field wins
// when written) or whose unknown members are null instead of {}.
#pragma once

#include <optional>
#include <tuple>
#include <vector>

#include "model/plan_fields.hpp"
#include "perspectief/model.hpp"

namespace perspectief::workflow {

// Equal in every member except the workflow's bookkeeping (status, version, history,
// versions, akkoorden); unknown members included.
bool same_content(const Plan& a, const Plan& b);

namespace equality {

template <class T>
bool same_value(const T& a, const T& b);

// A jeugdige's part without its workflow state (plan_content.hpp: help is bookkeeping).
bool same_fields(const ChildPart& a, const ChildPart& b);

template <class T>
bool same_fields(const T& a, const T& b) {
  return a == b;  // strings, integers, booleans, enums, Json, IsoDate, Timestamp
}

template <class T>
bool same_fields(const std::optional<T>& a, const std::optional<T>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || same_value(*a, *b);
}

template <class T>
bool same_fields(const SharedVector<T>& a, const SharedVector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!a.shares_item(i, b, i) && !same_value(a[i], b[i])) return false;  // a shared item is equal to itself
  }
  return true;
}

template <class T>
bool same_fields(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same_value(a[i], b[i])) return false;
  }
  return true;
}

template <detail::Mapped T>
bool same_fields(const T& a, const T& b) {
  bool same = true;
  std::apply([&](const auto&... f) { ((same = same && same_value(a.*(f.member), b.*(f.member))), ...); },
             detail::Fields<T>::fields);
  if constexpr (requires { a.unknown_fields; }) same = same && a.unknown_fields == b.unknown_fields;
  return same;
}

template <class T>
bool same_value(const T& a, const T& b) {
  return same_fields(a, b);
}

}  // namespace equality

using equality::same_value;

}  // namespace perspectief::workflow
