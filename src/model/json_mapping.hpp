// Generic, declarative mapping between the model's structs and JSON.
//
// Each struct lists its fields once (the plan's in plan_fields.hpp) as Field{name,
// member pointer}; reading and writing are derived from that list, so the two can never
// disagree. Reading collects every structural problem with its JSON pointer
// instead of stopping at the first, and keeps members it does not know in the
// struct's unknown_fields. Whether a field is required follows from its type:
// std::optional, std::vector and Json are optional, everything else required.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/time.hpp"
#include "perspectief/vocabulary.hpp"
#include "core/refusal.hpp"
#include "model/field_shape.hpp"

namespace perspectief::detail {

template <class Owner, class Member>
struct Field {
  std::string_view name;
  Member Owner::*member;
  bool defaulted = false;  // may be absent even though its type is not optional (keeps its default)
  FieldShape shape{};      // the plan's fields only: part, setter, column (field_shape.hpp)

  // The plan's shape, declared after the name in the field list (plan_fields.hpp):
  // field("toekomstperspectief", &T::toekomstperspectief).own_part(kind).column(ColumnType::string).
  constexpr Field identity() const { return with_part(PartRule::identity); }
  constexpr Field own_part(sharing::PartKind kind) const { return with_part(PartRule::own, kind); }
  // `about`: the item's member naming whom the item is about; empty: the struct's subject.
  constexpr Field each_part(sharing::PartKind kind, std::string_view key, std::string_view about = {}) const {
    Field f = with_part(PartRule::each, kind, key);
    f.shape.about = about;
    return f;
  }
  constexpr Field entries(sharing::PartKind kind, std::string_view key) const {
    return with_part(PartRule::entries, kind, key);
  }
  constexpr Field container() const { return with_part(PartRule::container); }
  constexpr Field each_container(std::string_view key) const { return with_part(PartRule::each_container, {}, key); }
  constexpr Field in_part_of(std::string_view sibling) const { return with_part(PartRule::with, {}, sibling); }

  constexpr Field standing_fact() const { return with_setter(Setter::standing_fact); }
  constexpr Field set_at_creation() const { return with_setter(Setter::creation); }
  constexpr Field set_at_creation_or_by(std::string_view event) const {
    return with_setter(Setter::creation_or_event, event);
  }
  constexpr Field set_by(std::string_view event) const { return with_setter(Setter::event, event); }
  constexpr Field kept_by_workflow(std::string_view event = {}) const { return with_setter(Setter::workflow, event); }

  constexpr Field with_toewijzing() const {
    Field f = *this;
    f.shape.with_toewijzing = true;
    return f;
  }
  // The record column the field feeds; its name is the field's unless given.
  constexpr Field column(ColumnType type, std::string_view column_name = {}) const {
    Field f = *this;
    f.shape.column = ColumnDecl{column_name.empty() ? name : column_name, type};
    return f;
  }

 private:
  constexpr Field with_part(PartRule rule, sharing::PartKind kind = {}, std::string_view key = {}) const {
    Field f = *this;
    f.shape.part = rule;
    f.shape.kind = kind;
    f.shape.key = key;
    return f;
  }
  constexpr Field with_setter(Setter setter, std::string_view event = {}) const {
    Field f = *this;
    f.shape.setter = setter;
    f.shape.event = event;
    return f;
  }
};

template <class Owner, class Member>
constexpr Field<Owner, Member> field(std::string_view name, Member Owner::*member) {
  return {name, member, false, {}};
}

// A field that may be absent and then keeps the struct's default (used for
// configuration documents, where `"crisis": false` need not be spelled out).
template <class Owner, class Member>
constexpr Field<Owner, Member> defaulted_field(std::string_view name, Member Owner::*member) {
  return {name, member, true, {}};
}

// Specialised once per mapped type, inside namespace detail:
//   template <>
//   struct Fields<T> {
//     static constexpr auto fields = std::make_tuple(field("name", &T::name), ...);
//   };
// The plan's own structs also declare their StructParts (field_shape.hpp) as `parts`.
template <class T>
struct Fields;

template <class T>
concept Mapped = requires { Fields<T>::fields; };

template <class T>
concept MappedEnum = std::is_enum_v<T> && requires { EnumNames<T>::table; };

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsVector<SharedVector<T>> : std::true_type {};

template <class T>
constexpr bool is_required_v = !IsOptional<T>::value && !IsVector<T>::value && !std::is_same_v<T, Json>;

// Where we are while reading, and what we found wrong.
class Reader {
 public:
  explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

