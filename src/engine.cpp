// Loading an Engine: profile + settings -> immutable shared state.
#include "perspectief/engine.hpp"

#include <algorithm>

#include "engine_state.hpp"
#include "workflow/definition/role_model.hpp"

namespace perspectief {
namespace {

HolidaySettings holiday_settings(const Json& choices) {
  // Goede Vrijdag and Bevrijdingsdag are local choices (see calendar.hpp for why).
  HolidaySettings holidays;
  if (auto it = choices.find("goede_vrijdag_vrij"); it != choices.end() && it->is_boolean()) {
    holidays.goede_vrijdag = it->get<bool>();
  }
  if (auto it = choices.find("bevrijdingsdag_vrij"); it != choices.end() && it->is_string()) {
    const auto value = it->get<std::string>();
    if (value == "nooit") holidays.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::never;
    if (value == "lustrum") holidays.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::lustrum;
    if (value == "altijd") holidays.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::always;
  }
  return holidays;
}

}  // namespace

Engine Engine::load(const Json& profile_json, const Json* settings_json, const EngineOptions& options) {
  auto state = std::make_shared<detail::EngineState>();
  state->options = options;
  state->profile = profile_from_json(profile_json);
  for (const auto& choice : state->profile.local_choices) state->local_choices[choice.key] = choice.default_value;
  state->local_fields = state->profile.local_fields;
  if (settings_json != nullptr && !settings_json->is_null()) {
    state->settings = settings_from_json(*settings_json, state->profile);
    for (auto it = state->settings->local_choices.begin(); it != state->settings->local_choices.end(); ++it) {
      state->local_choices[it.key()] = it.value();
    }
    state->local_fields.insert(state->local_fields.end(), state->settings->local_fields.begin(),
                               state->settings->local_fields.end());
    state->disabled_rules = state->settings->disabled_rules;
  }
  state->calendar = WorkingDayCalendar(holiday_settings(state->local_choices));
  state->workflow = workflow::compile(*state);
  state->policy = sharing::compile(*state);
  workflow::check_role_model(*state->workflow, *state->policy);
  return Engine(std::move(state));
}

Engine Engine::load_text(std::string_view profile_json, std::optional<std::string_view> settings_json,
                         const EngineOptions& options) {
  const Json profile = parse_json(profile_json, options.limits);
  if (!settings_json) return load(profile, nullptr, options);
  const Json settings = parse_json(*settings_json, options.limits);
  return load(profile, &settings, options);
}

Engine Engine::load_builtin(std::string_view profile_id, const Json* settings, const EngineOptions& options) {
  return load(builtin_profile_json(profile_id), settings, options);
}

const RegionProfile& Engine::profile() const { return state_->profile; }
const std::optional<MunicipalSettings>& Engine::settings() const { return state_->settings; }
const std::vector<LocalFieldDef>& Engine::local_fields() const { return state_->local_fields; }
const WorkingDayCalendar& Engine::calendar() const { return state_->calendar; }
const JsonLimits& Engine::limits() const { return state_->options.limits; }

const Json& Engine::local_choice(std::string_view key) const {
  static const Json null_value;
  auto it = state_->local_choices.find(key);
  return it == state_->local_choices.end() ? null_value : *it;
}

bool Engine::rule_enabled(std::string_view rule) const {
  if (state_->profile.is_minimum_condition(rule)) return true;
  return std::find(state_->disabled_rules.begin(), state_->disabled_rules.end(), rule) == state_->disabled_rules.end();
}

Plan Engine::parse_plan(std::string_view text) const { return plan_from_text(text, state_->options.limits); }

}  // namespace perspectief
