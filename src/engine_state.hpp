// What a loaded Engine holds. Private to the core: components reach it through
// detail::state_of(engine); the public header only names it.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "perspectief/engine.hpp"

namespace perspectief {

namespace workflow {
class CompiledWorkflow;  // src/workflow/definition
}
namespace sharing {
class CompiledPolicy;  // src/sharing/policy
}

struct detail::EngineState {
  RegionProfile profile;
  std::optional<MunicipalSettings> settings;
  Json local_choices = Json::object();            // defaults overlaid with the municipality's choices
  std::vector<LocalFieldDef> local_fields;         // profile + municipality
  std::vector<std::string> disabled_rules;
  WorkingDayCalendar calendar;
  EngineOptions options;
  std::shared_ptr<const workflow::CompiledWorkflow> workflow;
  std::shared_ptr<const sharing::CompiledPolicy> policy;
};

inline const detail::EngineState& detail::state_of(const Engine& engine) { return *engine.state_; }

namespace workflow {
// Compiles the profile's workflow section; throws Error(profile) with pointers under /workflow.
std::shared_ptr<const CompiledWorkflow> compile(const detail::EngineState& state);
}  // namespace workflow

namespace sharing {
// Compiles the profile's policy section; throws Error(profile) with pointers under /policy.
std::shared_ptr<const CompiledPolicy> compile(const detail::EngineState& state);
}  // namespace sharing

}  // namespace perspectief
