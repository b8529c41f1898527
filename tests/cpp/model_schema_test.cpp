// The model/schema drift test: schema/plan.schema.json must describe the plan
// exactly as the C++ model reads and writes it. The expected schema of every
// field is derived from the field lists in src/model/plan_fields.hpp (the same
// lists that reading and writing use), so adding, renaming or retyping a field on
// one side without the other fails here.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "embedded_files.hpp"
#include "model/plan_fields.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/time.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Json;
namespace detail = perspectief::detail;

// The $defs name of each mapped struct is the name its field list gives it
// (Fields<T>::name); enums carry theirs in EnumNames<E>::type_name.

template <class>
inline constexpr bool kUnsupported = false;

Json ref_to(std::string_view name) { return Json{{"$ref", "#/$defs/" + std::string(name)}}; }

// Only the keys that say what a value *is*; descriptions, patterns and consts may differ.
Json structural_part(const Json& schema) {
  Json out = Json::object();
  if (!schema.is_object()) return out;
  for (const char* key : {"type", "$ref"}) {
    if (schema.contains(key)) out[key] = schema.at(key);
  }
  if (schema.contains("items")) out["items"] = structural_part(schema.at("items"));
  return out;
}

// Walks the model from Plan, comparing each mapped struct and enum with its $defs entry.
class DriftChecker {
 public:
  explicit DriftChecker(const Json& schema) : schema_(schema), defs_(schema.value("$defs", Json::object())) {}

  std::vector<std::string> run() {
    if (schema_.value("$ref", "") != "#/$defs/Plan") failures_.push_back("the schema root must be $ref #/$defs/Plan");
    check_struct<perspectief::Plan>();
    visited_.insert("IsoDate");
    visited_.insert("Timestamp");
    for (auto it = defs_.begin(); it != defs_.end(); ++it) {
      if (!visited_.count(it.key())) failures_.push_back("$defs/" + it.key() + " is not a type of the model");
    }
    for (const std::string& name : visited_) {
      if (!defs_.contains(name)) failures_.push_back("$defs/" + name + " is missing from the schema");
    }
    return failures_;
  }

 private:
  template <class M>
  Json expected_fragment() {
    if constexpr (detail::IsOptional<M>::value) {
      return expected_fragment<typename M::value_type>();
    } else if constexpr (detail::IsVector<M>::value) {
      return Json{{"type", "array"}, {"items", expected_fragment<typename M::value_type>()}};
    } else if constexpr (std::is_same_v<M, std::string>) {
      return Json{{"type", "string"}};
    } else if constexpr (std::is_same_v<M, std::int64_t>) {
      return Json{{"type", "integer"}};
    } else if constexpr (std::is_same_v<M, bool>) {
      return Json{{"type", "boolean"}};
    } else if constexpr (std::is_same_v<M, perspectief::IsoDate>) {
      return ref_to("IsoDate");
    } else if constexpr (std::is_same_v<M, perspectief::Timestamp>) {
      return ref_to("Timestamp");
    } else if constexpr (std::is_same_v<M, Json>) {
      return nullptr;  // free-form (payload, local_fields): the schema may narrow it as it likes
    } else if constexpr (detail::MappedEnum<M>) {
      check_enum<M>();
      return ref_to(perspectief::EnumNames<M>::type_name);
    } else if constexpr (detail::Mapped<M>) {
      check_struct<M>();
      return ref_to(detail::Fields<M>::name);
    } else {
      static_assert(kUnsupported<M>, "add this member type to the drift test");
    }
  }

  template <class E>
  void check_enum() {
    const std::string name(perspectief::EnumNames<E>::type_name);
    if (!visited_.insert(name).second) return;
    if (!defs_.contains(name)) return;  // reported as missing by run()
    Json expected = Json::array();
    for (const auto& [value, spelling] : perspectief::EnumNames<E>::table) expected.push_back(spelling);
    const Json& def = defs_.at(name);
    if (def.value("enum", Json::array()) != expected) {
      failures_.push_back("$defs/" + name + "/enum is " + def.value("enum", Json::array()).dump() +
                          ", vocabulary.hpp has " + expected.dump());
    }
    if (def.value("type", "") != "string") failures_.push_back("$defs/" + name + " must be of type string");
  }

