// Reading region profiles and municipal settings, and the R-MINIMUM check.
#include "perspectief/profile.hpp"
#include "core/refusal.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "embedded_files.hpp"
#include "model/json_mapping.hpp"
#include "model/label_fields.hpp"

namespace perspectief {
namespace detail {

template <>
struct Fields<LeefgebiedDef> {
  using T = LeefgebiedDef;
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code), field("label", &T::label), field("framework", &T::framework));
};
template <>
struct Fields<SupportProfileDef> {
  using T = SupportProfileDef;
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code), field("label", &T::label), defaulted_field("crisis", &T::crisis));
};
template <>
struct Fields<AkkoordMethodDef> {
  using T = AkkoordMethodDef;
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code), field("label", &T::label));
};
template <>
struct Fields<AdditionDef> {
  using T = AdditionDef;
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code), field("label", &T::label), defaulted_field("residential", &T::residential));
};
template <>
struct Fields<LocalFieldDef> {
  using T = LocalFieldDef;
  static constexpr auto fields = std::make_tuple(
      field("key", &T::key), field("type", &T::type), field("label", &T::label),
      defaulted_field("required", &T::required));
};
template <>
struct Fields<MinimumCondition> {
  using T = MinimumCondition;
  static constexpr auto fields = std::make_tuple(
      field("rule", &T::rule), field("label", &T::label));
};
template <>
struct Fields<LocalChoiceDef> {
  using T = LocalChoiceDef;
  static constexpr auto fields = std::make_tuple(
      field("key", &T::key), field("label", &T::label), defaulted_field("default", &T::default_value),
      field("allowed", &T::allowed));
};
template <>
struct Fields<RegionProfile> {
  using T = RegionProfile;
  static constexpr auto fields = std::make_tuple(
      field("format", &T::format), field("id", &T::id), field("name", &T::name), field("seeds", &T::seeds),
      field("municipalities", &T::municipalities), field("plan_term", &T::plan_term),
      field("accepted_plan_types", &T::accepted_plan_types), field("leefgebieden", &T::leefgebieden),
      field("segments", &T::segments), field("intensity_blocks", &T::intensity_blocks),
      field("support_profiles", &T::support_profiles), field("additions", &T::additions),
      field("akkoord_methods", &T::akkoord_methods), field("mandatory_parts", &T::mandatory_parts),
      field("local_parts", &T::local_parts), field("minimum_conditions", &T::minimum_conditions),
      field("local_choices", &T::local_choices), field("local_fields", &T::local_fields),
      field("workflow", &T::workflow), field("policy", &T::policy));
};
template <>
struct Fields<MunicipalSettings> {
  using T = MunicipalSettings;
  static constexpr auto fields = std::make_tuple(
      field("format", &T::format), field("profile", &T::profile), field("municipality", &T::municipality),
      field("local_choices", &T::local_choices), field("local_fields", &T::local_fields),
      field("disabled_rules", &T::disabled_rules));
};

}  // namespace detail

namespace {

Problem make_problem(std::string code, std::string pointer, std::string nl, std::string en, std::string rule = {}) {
  return Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::move(rule)};
}

// JSON type equality for local-choice values ("any value of the default's type").
bool same_json_kind(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.is_number_integer() == b.is_number_integer() || a.is_number_float();
  return a.type() == b.type();
}

template <class T>
void check_unique_codes(const std::vector<T>& items, std::string_view list, std::vector<Problem>& problems) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!seen.insert(items[i].code).second) {
      problems.push_back(make_problem("PP-P-DUPLICATE", "/" + std::string(list) + "/" + std::to_string(i) + "/code",
                                      "code '" + items[i].code + "' komt twee keer voor",
                                      "code '" + items[i].code + "' appears twice"));
    }
  }
}

// Profiles and settings are configuration, not case data: a member nobody reads
// is a typo ("minimum_condition", "local_choice") that would silently drop a
// rule, so it is refused like the unknown members of the nested definitions.
void refuse_unknown_members(const Json& unknown_fields, std::vector<Problem>& problems) {
  if (!unknown_fields.is_object()) return;
  for (auto it = unknown_fields.begin(); it != unknown_fields.end(); ++it) {
    problems.push_back(make_problem("PP-S-UNKNOWN-FIELD", "/" + json_pointer_escape(it.key()),
                                    "onbekend veld '" + it.key() + "'", "unknown field '" + it.key() + "'"));
  }
}

