#include "workflow/content/youth_care_need.hpp"

#include <array>
#include <string_view>

#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

bool set_by_provider(const Json& result) {
  auto by = result.find("set_by");
  if (by == result.end() || !by->is_object()) return false;
  auto role = by->find("role");
  if (role == by->end() || !role->is_string()) return false;
  const auto parsed = enum_from_string<Role>(role->get<std::string>());
  return parsed && is_provider_role(*parsed);
}

// A result that states a youth-care need: Jeugdwet framework, not a provider's own.
bool is_need(const Json& result, const RegionProfile& profile) {
  return result.is_object() && !set_by_provider(result) && result_framework(result, profile) == Framework::jeugdwet;
}

bool asks_differently(const Json& before, const Json& after) {
  static constexpr std::array<std::string_view, 4> kWhat = {"description", "leefgebied", "performer", "framework"};
  for (std::string_view key : kWhat) {
    const std::string k(key);
    const Json a = before.contains(k) ? before[k] : Json();
    const Json b = after.contains(k) ? after[k] : Json();
    if (a != b) return true;
  }
  return false;
}

bool part_has_need(const Json& part, const RegionProfile& profile) {
  auto results = part.find("results");
  if (results == part.end() || !results->is_array()) return false;
  for (const Json& result : *results) {
    if (is_need(result, profile)) return true;
  }
  return false;
}

}  // namespace

bool creates_youth_care_need(const std::vector<ContentChange>& changes, const RegionProfile& profile) {
  for (const ContentChange& change : changes) {
    if (change.unit == ChangeUnit::child_part) {
      const Json& part = change.kind == ChangeKind::added ? change.after : change.before;
      if (part.is_object() && part_has_need(part, profile)) return true;
      continue;
    }
    if (change.unit != ChangeUnit::result) continue;
    switch (change.kind) {
      case ChangeKind::added:
        if (is_need(change.after, profile)) return true;
        break;
      case ChangeKind::removed:
        if (is_need(change.before, profile)) return true;
        break;
      case ChangeKind::changed:
        if ((is_need(change.before, profile) || is_need(change.after, profile)) &&
            asks_differently(change.before, change.after)) {
          return true;
        }
        break;
    }
  }
  return false;
}

}  // namespace perspectief::workflow