  void enter(std::string_view token) {
    stack_.push_back(pointer_.size());
    pointer_ += '/';
    pointer_ += json_pointer_escape(token);
  }
  void enter(std::size_t index) { enter(std::to_string(index)); }
  void leave() {
    pointer_.resize(stack_.back());
    stack_.pop_back();
  }
  const std::string& pointer() const { return pointer_; }

  void problem(std::string code, std::string nl, std::string en) {
    problems_.push_back(Problem{std::move(code), pointer_, std::move(nl), std::move(en), {}});
  }

 private:
  std::vector<Problem>& problems_;
  std::string pointer_;
  std::vector<std::size_t> stack_;
};

inline std::string json_type_name(const Json& j) { return j.type_name(); }

inline void wrong_type(Reader& r, const Json& j, std::string_view expected_nl, std::string_view expected_en) {
  r.problem("PP-S-TYPE", "verwacht " + std::string(expected_nl) + ", gevonden: " + json_type_name(j),
            "expected " + std::string(expected_en) + ", found " + json_type_name(j));
}

// ---- read ------------------------------------------------------------------

template <class T>
void read(const Json& j, T& out, Reader& r);

inline void read_value(const Json& j, std::string& out, Reader& r) {
  if (!j.is_string()) return wrong_type(r, j, "tekst", "a string");
  out = j.get<std::string>();
}

inline void read_value(const Json& j, std::int64_t& out, Reader& r) {
  if (!j.is_number_integer()) return wrong_type(r, j, "een geheel getal", "an integer");
  // nlohmann keeps integers above INT64_MAX as unsigned; reading those as int64
  // would silently wrap (18446744073709551615 would become -1).
  if (j.is_number_unsigned() &&
      j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    r.problem("PP-S-RANGE", "getal " + j.dump() + " is te groot (maximaal 9223372036854775807)",
              "number " + j.dump() + " is too large (at most 9223372036854775807)");
    return;
  }
  out = j.get<std::int64_t>();
}

inline void read_value(const Json& j, bool& out, Reader& r) {
  if (!j.is_boolean()) return wrong_type(r, j, "true of false", "a boolean");
  out = j.get<bool>();
}

inline void read_value(const Json& j, Json& out, Reader&) { out = j; }

inline void read_value(const Json& j, IsoDate& out, Reader& r) {
  if (!j.is_string()) return wrong_type(r, j, "een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)");
  out.value = j.get<std::string>();
  if (!parse_iso_date(out.value)) {
    r.problem("PP-S-DATE", "geen geldige datum (JJJJ-MM-DD): '" + out.value + "'",
              "not a valid date (YYYY-MM-DD): '" + out.value + "'");
  }
}

inline void read_value(const Json& j, Timestamp& out, Reader& r) {
  if (!j.is_string()) return wrong_type(r, j, "een tijdstip (RFC 3339)", "a timestamp (RFC 3339)");
  out.value = j.get<std::string>();
  if (!parse_moment(out.value)) {
    r.problem("PP-S-TIMESTAMP",
              "geen geldig tijdstip met tijdzone (bijv. 2026-03-02T09:30:00+01:00): '" + out.value + "'",
              "not a valid RFC 3339 timestamp with offset (e.g. 2026-03-02T09:30:00+01:00): '" + out.value + "'");
  }
}

template <MappedEnum E>
void read_value(const Json& j, E& out, Reader& r) {
  if (!j.is_string()) return wrong_type(r, j, "tekst", "a string");
  const auto text = j.get<std::string>();
  if (auto value = enum_from_string<E>(text)) {
    out = *value;
    return;
  }
  std::string allowed;
  for (const auto& [v, name] : EnumNames<E>::table) {
    if (!allowed.empty()) allowed += ", ";
    allowed += name;
  }
  r.problem("PP-S-ENUM", "onbekende waarde '" + text + "'; toegestaan: " + allowed,
            "unknown value '" + text + "'; allowed: " + allowed);
}

template <class T>
void read_value(const Json& j, std::vector<T>& out, Reader& r) {
  if (!j.is_array()) return wrong_type(r, j, "een lijst", "an array");
  out.clear();
  out.resize(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) {
    r.enter(i);
    read(j[i], out[i], r);
    r.leave();
  }
}

template <class T>
void read_value(const Json& j, SharedVector<T>& out, Reader& r) {
  std::vector<T> items;
  read_value(j, items, r);
  out = SharedVector<T>(std::move(items));
}

template <class T>
void read_value(const Json& j, std::optional<T>& out, Reader& r) {
  out.emplace();
  read(j, *out, r);
}

// Reads field `f` of the object `j` into `member`; a required field that is absent is a
// problem at its name (the member keeps what it held).
template <class F, class M>
void read_field(const Json& j, const F& f, M& member, Reader& r) {
  const auto found = j.find(f.name);
  if (found == j.end()) {
    if (is_required_v<M> && !f.defaulted) {
      r.enter(f.name);
      r.problem("PP-S-REQUIRED", "verplicht veld '" + std::string(f.name) + "' ontbreekt",
                "required field '" + std::string(f.name) + "' is missing");
      r.leave();
    }
    return;
  }
  r.enter(f.name);
  read(*found, member, r);
  r.leave();
}

template <Mapped T>
void read_value(const Json& j, T& out, Reader& r) {
  if (!j.is_object()) return wrong_type(r, j, "een object", "an object");
  // Types with unknown_fields keep members they do not know (plans: lossless);
  // types without it are configuration, where an unknown member is a typo.
  constexpr bool keeps_unknown = requires { out.unknown_fields; };
  Json unknown = Json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    std::apply([&](const auto&... f) { ((known = known || f.name == it.key()), ...); }, Fields<T>::fields);
    if (known) continue;
    if constexpr (keeps_unknown) {
      unknown[it.key()] = it.value();
    } else {
      r.enter(it.key());
      r.problem("PP-S-UNKNOWN-FIELD", "onbekend veld '" + it.key() + "'", "unknown field '" + it.key() + "'");
      r.leave();
    }
  }
  std::apply([&](const auto&... f) { (read_field(j, f, out.*(f.member), r), ...); }, Fields<T>::fields);
  if constexpr (keeps_unknown) out.unknown_fields = std::move(unknown);
}

