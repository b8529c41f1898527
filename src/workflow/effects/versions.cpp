// versie_vaststellen: fixes the current version (000: the lokale team keeps the
// vastgestelde/ondertekende version). The record carries the SHA-256 of the canonical
// content, so an accountant can check that a stored text is the one agreed to.
// Fixing an already fixed version adds nothing (the event still moves the plan).
#include "perspectief/workflow.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief {
namespace workflow {
struct FixVersionPayload {
  std::optional<std::string> note;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::FixVersionPayload> {
  static constexpr auto fields = std::make_tuple(field("note", &workflow::FixVersionPayload::note));
};
}  // namespace detail

namespace workflow {

void effect_fix_version(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<FixVersionPayload>(context.event.payload, findings);
  if (!payload) return;
  Plan plan = context.before;
  if (!is_current_version_fixed(plan)) {
    VersionRecord record;
    record.version = plan.version;
    record.at = context.event.at;
    record.by = context.event.actor;
    record.note = payload->note;
    record.content_sha256 = content_sha256(plan);
    plan.versions.push_back(std::move(record));
  }
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