// A local field's type must be one that validation can check (validation.cpp,
// check_local_fields); a typo such as "strng" would otherwise accept any value.
void check_local_field_types(const std::vector<LocalFieldDef>& fields, std::vector<Problem>& problems) {
  static constexpr std::string_view kTypes[] = {"string", "boolean", "integer", "date", "object", "array"};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (std::find(std::begin(kTypes), std::end(kTypes), fields[i].type) == std::end(kTypes)) {
      problems.push_back(make_problem("PP-P-FIELD-TYPE", "/local_fields/" + std::to_string(i) + "/type",
                                      "onbekend type '" + fields[i].type +
                                          "'; toegestaan: string, boolean, integer, date, object, array",
                                      "unknown type '" + fields[i].type +
                                          "'; allowed: string, boolean, integer, date, object, array"));
    }
  }
}

}  // namespace

const LeefgebiedDef* RegionProfile::find_leefgebied(std::string_view code) const {
  auto it = std::find_if(leefgebieden.begin(), leefgebieden.end(), [&](const auto& l) { return l.code == code; });
  return it == leefgebieden.end() ? nullptr : &*it;
}

const SupportProfileDef* RegionProfile::find_support_profile(std::string_view code) const {
  auto it = std::find_if(support_profiles.begin(), support_profiles.end(),
                         [&](const auto& p) { return p.code == code; });
  return it == support_profiles.end() ? nullptr : &*it;
}

// R-MINIMUM: rules that are law hold in every region, listed or not. The
// break-glass path (R-SAFETY-OVERRIDE) is meldrecht (Wmo 2015 art. 5.2.6) and
// Jeugdwet 7.3.11 lid 4; R-CONSENT-VALID is what makes a consent a consent.
constexpr std::array<std::string_view, 2> kStatutoryMinimum{"R-SAFETY-OVERRIDE", "R-CONSENT-VALID"};

bool RegionProfile::is_minimum_condition(std::string_view rule) const {
  if (std::find(kStatutoryMinimum.begin(), kStatutoryMinimum.end(), rule) != kStatutoryMinimum.end()) return true;
  return std::any_of(minimum_conditions.begin(), minimum_conditions.end(),
                     [&](const MinimumCondition& m) { return m.rule == rule; });
}

RegionProfile profile_from_json(const Json& json) {
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  RegionProfile profile;
  detail::read(json, profile, reader);
  refuse_unknown_members(profile.unknown_fields, problems);
  if (problems.empty() && profile.format != kProfileFormat) {
    problems.push_back(make_problem("PP-P-FORMAT", "/format", "onbekend profielformaat '" + profile.format + "'",
                                    "unsupported profile format '" + profile.format + "', expected '" +
                                        std::string(kProfileFormat) + "'"));
  }
  check_unique_codes(profile.leefgebieden, "leefgebieden", problems);
  check_unique_codes(profile.support_profiles, "support_profiles", problems);
  check_unique_codes(profile.additions, "additions", problems);
  check_unique_codes(profile.akkoord_methods, "akkoord_methods", problems);
  check_local_field_types(profile.local_fields, problems);
  for (std::size_t i = 0; i < profile.local_choices.size(); ++i) {
    const auto& choice = profile.local_choices[i];
    if (!choice.allowed.empty() &&
        std::find(choice.allowed.begin(), choice.allowed.end(), choice.default_value) == choice.allowed.end()) {
      problems.push_back(make_problem("PP-P-CHOICE-DEFAULT", "/local_choices/" + std::to_string(i) + "/default",
                                      "standaardwaarde staat niet in de toegestane waarden",
                                      "the default is not one of the allowed values"));
    }
  }
  if (!profile.workflow.is_object() || !profile.policy.is_object()) {
    problems.push_back(make_problem("PP-P-SECTION", profile.workflow.is_object() ? "/policy" : "/workflow",
                                    "sectie moet een object zijn", "section must be an object"));
  }
  refuse_if_any(ErrorCode::profile, "region profile is not usable", std::move(problems));
  return profile;
}

Json profile_to_json(const RegionProfile& profile) { return detail::write(profile); }