template <class T>
void read(const Json& j, T& out, Reader& r) {
  read_value(j, out, r);
}

// Reads a whole document as a T, or refuses it with Error(schema) "<what> does not have
// the expected shape" carrying every problem; `within` puts the pointers under that
// member (a parameter named "actor": "/actor/role").
template <class T>
T read_or_refuse(const Json& json, std::string_view what, std::string_view within = {}) {
  std::vector<Problem> problems;
  Reader reader(problems);
  if (!within.empty()) reader.enter(within);
  T out{};
  read(json, out, reader);
  refuse_if_any(ErrorCode::schema, std::string(what) + " does not have the expected shape", std::move(problems));
  return out;
}

// ---- write -----------------------------------------------------------------

template <class T>
Json write(const T& value);

inline Json write_value(const std::string& v) { return v; }
inline Json write_value(std::int64_t v) { return v; }
inline Json write_value(bool v) { return v; }
inline Json write_value(const Json& v) { return v; }
inline Json write_value(const IsoDate& v) { return v.value; }
inline Json write_value(const Timestamp& v) { return v.value; }

template <MappedEnum E>
Json write_value(E v) {
  return std::string(to_string(v));
}

template <class T>
Json write_value(const std::vector<T>& v) {
  Json out = Json::array();
  for (const auto& item : v) out.push_back(write(item));
  return out;
}

template <class T>
Json write_value(const SharedVector<T>& v) {
  Json out = Json::array();
  for (const auto& item : v) out.push_back(write(item));
  return out;
}

// Whether writing a struct writes its field `f`: an absent optional, an empty list, an
// empty free-form member (null or {}) and a defaulted flag that is false are left out.
// The tree writer, the text writer (text_mapping.hpp) and the extent all ask this.
template <class T, class F>
bool writes_field(const T& value, const F& f) {
  using M = std::remove_cvref_t<decltype(value.*(f.member))>;
  const M& member = value.*(f.member);
  if constexpr (IsOptional<M>::value) {
    return member.has_value();
  } else if constexpr (IsVector<M>::value) {
    return !member.empty();
  } else if constexpr (std::is_same_v<M, Json>) {
    return !member.is_null() && !(member.is_object() && member.empty());
  } else if constexpr (std::is_same_v<M, bool>) {
    return !f.defaulted || member;
  } else {
    return true;
  }
}

// The value a written field holds: an optional's content, any other member itself.
template <class M>
const auto& written_value(const M& member) {
  if constexpr (IsOptional<M>::value) {
    return *member;
  } else {
    return member;
  }
}

// Writes field `f` of `value` into `out` as writing the whole struct does. The redacted
// view (sharing/release/view_builder.cpp) writes the members it releases with it.
template <class T, class F>
void write_field(const T& value, const F& f, Json& out) {
  if (writes_field(value, f)) out[std::string(f.name)] = write(written_value(value.*(f.member)));
}

