// The JSON names of every model field, listed once; reading and writing the
// plan derive from these lists (see json_mapping.hpp).
#include "model/plan_fields.hpp"
#include "core/refusal.hpp"

#include <algorithm>

#include "model/plan_migration.hpp"
#include "model/plan_text_reader.hpp"
#include "model/text_mapping.hpp"

namespace perspectief {

using detail::Reader;

Plan plan_from_json(const Json& input) {
  // An older format is read through its migration (plan_migration.hpp); the rest of
  // the library knows only the current one.
  const Json json = detail::migrate_plan_document(input);
  std::vector<Problem> problems;
  Reader reader(problems);
  Plan plan;
  detail::read(json, plan, reader);
  // Since perspectief/plan@2 segment and kader belong to each jeugdige. Kept as unknown
  // members they would silently mean nothing, which R-SEG-KNOWN forbids: refused.
  for (std::string_view moved : detail::kMovedToJeugdige) {
    if (plan.format != kPlanFormat) break;  // another format is refused below, for what it is
    const std::string name(moved);
    if (!plan.unknown_fields.is_object() || !plan.unknown_fields.contains(name)) continue;
    problems.push_back(Problem{"PP-S-PER-JEUGDIGE", "/" + name,
                               "sinds " + std::string(kPlanFormat) + " hoort '" + name +
                                   "' bij elke jeugdige (children/i/" + name + "), niet bij het plan",
                               "since " + std::string(kPlanFormat) + " '" + name +
                                   "' belongs to each jeugdige (children/i/" + name + "), not to the plan",
                               "R-SEG-KNOWN"});
  }
  refuse_if_any(ErrorCode::schema, "plan does not have the expected shape", std::move(problems));
  if (plan.format != kPlanFormat) {
    throw Error(ErrorCode::schema,
                "unsupported plan format '" + plan.format + "'; this library reads '" + std::string(kPlanFormat) + "'",
                "/format",
                {Problem{"PP-S-FORMAT", "/format", "onbekend formaat '" + plan.format + "'",
                         "unsupported format '" + plan.format + "'", {}}});
  }
  return plan;
}

Plan plan_from_text(std::string_view text, const JsonLimits& limits) {
  // Straight into the typed model when the text is an ordinary plan (plan_text_reader.hpp);
  // anything else is read through the tree, which says exactly what is wrong with it.
  if (std::optional<Plan> plan = detail::read_plan_text(text, limits)) return std::move(*plan);
  return plan_from_json(parse_json(text, limits));
}

Json plan_to_json(const Plan& plan) { return detail::write(plan); }

std::string plan_to_canonical(const Plan& plan) {
  // Straight to text (text_mapping.hpp): the same bytes as canonical_json(plan_to_json(plan)).
  std::string out;
  detail::write_text(plan, out);
  return out;
}

JsonExtent plan_extent(const Plan& plan) { return detail::extent_of(plan); }

const Member* find_member(const Plan& plan, std::string_view member_id) {
  const auto& members = plan.family.members;
  auto it = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == member_id; });
  return it == members.end() ? nullptr : &*it;
}

const ChildPart* find_child_part(const Plan& plan, std::string_view jeugdige_id) {
  auto it = std::find_if(plan.children.begin(), plan.children.end(),
                         [&](const ChildPart& c) { return c.jeugdige == jeugdige_id; });
  return it == plan.children.end() ? nullptr : &*it;
}

}  // namespace perspectief