  template <class T>
  void check_struct() {
    const std::string name(detail::Fields<T>::name);
    if (!visited_.insert(name).second) return;
    if (!defs_.contains(name)) return;
    const Json& def = defs_.at(name);
    const std::string where = "$defs/" + name;
    if (def.value("type", "") != "object") failures_.push_back(where + " must be of type object");
    // Unknown members are preserved (lossless round trip), so the schema must not forbid them.
    if (def.contains("additionalProperties") && def.at("additionalProperties") == false) {
      failures_.push_back(where + " forbids additional properties, but the model keeps unknown members");
    }
    const Json properties = def.value("properties", Json::object());
    std::set<std::string> model_names;
    std::set<std::string> model_required;
    std::apply(
        [&](const auto&... f) {
          (
              [&] {
                using M = std::remove_cvref_t<decltype(std::declval<T&>().*(f.member))>;
                const std::string field(f.name);
                model_names.insert(field);
                if (detail::is_required_v<M> && !f.defaulted) model_required.insert(field);
                const Json expected = expected_fragment<M>();
                if (!properties.contains(field)) return;  // reported below as a name difference
                if (!expected.is_null() && structural_part(properties.at(field)) != expected) {
                  failures_.push_back(where + "/properties/" + field + " is " +
                                      structural_part(properties.at(field)).dump() + ", the model has " +
                                      expected.dump());
                }
              }(),
              ...);
        },
        detail::Fields<T>::fields);
    std::set<std::string> schema_names;
    for (auto it = properties.begin(); it != properties.end(); ++it) schema_names.insert(it.key());
    for (const auto& n : model_names) {
      if (!schema_names.count(n)) failures_.push_back(where + " lacks the model's field '" + n + "'");
    }
    for (const auto& n : schema_names) {
      if (!model_names.count(n)) failures_.push_back(where + " has '" + n + "', which the model does not know");
    }
    std::set<std::string> schema_required;
    for (const auto& r : def.value("required", Json::array())) schema_required.insert(r.get<std::string>());
    if (schema_required != model_required) {
      failures_.push_back(where + "/required is " + Json(schema_required).dump() + ", the model requires " +
                          Json(model_required).dump());
    }
  }

  const Json& schema_;
  Json defs_;
  std::set<std::string> visited_;
  std::vector<std::string> failures_;
};

Json load_schema() { return perspectief::parse_json(pp_test::read_source_file("schema/plan.schema.json")); }

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

TEST(ModelSchema, SchemaAndModelAgreeOnEveryStructFieldRequiredSetAndEnum) {
  const auto failures = DriftChecker(load_schema()).run();
  EXPECT_TRUE(failures.empty()) << joined(failures);
}

TEST(ModelSchema, SchemaDeclaresDraft2020_12AndThePlanFormat) {
  const Json schema = load_schema();
  EXPECT_EQ(schema.at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema.at("$defs").at("Plan").at("properties").at("format").at("const"), perspectief::kPlanFormat);
}

