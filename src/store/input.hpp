// Reading the small JSON documents the store takes (akkoord evidence, destruction
// requests, log records): every problem is an Error with code, message and pointer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/json_member.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/time.hpp"

namespace perspectief::store {

inline void require_object(const Json& value, std::string_view what) {
  if (!value.is_object()) throw Error(ErrorCode::schema, std::string(what) + " is not a JSON object", "");
}

inline std::optional<std::string> optional_text(const Json& object, const char* name, std::string_view what) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    throw Error(ErrorCode::schema, std::string(what) + ": '" + name + "' is not a non-empty string",
                "/" + std::string(name));
  }
  return it->get<std::string>();
}

inline std::string required_text(const Json& object, const char* name, std::string_view what) {
  auto value = optional_text(object, name, what);
  if (!value) throw Error(ErrorCode::schema, std::string(what) + ": '" + name + "' is missing", "/" + std::string(name));
  return *value;
}

inline std::string required_moment(const Json& object, const char* name, std::string_view what) {
  std::string value = required_text(object, name, what);
  if (!parse_moment(value)) {
    throw Error(ErrorCode::schema,
                std::string(what) + ": '" + name + "' is not an RFC 3339 moment with offset: '" + value + "'",
                "/" + std::string(name));
  }
  return value;
}

inline void require_moment_argument(std::string_view at, const char* parameter) {
  if (!parse_moment(at)) {
    throw Error(ErrorCode::invalid_argument,
                std::string(parameter) + " is not an RFC 3339 moment with offset: '" + std::string(at) + "'");
  }
}

inline std::int64_t required_integer(const Json& object, const char* name, std::string_view what) {
  auto it = object.find(name);
  if (it == object.end()) {
    throw Error(ErrorCode::schema, std::string(what) + ": '" + name + "' is missing", "/" + std::string(name));
  }
  if (!it->is_number_integer()) {
    throw Error(ErrorCode::schema, std::string(what) + ": '" + name + "' is not an integer", "/" + std::string(name));
  }
  return it->get<std::int64_t>();
}

}  // namespace perspectief::store
