#include "workflow/content/amend_content.hpp"

#include <algorithm>

#include "model/plan_shape.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

bool named(const std::vector<std::string_view>& members, std::string_view name) {
  return std::find(members.begin(), members.end(), name) != members.end();
}

}  // namespace

std::optional<std::vector<std::string_view>> patched_content_members(const Json& merge_patch) {
  if (!merge_patch.is_object()) return std::nullopt;
  for (auto it = merge_patch.begin(); it != merge_patch.end(); ++it) {
    if (!detail::field_shape<Plan>(it.key()) || is_controlled_plan_member(it.key())) return std::nullopt;
  }
  std::vector<std::string_view> members;
  detail::for_each_field<Plan>([&](const auto& f) {
    if (merge_patch.contains(f.name)) members.push_back(f.name);
  });
  return members;
}

Json content_members_json(const Plan& plan, const std::vector<std::string_view>& members) {
  Json out = Json::object();
  detail::for_each_field<Plan>([&](const auto& f) {
    if (!named(members, f.name)) return;
    const std::string name(f.name);
    // As write_value writes the plan: an unknown member of the same name only where the
    // field itself is not written.
    if (detail::writes_field(plan, f)) {
      out[name] = detail::write(detail::written_value(plan.*(f.member)));
    } else if (plan.unknown_fields.is_object() && plan.unknown_fields.contains(name)) {
      out[name] = plan.unknown_fields[name];
    }
  });
  if (auto children = out.find("children"); children != out.end() && children->is_array()) {
    for (Json& child : *children) {
      detail::for_each_field<ChildPart>([&](const auto& field) {
        if (field.shape.setter == detail::Setter::workflow) child.erase(std::string(field.name));
      });
    }
  }
  return out;
}

std::vector<Problem> read_content_members(const Json& after, const std::vector<std::string_view>& members,
                                          Plan& plan) {
  static const Plan defaults;
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  detail::for_each_field<Plan>([&](const auto& f) {
    if (!named(members, f.name)) return;
    plan.*(f.member) = defaults.*(f.member);
    detail::read_field(after, f, plan.*(f.member), reader);
  });
  return problems;
}

}  // namespace perspectief::workflow
