// The Engine: a loaded region profile + municipal settings + compiled workflow
// and sharing policy. It is immutable once built and safe to share between
// threads; copies are cheap (they share the loaded state).
//
// The operations take the engine and a plan: parse_plan and validate here, the
// workflow in workflow.hpp, the sharing rules in sharing.hpp, tables in
// analysis.hpp. The same operations on JSON documents, as the C ABI and every
// binding pass them, are in json_api.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/profile.hpp"

namespace perspectief {

class Engine;
namespace detail {
// What a loaded engine holds: private to the core (src/engine_state.hpp), whose
// components reach it through state_of.
struct EngineState;
const EngineState& state_of(const Engine& engine);
}  // namespace detail

struct EngineOptions {
  JsonLimits limits{};
};

class Engine {
 public:
  // Loads a profile document and optional municipal settings (R-MINIMUM is
  // enforced here). Throws Error(profile | minimum_condition | schema).
  static Engine load(const Json& profile, const Json* settings = nullptr, const EngineOptions& options = {});
  static Engine load_text(std::string_view profile_json, std::optional<std::string_view> settings_json = std::nullopt,
                          const EngineOptions& options = {});
  // One of the embedded region profiles, by id (see builtin_profiles()).
  static Engine load_builtin(std::string_view profile_id, const Json* settings = nullptr,
                             const EngineOptions& options = {});

  const RegionProfile& profile() const;
  const std::optional<MunicipalSettings>& settings() const;
  // The value of a local choice: the municipality's setting, else the profile's default.
  const Json& local_choice(std::string_view key) const;
  // The profile's and the municipality's local fields together.
  const std::vector<LocalFieldDef>& local_fields() const;
  // Whether a rule is in force: minimum conditions always are; other rules unless disabled.
  bool rule_enabled(std::string_view rule) const;
  const WorkingDayCalendar& calendar() const;
  const JsonLimits& limits() const;

  // ---- Plan (src/model/) ----
  // Parses plan JSON text (with the engine's limits). Throws Error(schema) with all problems.
  Plan parse_plan(std::string_view text) const;
  // Every semantic problem in the plan against this engine's profile; empty = valid.
  std::vector<Problem> validate(const Plan& plan) const;

 private:
  friend const detail::EngineState& detail::state_of(const Engine& engine);
  explicit Engine(std::shared_ptr<const detail::EngineState> state) : state_(std::move(state)) {}
  std::shared_ptr<const detail::EngineState> state_;
};

}  // namespace perspectief
