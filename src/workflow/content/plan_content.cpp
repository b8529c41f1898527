#include "workflow/content/plan_content.hpp"

#include <algorithm>
#include <array>

#include "model/plan_fields.hpp"
#include "perspectief/workflow.hpp"
#include "crypto/sha256.hpp"

namespace perspectief::workflow {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

constexpr std::array<std::string_view, 5> kBookkeeping = {"status", "version", "history", "versions", "akkoorden"};
constexpr std::array<std::string_view, 11> kControlledPlan = {"format",   "id",          "profile",  "municipality",
                                                             "plan_type", "segment",    "kader",    "entry_route",
                                                             "referrer",  "regie",      "assignments"};
constexpr std::array<std::string_view, 7> kEventChild = {"ondersteuningsprofiel", "aanbieder",     "toewijzingen",
                                                         "evaluations",           "youth_care_closed", "kader_changes",
                                                         "help"};

}  // namespace

bool is_bookkeeping_member(std::string_view key) { return contains(kBookkeeping, key); }
bool is_controlled_plan_member(std::string_view key) {
  return contains(kBookkeeping, key) || contains(kControlledPlan, key);
}
bool is_controlled_child_member(std::string_view key) {
  return contains(kEventChild, key) || key == "segment" || key == "kader";
}
bool is_event_child_member(std::string_view key) { return contains(kEventChild, key); }
bool is_bookkeeping_child_member(std::string_view key) { return key == "help"; }
bool is_genesis_forbidden_member(std::string_view key) { return contains(kBookkeeping, key) || key == "regie"; }

Framework result_framework(const Json& result, const RegionProfile& profile) {
  if (auto it = result.find("framework"); it != result.end() && it->is_string()) {
    if (auto framework = enum_from_string<Framework>(it->get<std::string>())) return *framework;
  }
  if (auto it = result.find("leefgebied"); it != result.end() && it->is_string()) {
    if (const LeefgebiedDef* def = profile.find_leefgebied(it->get<std::string>())) return def->framework;
  }
  return Framework::overig;
}

Framework result_framework(const Result& result, const RegionProfile& profile) {
  if (result.framework) return *result.framework;
  const LeefgebiedDef* def = profile.find_leefgebied(result.leefgebied);
  return def ? def->framework : Framework::overig;
}

bool is_provider_role(Role role) { return role == Role::hoofdaannemer || role == Role::onderaannemer; }

bool is_open(const Result& result) { return !result.status || *result.status == ResultStatus::open; }

bool is_current_version_fixed(const Plan& plan) {
  return !plan.versions.empty() && plan.versions.back().version == plan.version;
}

// Copies every field but the bookkeeping ones into an empty plan and writes that: the
// history (which holds the genesis payload) is neither copied nor serialised, so the
// cost follows the content, not the length of the history.
Json content_json(const Plan& plan) {
  Plan shell;
  std::apply(
      [&](const auto&... field) {
        ((is_bookkeeping_member(field.name) ? void() : void(shell.*(field.member) = plan.*(field.member))), ...);
      },
      detail::Fields<Plan>::fields);
  shell.unknown_fields = plan.unknown_fields;
  Json json = plan_to_json(shell);
  for (std::string_view key : kBookkeeping) json.erase(std::string(key));
  if (auto children = json.find("children"); children != json.end()) {
    for (Json& child : *children) child.erase("help");
  }
  return json;
}

std::string content_sha256(const Plan& plan) { return crypto::sha256_hex(canonical_json(content_json(plan))); }

Json initial_content(const Json& plan_document) {
  if (!plan_document.is_object()) return plan_document;
  Json out = plan_document;
  for (auto it = out.begin(); it != out.end();) {
    if (is_genesis_forbidden_member(it.key())) {
      it = out.erase(it);
    } else {
      ++it;
    }
  }
  if (auto children = out.find("children"); children != out.end() && children->is_array()) {
    for (Json& child : *children) {
      if (!child.is_object()) continue;
      for (std::string_view key : kEventChild) child.erase(std::string(key));
    }
  }
  return out;
}

}  // namespace perspectief::workflow
