// The decisions that shape the help (004 steps 3-5, 000): segment, ondersteunings-
// profiel and intensity, the chosen provider, the toewijzing, and the start after a
// hospital transfer (whose conditions are R-SEG-B's guard).
#include <algorithm>

#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct SegmentPayload {
  Segment segment{};
};
struct SupportProfilePayload {
  std::string jeugdige;
  SupportProfile ondersteuningsprofiel;
};
struct ProviderPayload {
  std::string jeugdige;
  Provider aanbieder;
};
struct ToewijzingPayload {
  std::string jeugdige;
  Toewijzing toewijzing;
};
struct TransferPayload {
  std::string jeugdige;
  std::optional<Provider> aanbieder;  // the receiving provider, when not chosen before
};
}  // namespace workflow

namespace detail {
template <>
struct Fields<workflow::SegmentPayload> {
  static constexpr auto fields = std::make_tuple(field("segment", &workflow::SegmentPayload::segment));
};
template <>
struct Fields<workflow::SupportProfilePayload> {
  using T = workflow::SupportProfilePayload;
  static constexpr auto fields =
      std::make_tuple(field("jeugdige", &T::jeugdige), field("ondersteuningsprofiel", &T::ondersteuningsprofiel));
};
template <>
struct Fields<workflow::ProviderPayload> {
  using T = workflow::ProviderPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("aanbieder", &T::aanbieder));
};
template <>
struct Fields<workflow::ToewijzingPayload> {
  using T = workflow::ToewijzingPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("toewijzing", &T::toewijzing));
};
template <>
struct Fields<workflow::TransferPayload> {
  using T = workflow::TransferPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("aanbieder", &T::aanbieder));
};
}  // namespace detail

namespace workflow {

void effect_set_segment(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<SegmentPayload>(context.event.payload, findings);
  if (!payload) return;
  Plan plan = context.before;
  plan.segment = payload->segment;
  outcome.plan = std::move(plan);
}

void effect_set_support_profile(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<SupportProfilePayload>(context.event.payload, findings);
  if (!payload) return;
  auto child = find_child(context.before, payload->jeugdige, findings);
  if (!child) return;
  Plan plan = context.before;
  plan.children[*child].ondersteuningsprofiel = std::move(payload->ondersteuningsprofiel);
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

void effect_choose_provider(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<ProviderPayload>(context.event.payload, findings);
  if (!payload) return;
  auto child = find_child(context.before, payload->jeugdige, findings);
  if (!child) return;
  Plan plan = context.before;
  plan.children[*child].aanbieder = std::move(payload->aanbieder);
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

void effect_record_toewijzing(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<ToewijzingPayload>(context.event.payload, findings);
  if (!payload) return;
  auto child = find_child(context.before, payload->jeugdige, findings);
  if (!child) return;
  for (const ChildPart& part : context.before.children) {
    for (const Toewijzing& existing : part.toewijzingen) {
      if (existing.number == payload->toewijzing.number) {
        findings.add("PP-W-TOEWIJZING-DUPLICATE", "/payload/toewijzing/number",
                     "toewijzing " + existing.number + " staat al in het plan",
                     "toewijzing " + existing.number + " is already in the plan");
        return;
      }
    }
  }
  Plan plan = context.before;
  plan.children[*child].toewijzingen.push_back(std::move(payload->toewijzing));
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

void effect_start_after_transfer(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<TransferPayload>(context.event.payload, findings);
  if (!payload) return;
  auto child = find_child(context.before, payload->jeugdige, findings);
  if (!child) return;
  Plan plan = context.before;
  if (payload->aanbieder) plan.children[*child].aanbieder = std::move(payload->aanbieder);
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
