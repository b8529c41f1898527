// plan_aanmaken: the genesis event. Its payload is the plan's initial content, so the
// history alone rebuilds the plan. The workflow's bookkeeping and the members that
// dedicated events set (a jeugdige's profile, provider, toewijzingen, evaluations,
// closure; the regie) are refused here: they get their own events, guards and roles.
// R-STANDING: the payload's `assignments` name the lokale team (and, in the dwangkader,
// the GI) involved from the start; nobody else is, not even the creator (involvement.cpp).
#include "workflow/effects/effect.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {

void effect_create_plan(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  const Json& payload = context.event.payload;
  if (!payload.is_object()) {
    findings.add("PP-W-PAYLOAD", "/payload", "plan_aanmaken verwacht de inhoud van het plan als object",
                 "plan_aanmaken expects the plan's content as an object");
    return;
  }
  bool clean = true;
  for (auto it = payload.begin(); it != payload.end(); ++it) {
    if (is_genesis_forbidden_member(it.key())) {
      findings.add("PP-W-CONTROLLED", "/payload/" + json_pointer_escape(it.key()),
                   "'" + it.key() + "' wordt door de workflow bijgehouden en hoort niet in de nieuwe planinhoud",
                   "'" + it.key() + "' is kept by the workflow and does not belong in the new plan's content");
      clean = false;
    }
  }
  if (auto children = payload.find("children"); children != payload.end() && children->is_array()) {
    for (std::size_t i = 0; i < children->size(); ++i) {
      const Json& child = (*children)[i];
      if (!child.is_object()) continue;
      for (auto it = child.begin(); it != child.end(); ++it) {
        if (!is_event_child_member(it.key())) continue;
        findings.add("PP-W-CONTROLLED", "/payload/children/" + std::to_string(i) + "/" + json_pointer_escape(it.key()),
                     "'" + it.key() + "' wordt met een eigen event vastgelegd, niet bij het aanmaken van het plan",
                     "'" + it.key() + "' is recorded by its own event, not when the plan is created");
        clean = false;
      }
    }
  }
  if (!clean) return;

  Json document = payload;
  // The assignments are read apart: the payload names who is assigned, the event says
  // when and by whom (involvement.cpp).
  document.erase("assignments");
  if (!document.contains("format")) document["format"] = kPlanFormat;
  if (!document.contains("profile")) document["profile"] = context.engine.profile().id;
  document["status"] = to_string(context.workflow.initial);
  document["version"] = 0;
  try {
    outcome.plan = plan_from_json(document);
  } catch (const Error& error) {
    for (Problem problem : error.problems()) {
      problem.pointer = "/payload" + problem.pointer;
      findings.add(std::move(problem));
    }
    return;
  }
  if (!record_initial_assignments(context, *outcome.plan, findings)) outcome.plan.reset();
}

}  // namespace perspectief::workflow
