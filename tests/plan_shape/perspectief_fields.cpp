// perspectief_fields: prints the plan's field list (src/model/plan_fields.hpp) as one
// canonical JSON line, perspectief/plan-shape@1, for the generators of other languages:
// scripts/plan_shape_python.py writes the Python typed classes from it.
#include <iostream>
#include <set>
#include <string>

#include "analysis/record_columns.hpp"
#include "model/plan_shape.hpp"
#include "perspectief/analysis.hpp"

namespace perspectief::detail {
namespace {

std::string_view rule_name(PartRule rule) {
  switch (rule) {
    case PartRule::parent: return "parent";
    case PartRule::identity: return "identity";
    case PartRule::own: return "own";
    case PartRule::each: return "each";
    case PartRule::entries: return "entries";
    case PartRule::container: return "container";
    case PartRule::each_container: return "each_container";
    case PartRule::with: return "with";
  }
  return {};
}

std::string_view setter_name(Setter setter) {
  switch (setter) {
    case Setter::content: return "content";
    case Setter::standing_fact: return "standing_fact";
    case Setter::creation: return "creation";
    case Setter::creation_or_event: return "creation_or_event";
    case Setter::event: return "event";
    case Setter::workflow: return "workflow";
  }
  return {};
}

template <class>
inline constexpr bool kUndescribed = false;

class ShapeWriter {
 public:
  Json structs = Json::array();

  template <class T>
  void add_struct() {
    const std::string name(Fields<T>::name);
    if (!seen_.insert(name).second) return;
    const std::size_t at = structs.size();
    structs.push_back(Json{{"name", name}, {"fields", Json::array()}});
    if constexpr (requires { Fields<T>::doc; }) structs[at]["doc"] = Fields<T>::doc;
    Json fields = Json::array();
    for_each_field<T>([&](const auto& f) {
      using M = std::remove_cvref_t<decltype(std::declval<T&>().*(f.member))>;
      Json field{{"name", f.name},
                 {"type", type_of<M>()},
                 {"required", is_required_v<M> && !f.defaulted},
                 {"setter", setter_name(f.shape.setter)}};
      if (f.shape.part != PartRule::parent) {
        Json part{{"rule", rule_name(f.shape.part)}};
        if (f.shape.part == PartRule::own || f.shape.part == PartRule::each || f.shape.part == PartRule::entries) {
          part["pattern"] = sharing::part_kind_pattern(f.shape.kind);
        }
        if (!f.shape.key.empty()) part["key"] = f.shape.key;
        if (!f.shape.about.empty()) part["about"] = f.shape.about;
        field["part"] = std::move(part);
      }
      if (!f.shape.event.empty()) field["event"] = f.shape.event;
      if (f.shape.with_toewijzing) field["with_toewijzing"] = true;
      if (!f.shape.column.name.empty()) {
        field["column"] = Json{{"name", f.shape.column.name}, {"type", column_type_name(f.shape.column.type)}};
      }
      fields.push_back(std::move(field));
    });
    structs[at]["fields"] = std::move(fields);
  }

 private:
  template <class M>
  Json type_of() {
    if constexpr (IsOptional<M>::value) {
      return type_of<typename M::value_type>();
    } else if constexpr (IsVector<M>::value) {
      return Json{{"list", type_of<typename M::value_type>()}};
    } else if constexpr (std::is_same_v<M, std::string>) {
      return "string";
    } else if constexpr (std::is_same_v<M, std::int64_t>) {
      return "integer";
    } else if constexpr (std::is_same_v<M, bool>) {
      return "boolean";
    } else if constexpr (std::is_same_v<M, IsoDate>) {
      return "date";
    } else if constexpr (std::is_same_v<M, Timestamp>) {
      return "timestamp";
    } else if constexpr (std::is_same_v<M, Json>) {
      return "json";
    } else if constexpr (MappedEnum<M>) {
      Json values = Json::array();
      for (const auto& [value, spelling] : EnumNames<M>::table) values.push_back(spelling);
      return Json{{"enum", EnumNames<M>::type_name}, {"values", std::move(values)}};
    } else if constexpr (Mapped<M>) {
      add_struct<M>();
      return Json{{"struct", Fields<M>::name}};
    } else {
      static_assert(kUndescribed<M>, "describe this member type in plan_shape_json.cpp");
    }
  }

  std::set<std::string> seen_;
};

}  // namespace

// The document; its form:
// {"format": "perspectief/plan-shape@1",
//  "structs": [{"name", "doc"?, "fields": [{"name", "type", "required", "part"?, "setter",
//               "event"?, "with_toewijzing"?, "column"?}]}],
//  "record_kinds": {"<kind>": [{"name", "type"}]}}
// Every struct reachable from Plan, once, in the order it is first met (depth first).
// A field's type is "string", "integer", "boolean", "date", "timestamp", "json",
// {"enum": name, "values": [...]}, {"struct": name} or {"list": type}; "required" says
// whether the member must be present. "part" is {"rule", "pattern"?, "key"?, "about"?}.
Json plan_shape_json() {
  ShapeWriter writer;
  writer.add_struct<Plan>();
  Json kinds = Json::object();
  for (std::string_view kind : analysis::kRecordKinds) {
    Json columns = Json::array();
    for (const ColumnDecl& column : analysis::record_column_decls(kind)) {
      columns.push_back(Json{{"name", column.name}, {"type", column_type_name(column.type)}});
    }
    kinds[std::string(kind)] = std::move(columns);
  }
  return Json{{"format", "perspectief/plan-shape@1"}, {"structs", std::move(writer.structs)}, {"record_kinds", kinds}};
}

}  // namespace perspectief::detail

int main() {
  std::cout << perspectief::canonical_json(perspectief::detail::plan_shape_json()) << '\n';
  return 0;
}
