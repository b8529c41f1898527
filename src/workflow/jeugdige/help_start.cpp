#include "workflow/jeugdige/help_start.hpp"

#include <algorithm>

#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

std::vector<std::size_t> children_starting_help(const EventContext& context) {
  std::vector<std::size_t> out;
  const Plan& plan = context.plan();
  // Whether the event names a jeugdige is the payload's to say; when its effect refused
  // the one named (no such part, no provider, ...), help starts for nobody.
  const Json& payload = context.event.payload;
  const bool names_jeugdige = payload.is_object() && payload.contains("jeugdige");
  if (context.kind == EventKind::hulp_starten && !names_jeugdige) {
    for (std::size_t c = 0; c < plan.children.size(); ++c) {
      if (starts_with_family(plan.children[c])) out.push_back(c);
    }
    return out;
  }
  const bool names_one = context.kind == EventKind::hulp_starten ||
                         context.kind == EventKind::hulp_starten_na_overplaatsing ||
                         context.kind == EventKind::crisis_starten;
  if (!names_one || !context.has_candidate() || !context.outcome->jeugdige) return out;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    if (plan.children[c].jeugdige == *context.outcome->jeugdige) out.push_back(c);
  }
  return out;
}

bool starts_with_family(const ChildPart& child) {
  return child.aanbieder && !child.youth_care_closed.value_or(false);
}

bool any_in_segment_c(const Plan& plan, const std::vector<std::size_t>& children) {
  return std::any_of(children.begin(), children.end(),
                     [&](std::size_t c) { return segment_of(plan, plan.children[c]) == Segment::C; });
}

std::string names_of(const Plan& plan, const std::vector<std::size_t>& children) {
  std::string out;
  for (std::size_t c : children) {
    if (!out.empty()) out += ", ";
    out += display_name(plan, plan.children[c]);
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
