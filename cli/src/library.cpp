#include "library.hpp"

namespace cli {

void check(pp_status status) {
  if (status == PP_OK) return;
  Json detail = Json::parse(pp_last_error_detail(), nullptr, /*allow_exceptions=*/false);
  if (detail.is_discarded()) detail = Json::object();
  throw LibraryError(status, pp_last_error_message(), pp_last_error_pointer(), std::move(detail));
}

namespace {
const char* optional_text(const std::optional<std::string>& text) { return text ? text->c_str() : nullptr; }
}  // namespace

Engine Engine::builtin(const std::string& profile_id, const std::optional<std::string>& settings_json) {
  pp_engine* handle = nullptr;
  check(pp_engine_create_builtin(profile_id.c_str(), optional_text(settings_json), nullptr, &handle));
  return Engine(handle);
}

Engine Engine::from_files(const std::string& profile_path, const std::optional<std::string>& settings_path) {
  pp_engine* handle = nullptr;
  check(pp_engine_create_from_file(profile_path.c_str(), optional_text(settings_path), nullptr, &handle));
  return Engine(handle);
}

Plan Plan::parse(const Engine& engine, const std::string& json) {
  return plan_result([&](pp_plan** out) { return pp_plan_parse(engine.get(), json.c_str(), out); });
}

std::string Plan::json() const {
  return string_result([&](char** out) { return pp_plan_to_json(get(), out); });
}

std::string canonical(const std::string& json) {
  return string_result([&](char** out) { return pp_json_canonicalize(json.c_str(), out); });
}

std::string canonical(const Json& json) { return canonical(json.dump()); }

Json parse_text(const std::string& text) { return Json::parse(canonical(text)); }

}  // namespace cli
