// Reading one member of a JSON value that need not be an object, without a schema
// error: what the readers of stored documents need when a wrong shape simply means
// "not there" - history payloads (workflow/pipeline/history_facts.cpp), plan format
// migration (model/plan_migration.cpp), personal-content markers
// (model/personal_content.cpp) and the store's rows and requests (store/). Reading
// input that must have a shape is json_mapping.hpp's job, which reports problems.
// (nlohmann's value() is no substitute: it throws when the member has another type.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "perspectief/json.hpp"

namespace perspectief {

// object[key] when `object` is an object whose member `key` is a string; else nullopt.
inline std::optional<std::string> string_member(const Json& object, std::string_view key) {
  if (!object.is_object()) return std::nullopt;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// As string_member, with "" for a member that is absent, null or not a string.
inline std::string text_member(const Json& object, std::string_view key) {
  return string_member(object, key).value_or(std::string());
}

// object[key] is `true` (absent, null and any other value count as false).
inline bool flag_member(const Json& object, std::string_view key) {
  if (!object.is_object()) return false;
  const auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

// object[key] is there and not null.
inline bool has_member(const Json& object, std::string_view key) {
  if (!object.is_object()) return false;
  const auto it = object.find(key);
  return it != object.end() && !it->is_null();
}

}  // namespace perspectief
