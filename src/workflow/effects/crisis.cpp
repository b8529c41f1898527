// Crisis (000 profiel 11; 002 footnote 4): help starts first. crisis_starten records
// the crisis profile of the jeugdige; startafspraken_vastleggen records the start
// agreements that are due by the next working day (deadlines.cpp).
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct CrisisPayload {
  std::string jeugdige;
  std::optional<SupportProfile> ondersteuningsprofiel;  // absent: the part already has a crisis profile
  std::optional<Provider> aanbieder;                     // the crisis provider, when not chosen before
};
struct StartAgreementsPayload {
  std::optional<std::string> jeugdige;  // absent: the agreements belong to the family part
  std::vector<Agreement> agreements;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::CrisisPayload> {
  using T = workflow::CrisisPayload;
  static constexpr auto fields =
      std::make_tuple(field("jeugdige", &T::jeugdige), field("ondersteuningsprofiel", &T::ondersteuningsprofiel),
                      field("aanbieder", &T::aanbieder));
};
template <>
struct Fields<workflow::StartAgreementsPayload> {
  using T = workflow::StartAgreementsPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("agreements", &T::agreements));
};
}  // namespace detail

namespace workflow {

void effect_start_crisis(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<CrisisPayload>(context, outcome, findings, [](CrisisPayload& payload, Plan&, ChildPart& part) {
    if (payload.ondersteuningsprofiel) part.ondersteuningsprofiel = std::move(payload.ondersteuningsprofiel);
    if (payload.aanbieder) part.aanbieder = std::move(payload.aanbieder);
    part.help = HelpState::crisis_hulp;  // help first, for this jeugdige (R-CRISIS)
    return true;
  });
}

// crisis_afschalen: the crisis is over and the family goes back to the ordinary route;
// the crisis help of its jeugdigen no longer runs as crisis help. Regular help starts
// with hulp_starten, under the ordinary rules.
void effect_scale_down_crisis(const EventContext& context, EffectOutcome& outcome, Findings&) {
  Plan plan = context.before;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    if (plan.children[c].help == HelpState::crisis_hulp) plan.children.edit(c).help.reset();
  }
  outcome.plan = std::move(plan);
}

void effect_record_start_agreements(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<StartAgreementsPayload>(context.event.payload, findings);
  if (!payload) return;
  if (payload->agreements.empty()) {
    findings.add("PP-W-PAYLOAD", "/payload/agreements", "noem ten minste een startafspraak",
                 "name at least one start agreement");
    return;
  }
  Plan plan = context.before;
  std::vector<Agreement>* target = &plan.family_part.agreements;
  if (payload->jeugdige) {
    auto child = find_child(context.before, *payload->jeugdige, findings);
    if (!child) return;
    target = &plan.children.edit(*child).agreements;
    outcome.jeugdige = payload->jeugdige;
  }
  target->insert(target->end(), payload->agreements.begin(), payload->agreements.end());
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
