// Writing the model's structs straight to canonical JSON text (issue #14), walking the
// same field lists (plan_fields.hpp) as the tree writer in json_mapping.hpp and writing
// what it writes, rule for rule: write_text(value) gives canonical_json(write(value))
// without building the tree. A struct's fields are written in the byte order of their
// names (the canonical order, computed once per struct at compile time), its unknown
// members merged in at their places unless a written field has the same name
// (core/canonical_text.hpp). tests/cpp/model_text_writer_test.cpp holds the two equal.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/canonical_text.hpp"
#include "model/json_mapping.hpp"

namespace perspectief::detail {

// The positions of T's fields in its list, ordered by the bytes of their names.
template <class T>
inline constexpr auto kNameOrder = [] {
  constexpr std::size_t count = std::tuple_size_v<decltype(Fields<T>::fields)>;
  std::array<std::string_view, count> names{};
  std::size_t next = 0;
  std::apply([&](const auto&... f) { ((names[next++] = f.name), ...); }, Fields<T>::fields);
  std::array<std::size_t, count> order{};
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  // Insertion sort: a field list is short, and this runs at compile time.
  for (std::size_t i = 1; i < count; ++i) {
    for (std::size_t j = i; j > 0 && names[order[j]] < names[order[j - 1]]; --j) std::swap(order[j], order[j - 1]);
  }
  return order;
}();

// Calls `visit(field, position)` for every field of T in the byte order of the fields'
// names; `position` is the field's place in its list (what MemberParts is indexed by).
template <class T, class Visit>
void for_each_field_by_name(Visit&& visit) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (visit(std::get<kNameOrder<T>[I]>(Fields<T>::fields), kNameOrder<T>[I]), ...);
  }(std::make_index_sequence<kNameOrder<T>.size()>{});
}

template <class T>
void write_text(const T& value, std::string& out);

inline void text_value(const std::string& v, std::string& out) { append_json_string(out, v); }
inline void text_value(std::int64_t v, std::string& out) { append_json_integer(out, v); }
inline void text_value(bool v, std::string& out) { append_json_bool(out, v); }
inline void text_value(const Json& v, std::string& out) { append_canonical(out, v); }
inline void text_value(const IsoDate& v, std::string& out) { append_json_string(out, v.value); }
inline void text_value(const Timestamp& v, std::string& out) { append_json_string(out, v.value); }

template <MappedEnum E>
void text_value(E v, std::string& out) {
  append_json_string(out, to_string(v));
}

template <class T>
void text_value(const std::vector<T>& v, std::string& out) {
  ListText list(out);
  for (const auto& item : v) write_text(item, list.item());
  list.close();
}

template <class T>
void text_value(const SharedVector<T>& v, std::string& out) {
  ListText list(out);
  for (const auto& item : v) write_text(item, list.item());
  list.close();
}

// Writes field `f` of `value` into the object being written, as writing the whole struct
// does (writes_field says whether). The redacted view writes the members it releases with it.
template <class T, class F>
void write_field_text(const T& value, const F& f, ObjectText& object) {
  if (writes_field(value, f)) write_text(written_value(value.*(f.member)), object.member(f.name));
}

// The unknown members a struct keeps, or null for a struct that keeps none.
template <class T>
const Json* unknown_members_of(const T& value) {
  if constexpr (requires { value.unknown_fields; }) {
    return &value.unknown_fields;
  } else {
    return nullptr;
  }
}

// Whether a name can be written as it is (ObjectText::member does): no byte JSON escapes,
// ASCII only.
constexpr bool is_plain_name(std::string_view name) {
  for (char c : name) {
    if (c < 0x20 || c == '"' || c == '\\' || static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

template <Mapped T>
void text_value(const T& value, std::string& out) {
  static_assert(std::apply([](const auto&... f) { return (is_plain_name(f.name) && ...); }, Fields<T>::fields),
                "a field name the text writer would have to escape");
  ObjectText object(out, unknown_members_of(value));
  for_each_field_by_name<T>([&](const auto& f, std::size_t) { write_field_text(value, f, object); });
  object.close();
}

template <class T>
void write_text(const T& value, std::string& out) {
  text_value(value, out);
}

}  // namespace perspectief::detail
