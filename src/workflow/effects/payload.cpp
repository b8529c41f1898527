#include "workflow/effects/payload.hpp"

namespace perspectief::workflow {

std::optional<std::size_t> find_child(const Plan& plan, std::string_view jeugdige, Findings& findings,
                                      std::string_view pointer) {
  for (std::size_t i = 0; i < plan.children.size(); ++i) {
    if (plan.children[i].jeugdige == jeugdige) return i;
  }
  findings.add("PP-W-JEUGDIGE", std::string(pointer),
               "het plan heeft geen individueel deel voor jeugdige '" + std::string(jeugdige) + "'",
               "the plan has no individual part for jeugdige '" + std::string(jeugdige) + "'");
  return std::nullopt;
}

}  // namespace perspectief::workflow
