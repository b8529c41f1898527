// Region profiles and municipal settings (DOMAIN.md sections 4 and 5, R-MINIMUM).
//
// A region profile is data (profiles/*.json, embedded in the library): the
// leefgebieden, segments, blocks, ondersteuningsprofielen, terminology, which
// parts are regionally mandatory and which local, the workflow and the sharing
// policy. Its `minimum_conditions` are rules that no municipality may switch
// off; its `local_choices` are the settings a municipality may make.
// Municipal settings layer on one profile. Settings that would relax a minimum
// condition are refused when the engine loads (ErrorCode::minimum_condition).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief {

inline constexpr std::string_view kProfileFormat = "perspectief/profile@1";
inline constexpr std::string_view kSettingsFormat = "perspectief/settings@1";

struct Label {
  std::string nl;
  std::string en;
};

struct LeefgebiedDef {
  std::string code;
  Label label;
  Framework framework{};     // Jeugdwet, Wmo, Participatiewet (002, 003)
};

struct SupportProfileDef {   // ondersteuningsprofiel (004); crisis = profile 11 in 000
  std::string code;
  Label label;
  bool crisis = false;
};

struct AdditionDef {         // verblijf, ThuisPLUS, vervoer (004)
  std::string code;
  Label label;
  bool residential = false;  // counts as verblijf (R-REGIE-VERBLIJF)
};

// How an akkoord may be given, as evidence the dossier store keeps (digid_substantieel,
// natte_handtekening_gescand, mondeling_met_getuige, ...): the region's vocabulary.
struct AkkoordMethodDef {
  std::string code;
  Label label;
};

struct LocalFieldDef {       // R-LOCAL-FIELDS: a municipal field in plan.local_fields
  std::string key;
  std::string type;          // "string", "boolean", "integer", "date", "object", "array"
  Label label;
  bool required = false;
};

struct MinimumCondition {    // green boxes (002) / regionally mandatory (001)
  std::string rule;          // R-... id
  Label label;
};

struct LocalChoiceDef {      // blue boxes (002) / locally filled (001)
  std::string key;
  Label label;
  Json default_value;
  std::vector<Json> allowed; // empty = any value of the default's JSON type
};

struct RegionProfile {
  std::string format;
  std::string id;
  Label name;
  std::vector<std::string> seeds;           // source documents, e.g. "000"
  std::vector<std::string> municipalities;
  PlanType plan_term{};                      // what the region calls the plan
  std::vector<PlanType> accepted_plan_types; // documents that count as the plan
  std::vector<LeefgebiedDef> leefgebieden;
  std::vector<Segment> segments;
  std::vector<std::int64_t> intensity_blocks;
  std::vector<SupportProfileDef> support_profiles;
  std::vector<AdditionDef> additions;
  std::vector<AkkoordMethodDef> akkoord_methods;  // how an akkoord may be given (store evidence)
  std::vector<std::string> mandatory_parts;  // JSON pointers (plan-relative) of regionally mandatory parts
  std::vector<std::string> local_parts;      // parts each municipality fills in itself ("yellow", 001)
  std::vector<MinimumCondition> minimum_conditions;
  std::vector<LocalChoiceDef> local_choices;
  std::vector<LocalFieldDef> local_fields;
  Json workflow = Json::object();            // compiled by the workflow component
  Json policy = Json::object();              // compiled by the sharing component
  Json unknown_fields = Json::object();

  const LeefgebiedDef* find_leefgebied(std::string_view code) const;
  const SupportProfileDef* find_support_profile(std::string_view code) const;
  bool is_minimum_condition(std::string_view rule) const;
};

struct MunicipalSettings {
  std::string format;
  std::string profile;                        // must equal the region profile's id
  std::string municipality;
  Json local_choices = Json::object();        // key -> value, keys from the profile's local_choices
  std::vector<LocalFieldDef> local_fields;    // added to the profile's
  std::vector<std::string> disabled_rules;    // optional rules switched off; never a minimum condition
  Json unknown_fields = Json::object();
};

// Reads a profile document; throws Error(profile) with every problem found.
RegionProfile profile_from_json(const Json& json);
Json profile_to_json(const RegionProfile& profile);

// Reads settings; checks them against the profile. Throws Error(minimum_condition)
// when they would switch off or override a minimum condition, Error(profile) otherwise.
MunicipalSettings settings_from_json(const Json& json, const RegionProfile& profile);

// The region profiles compiled into the library.
struct ProfileInfo {
  std::string id;
  Label name;
  std::vector<std::string> seeds;
};
std::vector<ProfileInfo> builtin_profiles();
// The embedded profile document with that id; throws Error(not_found).
const Json& builtin_profile_json(std::string_view id);

}  // namespace perspectief