MunicipalSettings settings_from_json(const Json& json, const RegionProfile& profile) {
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  MunicipalSettings settings;
  detail::read(json, settings, reader);
  refuse_unknown_members(settings.unknown_fields, problems);
  refuse_if_any(ErrorCode::profile, "municipal settings do not have the expected shape", std::move(problems));
  if (settings.format != kSettingsFormat) {
    problems.push_back(make_problem("PP-P-FORMAT", "/format", "onbekend formaat '" + settings.format + "'",
                                    "unsupported settings format '" + settings.format + "'"));
  }
  if (settings.profile != profile.id) {
    problems.push_back(make_problem("PP-P-PROFILE-MISMATCH", "/profile",
                                    "instellingen horen bij profiel '" + settings.profile + "', niet bij '" +
                                        profile.id + "'",
                                    "settings are for profile '" + settings.profile + "', not '" + profile.id + "'"));
  }
  check_local_field_types(settings.local_fields, problems);
  // R-MINIMUM: a municipality can make local choices, never switch off a minimum condition.
  std::vector<Problem> minimum;
  for (std::size_t i = 0; i < settings.disabled_rules.size(); ++i) {
    const auto& rule = settings.disabled_rules[i];
    if (profile.is_minimum_condition(rule)) {
      minimum.push_back(make_problem("PP-P-MINIMUM", "/disabled_rules/" + std::to_string(i),
                                     rule + " is een minimale voorwaarde van de regio en kan niet lokaal worden "
                                            "uitgezet",
                                     rule + " is a minimum condition of the region and cannot be switched off locally",
                                     "R-MINIMUM"));
    }
  }
  if (settings.local_choices.is_object()) {
    for (auto it = settings.local_choices.begin(); it != settings.local_choices.end(); ++it) {
      const std::string pointer = "/local_choices/" + json_pointer_escape(it.key());
      auto def = std::find_if(profile.local_choices.begin(), profile.local_choices.end(),
                              [&](const LocalChoiceDef& d) { return d.key == it.key(); });
      if (def == profile.local_choices.end()) {
        // A key that names a minimum condition is an attempt to override it.
        if (profile.is_minimum_condition(it.key())) {
          minimum.push_back(make_problem("PP-P-MINIMUM", pointer,
                                         it.key() + " is een minimale voorwaarde, geen lokale keuze",
                                         it.key() + " is a minimum condition, not a local choice", "R-MINIMUM"));
        } else {
          problems.push_back(make_problem("PP-P-UNKNOWN-CHOICE", pointer,
                                          "'" + it.key() + "' is geen lokale keuze in profiel " + profile.id,
                                          "'" + it.key() + "' is not a local choice of profile " + profile.id));
        }
        continue;
      }
      const bool allowed = def->allowed.empty()
                               ? same_json_kind(def->default_value, it.value())
                               : std::find(def->allowed.begin(), def->allowed.end(), it.value()) != def->allowed.end();
      if (!allowed) {
        problems.push_back(make_problem("PP-P-CHOICE-VALUE", pointer,
                                        "waarde " + it.value().dump() + " is niet toegestaan voor " + it.key(),
                                        "value " + it.value().dump() + " is not allowed for " + it.key()));
      }
    }
  } else {
    problems.push_back(make_problem("PP-S-TYPE", "/local_choices", "verwacht een object", "expected an object"));
  }
  if (!minimum.empty()) {
    minimum.insert(minimum.end(), problems.begin(), problems.end());
    const std::string pointer = minimum.front().pointer;
    const std::string message =
        "municipal settings would relax a minimum condition (R-MINIMUM): " + minimum.front().message_en;
    throw Error(ErrorCode::minimum_condition, message, pointer, std::move(minimum), {"R-MINIMUM"});
  }
  if (!problems.empty()) {
    const std::string pointer = problems.front().pointer;
    const std::string message = "municipal settings are not usable: " + problems.front().message_en;
    throw Error(ErrorCode::profile, message, pointer, std::move(problems));
  }
  return settings;
}

namespace {

// The embedded profiles, parsed once. Embedded data is immutable, so the parsed
// copies are too; a function-local static makes the first use thread-safe.
const std::vector<Json>& parsed_builtin_profiles() {
  static const std::vector<Json> parsed = [] {
    std::vector<Json> all;
    for (const auto& file : detail::embedded_files()) {
      if (file.name.rfind("profiles/", 0) == 0) all.push_back(parse_json(file.content));
    }
    return all;
  }();
  return parsed;
}

}  // namespace

std::vector<ProfileInfo> builtin_profiles() {
  std::vector<ProfileInfo> out;
  for (const Json& json : parsed_builtin_profiles()) {
    out.push_back(ProfileInfo{json.at("id").get<std::string>(),
                              Label{json.at("name").at("nl").get<std::string>(),
                                    json.at("name").at("en").get<std::string>()},
                              json.value("seeds", std::vector<std::string>{})});
  }
  return out;
}

const Json& builtin_profile_json(std::string_view id) {
  for (const Json& json : parsed_builtin_profiles()) {
    if (json.at("id").get<std::string>() == id) return json;
  }
  throw Error(ErrorCode::not_found, "no built-in region profile '" + std::string(id) + "'");
}

}  // namespace perspectief
