// Questions about the plan's shape, answered from its field list (plan_fields.hpp): what
// a member of a plan struct declares (field_shape.hpp), looked up by its JSON name.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "model/plan_fields.hpp"

namespace perspectief::detail {

// Calls `visit(field)` for every field of T, in the list's order.
template <class T, class Visit>
constexpr void for_each_field(Visit&& visit) {
  std::apply([&](const auto&... f) { (visit(f), ...); }, Fields<T>::fields);
}

// A struct of the plan that holds parts itself (the plan, the family, the family part, a
// jeugdige's part): it declares its StructParts.
template <class T>
concept PartHolder = requires { Fields<T>::parts; };

// A list whose items are such structs (the jeugdigen's parts).
template <class M>
inline constexpr bool kListOfPartHolders = false;
template <PartHolder T>
inline constexpr bool kListOfPartHolders<std::vector<T>> = true;
template <PartHolder T>
inline constexpr bool kListOfPartHolders<SharedVector<T>> = true;

// What T's member `name` declares; nullopt when T has no such member.
template <class T>
constexpr std::optional<FieldShape> field_shape(std::string_view name) {
  std::optional<FieldShape> found;
  for_each_field<T>([&](const auto& f) {
    if (f.name == name) found = f.shape;
  });
  return found;
}

// The position of T's member `name` in its field list; a compile error when T has none.
template <class T>
consteval std::size_t field_position(std::string_view name) {
  std::size_t position = 0;
  std::size_t found = std::tuple_size_v<decltype(Fields<T>::fields)>;
  for_each_field<T>([&](const auto& f) {
    if (f.name == name) found = position;
    ++position;
  });
  if (found == std::tuple_size_v<decltype(Fields<T>::fields)>) throw "no such field (plan_fields.hpp)";
  return found;
}

template <class T>
inline constexpr std::size_t kFieldCount = std::tuple_size_v<decltype(Fields<T>::fields)>;

// Whether a member holds something a reader would see: a present optional, a non-empty
// list, a free-form member that is neither null nor {}; any other value always.
template <class M>
bool has_member_content(const M& member) {
  if constexpr (IsOptional<M>::value) {
    return member.has_value();
  } else if constexpr (IsVector<M>::value) {
    return !member.empty();
  } else if constexpr (std::is_same_v<M, Json>) {
    return !member.is_null() && !(member.is_object() && member.empty());
  } else {
    return true;
  }
}

// The text of an item's member `name` (a key such as a result's "id"), or "" when the
// item has no such text member.
template <class T>
std::string_view text_member(const T& item, std::string_view name) {
  std::string_view out;
  for_each_field<T>([&](const auto& f) {
    using M = std::remove_cvref_t<decltype(item.*(f.member))>;
    if constexpr (std::is_same_v<M, std::string>) {
      if (f.name == name) out = item.*(f.member);
    } else if constexpr (std::is_same_v<M, std::optional<std::string>>) {
      if (f.name == name && item.*(f.member)) out = *(item.*(f.member));
    }
  });
  return out;
}

// The record column T's member `name` feeds; a compile error when it feeds none.
template <class T>
consteval ColumnDecl column_of(std::string_view name) {
  const std::optional<FieldShape> shape = field_shape<T>(name);
  if (!shape || shape->column.name.empty()) throw "this field declares no record column (plan_fields.hpp)";
  return shape->column;
}

}  // namespace perspectief::detail