// The drift test must be able to fail: each kind of disagreement is reported.
TEST(ModelSchema, DriftCheckerReportsEveryKindOfDisagreement) {
  const Json good = load_schema();
  auto failures_after = [&](auto change) {
    Json schema = good;
    change(schema);
    return DriftChecker(schema).run();
  };
  auto mentions = [](const std::vector<std::string>& failures, std::string_view text) {
    return std::any_of(failures.begin(), failures.end(),
                       [&](const std::string& f) { return f.find(text) != std::string::npos; });
  };

  auto missing = failures_after([](Json& s) { s["$defs"]["Member"]["properties"].erase("gezag"); });
  EXPECT_TRUE(mentions(missing, "lacks the model's field 'gezag'")) << joined(missing);

  auto extra = failures_after([](Json& s) { s["$defs"]["Member"]["properties"]["bsn"] = {{"type", "string"}}; });
  EXPECT_TRUE(mentions(extra, "'bsn', which the model does not know")) << joined(extra);

  auto required = failures_after([](Json& s) { s["$defs"]["Member"]["required"].push_back("name"); });
  EXPECT_TRUE(mentions(required, "$defs/Member/required")) << joined(required);

  auto not_required = failures_after([](Json& s) { s["$defs"]["Plan"]["required"] = Json::array({"id"}); });
  EXPECT_TRUE(mentions(not_required, "$defs/Plan/required")) << joined(not_required);

  auto enum_values = failures_after([](Json& s) { s["$defs"]["Segment"]["enum"] = {"A", "B", "C"}; });
  EXPECT_TRUE(mentions(enum_values, "$defs/Segment/enum")) << joined(enum_values);

  auto wrong_type = failures_after([](Json& s) { s["$defs"]["Akkoord"]["properties"]["version"] = {{"type", "string"}}; });
  EXPECT_TRUE(mentions(wrong_type, "$defs/Akkoord/properties/version")) << joined(wrong_type);

  auto wrong_items = failures_after(
      [](Json& s) { s["$defs"]["Consent"]["properties"]["given_by"]["items"] = {{"type", "integer"}}; });
  EXPECT_TRUE(mentions(wrong_items, "$defs/Consent/properties/given_by")) << joined(wrong_items);

  auto closed = failures_after([](Json& s) { s["$defs"]["Regie"]["additionalProperties"] = false; });
  EXPECT_TRUE(mentions(closed, "forbids additional properties")) << joined(closed);

  auto orphan = failures_after([](Json& s) { s["$defs"]["Unused"] = {{"type", "object"}}; });
  EXPECT_TRUE(mentions(orphan, "$defs/Unused is not a type of the model")) << joined(orphan);

  auto gone = failures_after([](Json& s) { s["$defs"].erase("Volume"); });
  EXPECT_TRUE(mentions(gone, "$defs/Volume is missing")) << joined(gone);
}

// The date and timestamp patterns accept what the reader accepts. The reader is
// stricter on impossible calendar dates (2026-02-30), which a pattern cannot see;
// the schema's "format" covers those for validators that check formats.
TEST(ModelSchema, DateAndTimestampPatternsAgreeWithTheReader) {
  const Json defs = load_schema().at("$defs");
  const std::regex date(defs.at("IsoDate").at("pattern").get<std::string>());
  const std::regex moment(defs.at("Timestamp").at("pattern").get<std::string>());
  for (const char* text : {"2026-03-02", "2024-02-29", "0001-01-01", "9999-12-31", "2026-3-02", "02-03-2026",
                           "2026-13-01", "2026-00-10", "2026-01-32", "20260302", ""}) {
    EXPECT_EQ(std::regex_match(std::string(text), date), perspectief::parse_iso_date(text).has_value()) << text;
  }
  for (const char* text :
       {"2026-03-02T09:30:00+01:00", "2026-03-02T09:30:00Z", "2026-03-02t09:30:00z", "2026-03-02T09:30:00.250-05:30",
        "2026-03-02T09:30:00", "2026-03-02 09:30:00+01:00", "2026-03-02T24:00:00Z", "2026-03-02T09:60:00Z",
        "2026-03-02T09:30:60Z", "2026-03-02T09:30:00+0100", "2026-03-02T09:30:00.Z", "2026-03-02T09:30Z"}) {
    EXPECT_EQ(std::regex_match(std::string(text), moment), perspectief::parse_moment(text).has_value()) << text;
  }
}

// The library embeds the schema (src/CMakeLists.txt); the embedded copy is the file.
TEST(ModelSchema, EmbeddedSchemaIsTheFileInTheRepository) {
  const std::string on_disk = pp_test::read_source_file("schema/plan.schema.json");
  bool found = false;
  for (const auto& file : detail::embedded_files()) {
    if (file.name == "schema/plan.schema.json") {
      found = true;
      EXPECT_EQ(file.content, on_disk);
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
