#include "workflow/help_start.hpp"

namespace perspectief::workflow {

std::vector<std::size_t> children_starting_help(const EventContext& context) {
  std::vector<std::size_t> out;
  const Plan& plan = context.plan();
  if (context.kind == EventKind::hulp_starten) {
    for (std::size_t c = 0; c < plan.children.size(); ++c) {
      const ChildPart& child = plan.children[c];
      if (child.aanbieder && !child.youth_care_closed.value_or(false)) out.push_back(c);
    }
    return out;
  }
  const bool names_one =
      context.kind == EventKind::hulp_starten_na_overplaatsing || context.kind == EventKind::crisis_starten;
  if (!names_one || !context.has_candidate() || !context.outcome->jeugdige) return out;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    if (plan.children[c].jeugdige == *context.outcome->jeugdige) out.push_back(c);
  }
  return out;
}

bool runs_on(const Toewijzing& toewijzing, std::string_view day) {
  return toewijzing.start.value <= day && (!toewijzing.end || toewijzing.end->value >= day);
}

const Toewijzing* running_toewijzing(const ChildPart& child, std::string_view aanbieder, std::string_view day) {
  for (const Toewijzing& t : child.toewijzingen) {
    if (t.aanbieder == aanbieder && runs_on(t, day)) return &t;
  }
  return nullptr;
}

}  // namespace perspectief::workflow
