// Engine members for the workflow (first linking version; built out in src/workflow/).
#include <memory>

#include "engine_state.hpp"
#include "workflow/compiled_workflow.hpp"

namespace perspectief {

namespace workflow {
std::shared_ptr<const CompiledWorkflow> compile(const Engine::State& /*state*/) {
  return std::make_shared<const CompiledWorkflow>();
}
}  // namespace workflow

Json Engine::available_events(const Plan& /*plan*/, const Json& /*actor*/, std::string_view /*at*/) const {
  return Json::array();
}
Plan Engine::apply_event(const Plan& plan, const Json& /*event*/) const { return plan; }
Plan Engine::replay(const Plan& plan) const { return plan; }
Json Engine::deadlines(const Plan& /*plan*/, std::string_view /*at*/) const { return Json::array(); }
std::string Engine::workflow_diagram(std::string_view /*format*/) const { return {}; }

}  // namespace perspectief