template <Mapped T>
Json write_value(const T& value) {
  // Unknown members first; known fields are written over them, so a field this
  // version understands can never be shadowed by a stale copy.
  Json out = Json::object();
  if constexpr (requires { value.unknown_fields; }) {
    if (value.unknown_fields.is_object()) out = value.unknown_fields;
  }
  std::apply([&](const auto&... f) { (write_field(value, f, out), ...); }, Fields<T>::fields);
  return out;
}

template <class T>
Json write(const T& value) {
  return write_value(value);
}

// ---- extent ------------------------------------------------------------------
// What json_extent(write(value)) would say - depth and canonical bytes - measured on
// the typed value, without building the JSON tree. The workflow measures every
// candidate plan against the engine's limits (workflow/pipeline/event_limits.*); doing
// that on a tree cost more than the rest of an event. It follows write_value rule for
// rule: a field is counted exactly when write_value writes it, and an unknown member
// only when no written field has its name (write_value lets the field win).

template <class T>
JsonExtent extent_of(const T& value);

inline JsonExtent extent_value(const std::string& v) { return {0, json_string_bytes(v)}; }
inline JsonExtent extent_value(std::int64_t v) { return {0, std::to_string(v).size()}; }
inline JsonExtent extent_value(bool v) { return {0, v ? std::size_t{4} : std::size_t{5}}; }
inline JsonExtent extent_value(const Json& v) { return json_extent(v); }
inline JsonExtent extent_value(const IsoDate& v) { return {0, json_string_bytes(v.value)}; }
inline JsonExtent extent_value(const Timestamp& v) { return {0, json_string_bytes(v.value)}; }

template <MappedEnum E>
JsonExtent extent_value(E v) {
  return {0, json_string_bytes(to_string(v))};
}

// A container of `members` values whose extents sum to `inner`: the brackets, the
// commas between members, one level more than the deepest member.
inline JsonExtent container_extent(std::size_t members, const JsonExtent& inner) {
  return {inner.depth + 1, inner.bytes + 2 + (members == 0 ? 0 : members - 1)};
}

template <class T>
JsonExtent extent_value(const std::vector<T>& v) {
  JsonExtent inner;
  for (const auto& item : v) {
    const JsonExtent e = extent_of(item);
    inner.depth = std::max(inner.depth, e.depth);
    inner.bytes += e.bytes;
  }
  return container_extent(v.size(), inner);
}

// A shared list remembers the extent of the items it has measured, each item's and the
// sum over its first items (they never change while shared): the plan an event makes
// measures only the items it added or changed, so measuring a plan costs what the
// event changed, not the length of its history.
template <class T>
JsonExtent extent_value(const SharedVector<T>& v) {
  const PrefixMemo memo = v.prefix_memo();
  JsonExtent inner{memo.depth, memo.bytes};
  for (std::size_t i = memo.items; i < v.size(); ++i) {
    JsonExtent e;
    if (!v.item_memo(i).load(e.depth, e.bytes)) {
      e = extent_of(v[i]);
      v.item_memo(i).store(e.depth, e.bytes);
    }
    inner.depth = std::max(inner.depth, e.depth);
    inner.bytes += e.bytes;
  }
  if (memo.items < v.size()) v.remember_prefix(PrefixMemo{v.size(), inner.depth, inner.bytes});
  return container_extent(v.size(), inner);
}

template <Mapped T>
JsonExtent extent_value(const T& value) {
  JsonExtent inner;
  std::size_t members = 0;
  std::vector<std::string_view> written;  // the names of the fields written
  const auto add = [&](std::string_view name, const JsonExtent& e) {
    inner.depth = std::max(inner.depth, e.depth);
    inner.bytes += json_string_bytes(name) + 1 + e.bytes;  // name, colon, value
    ++members;
    written.push_back(name);
  };
  std::apply(
      [&](const auto&... f) {
        ((writes_field(value, f) ? add(f.name, extent_of(written_value(value.*(f.member)))) : void()), ...);
      },
      Fields<T>::fields);
  if constexpr (requires { value.unknown_fields; }) {
    if (value.unknown_fields.is_object()) {
      for (auto it = value.unknown_fields.begin(); it != value.unknown_fields.end(); ++it) {
        if (std::find(written.begin(), written.end(), it.key()) != written.end()) continue;
        const JsonExtent e = json_extent(it.value());
        inner.depth = std::max(inner.depth, e.depth);
        inner.bytes += json_string_bytes(it.key()) + 1 + e.bytes;
        ++members;
      }
    }
  }
  return container_extent(members, inner);
}

template <class T>
JsonExtent extent_of(const T& value) {
  return extent_value(value);
}

}  // namespace perspectief::detail
