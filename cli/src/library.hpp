// The CLI's view of libperspectief: small RAII wrappers over the C ABI
// (perspectief.h) and nothing else. The CLI never includes the C++ core, so
// that it exercises exactly what a C, Java or C# host gets.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "perspectief/perspectief.h"

namespace cli {

using Json = nlohmann::json;

// A failed library call: the thread's last error, copied.
class LibraryError : public std::runtime_error {
 public:
  LibraryError(pp_status status, const std::string& message, std::string pointer, Json detail)
      : std::runtime_error(message), status_(status), pointer_(std::move(pointer)), detail_(std::move(detail)) {}
  pp_status status() const { return status_; }
  const std::string& pointer() const { return pointer_; }
  // {"code","name","message","pointer","problems":[...],"rules":[...]}
  const Json& detail() const { return detail_; }

 private:
  pp_status status_;
  std::string pointer_;
  Json detail_;
};

// Throws LibraryError built from the last error unless status is PP_OK.
void check(pp_status status);

// Calls `call(&out)` for a function that returns a string, and returns the
// string (freed with pp_string_free whatever happens).
template <class Call>
std::string string_result(Call&& call) {
  char* out = nullptr;
  const pp_status status = call(&out);
  std::unique_ptr<char, decltype(&pp_string_free)> owned(out, &pp_string_free);
  check(status);
  return std::string(owned.get());
}

class Engine {
 public:
  // A built-in profile by id, with optional municipal settings (document text).
  static Engine builtin(const std::string& profile_id, const std::optional<std::string>& settings_json);
  // A profile document and optional settings document read from files.
  static Engine from_files(const std::string& profile_path, const std::optional<std::string>& settings_path);
  const pp_engine* get() const { return handle_.get(); }

 private:
  explicit Engine(pp_engine* handle) : handle_(handle, &pp_engine_destroy) {}
  std::unique_ptr<pp_engine, decltype(&pp_engine_destroy)> handle_;
};

class Plan {
 public:
  static Plan parse(const Engine& engine, const std::string& json);
  // Takes ownership of a plan the library returned.
  explicit Plan(pp_plan* handle) : handle_(handle, &pp_plan_destroy) {}
  const pp_plan* get() const { return handle_.get(); }
  std::string json() const;

 private:
  std::unique_ptr<pp_plan, decltype(&pp_plan_destroy)> handle_;
};

// Calls `call(&out)` for a function that returns a new plan.
template <class Call>
Plan plan_result(Call&& call) {
  pp_plan* out = nullptr;
  const pp_status status = call(&out);
  Plan plan(out);
  check(status);
  return plan;
}

// The canonical form of JSON text (pp_json_canonicalize).
std::string canonical(const std::string& json);
std::string canonical(const Json& json);
// JSON text a user gave the tool (a scenario, a case file), read by the library
// so that a syntax error is reported in the library's words (LibraryError).
Json parse_text(const std::string& text);

}  // namespace cli
