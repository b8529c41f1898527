#include "workflow/content/plan_content.hpp"

#include <algorithm>
#include <array>

#include "core/canonical_text.hpp"
#include "model/plan_migration.hpp"
#include "model/plan_shape.hpp"
#include "model/text_mapping.hpp"
#include "perspectief/workflow.hpp"
#include "crypto/sha256.hpp"

namespace perspectief::workflow {
namespace {

using detail::Setter;

// Who sets a member, as the plan's field list (plan_fields.hpp) declares it.
std::optional<Setter> plan_setter(std::string_view key) {
  const auto shape = detail::field_shape<Plan>(key);
  return shape ? std::optional<Setter>(shape->setter) : std::nullopt;
}
std::optional<Setter> child_setter(std::string_view key) {
  const auto shape = detail::field_shape<ChildPart>(key);
  return shape ? std::optional<Setter>(shape->setter) : std::nullopt;
}

bool is_content(Setter setter) { return setter == Setter::content || setter == Setter::standing_fact; }

// Neither at creation nor by a change: only its own event, or the workflow.
bool is_event_only(Setter setter) { return setter == Setter::event || setter == Setter::workflow; }

}  // namespace

bool is_bookkeeping_member(std::string_view key) { return plan_setter(key) == Setter::workflow; }
bool is_controlled_plan_member(std::string_view key) {
  const auto setter = plan_setter(key);
  if (setter) return !is_content(*setter);
  return std::find(detail::kMovedToJeugdige.begin(), detail::kMovedToJeugdige.end(), key) !=
         detail::kMovedToJeugdige.end();
}
bool is_controlled_child_member(std::string_view key) {
  const auto setter = child_setter(key);
  return setter && !is_content(*setter);
}
bool is_event_child_member(std::string_view key) {
  const auto setter = child_setter(key);
  return setter && is_event_only(*setter);
}
bool is_bookkeeping_child_member(std::string_view key) { return child_setter(key) == Setter::workflow; }
bool is_genesis_forbidden_member(std::string_view key) {
  const auto setter = plan_setter(key);
  return setter && is_event_only(*setter);
}

std::string_view event_setting(std::string_view key) {
  if (const auto shape = detail::field_shape<Plan>(key)) return shape->event;
  if (const auto shape = detail::field_shape<ChildPart>(key)) return shape->event;
  return {};
}

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
  detail::for_each_field<Plan>([&](const auto& field) {
    if (field.shape.setter == Setter::workflow) json.erase(std::string(field.name));
  });
  if (auto children = json.find("children"); children != json.end()) {
    for (Json& child : *children) {
      detail::for_each_field<ChildPart>([&](const auto& field) {
        if (field.shape.setter == Setter::workflow) child.erase(std::string(field.name));
      });
    }
  }
  return json;
}

namespace {

// A plan or a jeugdige's part as text without the workflow's fields, as content_json
// erases them: each is omitted with the unknown member of its name.
template <class T>
void write_content_text(const T& value, std::string& out) {
  detail::ObjectText object(out, detail::unknown_members_of(value));
  detail::for_each_field_by_name<T>([&](const auto& field, std::size_t) {
    using Member = std::remove_cvref_t<decltype(value.*(field.member))>;
    if (field.shape.setter == Setter::workflow) {
      object.omit(field.name);
    } else if constexpr (std::is_same_v<Member, SharedVector<ChildPart>>) {
      if (!detail::writes_field(value, field)) return;
      detail::ListText list(object.member(field.name));
      for (const ChildPart& child : value.*(field.member)) write_content_text(child, list.item());
      list.close();
    } else {
      detail::write_field_text(value, field, object);
    }
  });
  object.close();
}

}  // namespace

std::string content_text(const Plan& plan) {
  std::string out;
  write_content_text(plan, out);
  return out;
}

std::string content_sha256(const Plan& plan) { return crypto::sha256_hex(content_text(plan)); }

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
      detail::for_each_field<ChildPart>([&](const auto& field) {
        if (is_event_child_member(field.name)) child.erase(std::string(field.name));
      });
    }
  }
  return out;
}

}  // namespace perspectief::workflow
