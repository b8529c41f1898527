#include "workflow/regie/regie_scope.hpp"

#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

bool is_residential(const Engine& engine, const ChildPart& child) {
  if (!child.ondersteuningsprofiel) return false;
  for (const std::string& code : child.ondersteuningsprofiel->additions) {
    for (const AdditionDef& def : engine.profile().additions) {
      if (def.code == code && def.residential) return true;
    }
  }
  return false;
}

bool regie_required(const Engine& engine, const Plan& plan, const ChildPart& child) {
  const Json& wider = engine.local_choice("regie_breder_inzetten");
  const bool in_scope = !in_dwangkader(plan, child) || (wider.is_boolean() && wider.get<bool>());
  return in_scope && is_residential(engine, child);
}

}  // namespace perspectief::workflow
