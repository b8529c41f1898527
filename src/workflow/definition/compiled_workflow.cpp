// Look-ups on the compiled workflow of a loaded engine.
#include "workflow/definition/compiled_workflow.hpp"

#include "engine_state.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {

const CompiledWorkflow& compiled(const Engine& engine) { return *detail::state_of(engine).workflow; }

bool CompiledWorkflow::guards_with(std::string_view rule) const {
  for (const CompiledTransition& transition : transitions) {
    for (const GuardDef* guard : transition.guards) {
      if (guard->rule == rule) return true;
    }
  }
  return false;
}

}  // namespace perspectief::workflow
