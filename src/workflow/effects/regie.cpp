// Perspectiefregie (002): regie_toewijzen names the perspectiefregisseur and where the
// regie lies (R-REGIE-LOKAAL checks that); overdracht_18 records the hand-over at 18
// that the deadlines remind of.
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/definition/workflow_section.hpp"

namespace perspectief {
namespace workflow {
struct RegiePayload {
  Regie regie;
  std::optional<std::string> jeugdige;  // whose perspective decides (default: the first jeugdige's part)
  std::optional<std::string> situatie;  // refines the matrix cell (Veilig Thuis, GI, Raad routes)
  std::optional<std::string> fase;      // the Veilig Thuis or Raad phase (002 appendix B columns)
};
struct HandoverPayload {
  std::string jeugdige;
  std::optional<std::string> note;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::RegiePayload> {
  using T = workflow::RegiePayload;
  static constexpr auto fields =
      std::make_tuple(field("regie", &T::regie), field("jeugdige", &T::jeugdige), field("situatie", &T::situatie),
                      field("fase", &T::fase));
};
template <>
struct Fields<workflow::HandoverPayload> {
  using T = workflow::HandoverPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("note", &T::note));
};
}  // namespace detail

namespace workflow {

void effect_assign_regie(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<RegiePayload>(context.event.payload, findings);
  if (!payload) return;
  Regie& regie = payload->regie;
  if (!regie.placed_at) {
    findings.add("PP-W-PAYLOAD", "/payload/regie/placed_at", "noem waar de regie ligt (placed_at)",
                 "say where the regie lies (placed_at)");
    return;
  }
  if (!is_regie_placement(*regie.placed_at)) {
    findings.add("PP-W-PAYLOAD", "/payload/regie/placed_at",
                 "placed_at is lokale_toegang, verblijfsinstelling, gemeente, gi of veilig_thuis",
                 "placed_at is lokale_toegang, verblijfsinstelling, gemeente, gi or veilig_thuis");
    return;
  }
  const Plan& before = context.before;
  std::string jeugdige = payload->jeugdige.value_or(before.children.empty() ? "" : before.children.front().jeugdige);
  if (payload->jeugdige && !find_child(before, *payload->jeugdige, findings)) return;
  if (!regie.assigned_at) regie.assigned_at = context.event.at;
  if (!regie.basis && !jeugdige.empty()) {
    const RegieAdvice advice = advise_regie(context.engine, before, jeugdige, payload->situatie, payload->fase);
    if (advice.placed_at == regie.placed_at) regie.basis = advice.basis.nl;
  }
  // 002 (local choice): "De gemeente bepaalt de plek om de perspectiefregie te beleggen,
  // afhankelijk van de lokale ondersteuningsstructuur". At the lokale toegang regie sits
  // in the team the municipality chose; the basis records it.
  const Json& team = context.engine.local_choice("regie_team");
  if (*regie.placed_at == "lokale_toegang" && team.is_string()) {
    const std::string where = team.get<std::string>() + " (lokale keuze regie_team)";
    regie.basis = regie.basis ? *regie.basis + "; " + where : where;
  }
  Plan plan = before;
  plan.regie = std::move(regie);
  if (!jeugdige.empty()) outcome.jeugdige = jeugdige;
  outcome.plan = std::move(plan);
}

void effect_handover_18(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<HandoverPayload>(context, outcome, findings, [](HandoverPayload&, Plan&, ChildPart&) { return true; });
}

}  // namespace workflow
}  // namespace perspectief
