// The event pipeline: one event against one plan.
//   1. look up the event id (the only string lookup per event) and the plan's state;
//   2. check the envelope: a plan to act on, the moment not before the last entry;
//   3. run the event's effect on a copy: payload checked, candidate content built;
//   4. pick the transition for the state (the first whose 'when' holds) and check the
//      actor's role and identity;
//   5. finish the candidate: status, version (raised when the content changed), and
//      the appended history entry;
//   6. run the transition's guards, and validate the candidate against the profile
//      (only problems the event introduced count);
// collecting every problem on the way. apply() throws Error(rejected) with all of
// them; check() and available() return them.
#include "workflow/pipeline/apply.hpp"
#include "core/refusal.hpp"

#include <algorithm>

#include "core/person_id.hpp"
#include "model/plan_fields.hpp"
#include "model/validation.hpp"
#include "perspectief/workflow.hpp"
#include "sharing/case_file/standing.hpp"
#include "workflow/content/content_equality.hpp"
#include "workflow/content/change_scope.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/pipeline/event_limits.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

std::string roles_text(std::uint32_t roles) {
  std::string out;
  for (const auto& [role, name] : EnumNames<Role>::table) {
    if (!((roles >> static_cast<unsigned>(role)) & 1u)) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string states_text(const CompiledWorkflow& workflow, EventKind kind) {
  std::string out;
  for (const CompiledState& state : workflow.states) {
    const bool fires = std::any_of(workflow.by_event[index(kind)].begin(), workflow.by_event[index(kind)].end(),
                                   [&](std::size_t i) { return workflow.transitions[i].fires_in(state.id); });
    if (!fires) continue;
    if (!out.empty()) out += ", ";
    out += to_string(state.id);
  }
  return out;
}

// R-LOG: an actor is a natural person; a family member acts as the member they are.
void check_actor(const Plan& plan, const Actor& actor, Findings& findings) {
  if (const auto flaw = person_id_flaw(actor.person)) {
    findings.add("PP-W-ACTOR", "/actor/person", flaw->message_nl, flaw->message_en, "R-LOG");
  }
  if (!is_family_role(actor.role)) return;
  const Member* member = actor.member ? find_member(plan, *actor.member) : nullptr;
  if (!member || member->role != actor.role) {
    const std::string role(to_string(actor.role));
    findings.add("PP-W-ACTOR", "/actor/member",
                 "een gezinslid handelt als zichzelf: 'member' noemt een " + role + " van dit gezin",
                 "a family member acts as themselves: 'member' names a " + role + " of this family");
  }
}

// Whether two lists of consents write the same JSON: at once when the candidate shares
// every consent with the plan before (an event that did not touch them).
bool same_items(const SharedVector<Consent>& a, const SharedVector<Consent>& b) {
  if (a.size() == b.size()) {
    bool shared = true;
    for (std::size_t i = 0; i < a.size() && shared; ++i) shared = a.shares_item(i, b, i);
    if (shared) return true;
  }
  return perspectief::detail::write(a) == perspectief::detail::write(b);
}

std::vector<Problem> introduced_problems(const Engine& engine, const Plan& before, const Plan& after, bool genesis) {
  auto relevant = [](std::vector<Problem> problems) {
    // The appended history entry is the workflow's own; its actor was checked above. A
    // warning (gezag not yet recorded) is for the professional to close, never a refusal.
    std::erase_if(problems, [](const Problem& p) {
      return p.pointer.starts_with("/history/") || p.severity == Severity::warning;
    });
    return problems;
  };
  if (genesis) return relevant(perspectief::detail::validate_without_history(engine, after));
  // The problems `after` has and `before` had not, checking only what the event changed.
  return relevant(perspectief::detail::validate_changes(engine, before, after));
}

void finish_candidate(const EventContext& context, const CompiledTransition& transition, Plan& plan) {
  const Plan& before = context.before;
  const bool genesis = !context.from;
  plan.status = std::string(to_string(transition.to.value_or(genesis ? context.workflow.initial : *context.from)));
  if (genesis) {
    plan.version = 1;
  } else if (effect_of(context.kind).changes_content && !same_content(plan, before)) {
    plan.version = before.version + 1;
  } else {
    plan.version = before.version;
  }
  HistoryEntry entry;
  entry.seq = static_cast<std::int64_t>(before.history.size()) + 1;
  entry.event = context.event.event;
  entry.at = context.event.at;
  entry.actor = context.event.actor;
  entry.reason = context.event.reason;
  entry.payload = context.outcome->recorded_payload;
  entry.from_state = genesis ? std::string() : before.status;
  entry.to_state = plan.status;
  entry.version = plan.version;
  plan.history.push_back(std::move(entry));  // the candidate carries before's history
}

// R-DWANG-GI with R-STANDING: a GI acts for the jeugdigen its measure concerns
// (sharing::gi_jeugdigen), so an event that names another jeugdige - a sibling in the
// vrijwillig kader, or one another GI is assigned to - is refused as acting without
// standing. A payload names its jeugdige at the top (most events) or in the assignment
// it records (betrokkene_toewijzen: a GI assigning a colleague to a sibling would act
// in a case that is not its own). Events that name no jeugdige act on the family's
// shared plan. Checked before the effect runs, so that its answer tells a GI nothing
// about a jeugdige outside its case.
void check_gi_jeugdige(const Plan& plan, const Event& event, const Moment& at, Findings& findings) {
  if (event.actor.role != Role::gi || !event.payload.is_object()) return;
  const auto assignment = event.payload.find("assignment");
  const std::pair<const Json*, std::string_view> named_at[] = {
      {&event.payload, "/jeugdige"},
      {assignment != event.payload.end() && assignment->is_object() ? &*assignment : nullptr, "/assignment/jeugdige"}};
  for (const auto& [holder, pointer] : named_at) {
    const auto found = holder ? holder->find("jeugdige") : event.payload.end();
    if (!holder || found == holder->end() || !found->is_string()) continue;
    const Json* named = &*found;
    if (sharing::gi_covers(plan, sharing::claimant_of(event.actor), at, named->get_ref<const std::string&>())) continue;
    findings.add("PP-W-STANDING", "/payload" + std::string(pointer),
                 "de GI is betrokken voor de jeugdige(n) in het dwangkader waarvoor zij is toegewezen, niet voor '" +
                     named->get<std::string>() + "'",
                 "the GI is involved for the jeugdige(n) in the dwangkader it is assigned to, not for '" +
                     named->get<std::string>() + "'",
                 "R-DWANG-GI");
  }
}

}  // namespace

Evaluation evaluate(const Engine& engine, const Plan& before, const Event& event, bool with_payload) {
  const CompiledWorkflow& workflow = compiled(engine);
  const auto kind = workflow.find_event(event.event);
  if (!kind) {
    throw Error(ErrorCode::not_found,
                "event '" + event.event + "' is not part of the workflow of profile " + engine.profile().id, "/event");
  }
  const auto moment = parse_moment(event.at.value);
  if (!moment) {
    throw Error(ErrorCode::invalid_argument, "event time is not an RFC 3339 timestamp with offset: '" + event.at.value + "'",
                "/at");
  }

  Evaluation result;
  result.kind = *kind;
  Findings& findings = result.findings;
  const bool genesis = *kind == EventKind::plan_aanmaken;

  // 2. The envelope.
  std::optional<StateId> from;
  if (genesis) {
    if (!before.history.empty()) {
      findings.add("PP-W-PLAN-EXISTS", "/history", "dit plan bestaat al; plan_aanmaken begint een nieuw plan",
                   "this plan already exists; plan_aanmaken starts a new plan");
    }
  } else {
    if (before.history.empty()) {
      findings.add("PP-W-NO-HISTORY", "/history",
                   "het plan heeft geen geschiedenis; een plan begint met plan_aanmaken (zie initial_content)",
                   "the plan has no history; a plan starts with plan_aanmaken (see initial_content)");
    }
    from = workflow.find_state(before.status);
    if (!from) {
      findings.add("PP-W-STATE-UNKNOWN", "/status",
                   "toestand '" + before.status + "' bestaat niet in de workflow van deze regio",
                   "state '" + before.status + "' does not exist in this region's workflow");
    }
    if (before.profile != engine.profile().id) {
      findings.add("PP-W-PROFILE", "/profile", "plan hoort bij profiel '" + before.profile + "'",
                   "plan belongs to profile '" + before.profile + "'");
    }
  }
  if (!before.history.empty()) {
    const auto last = parse_moment(before.history.back().at.value);
    if (last && *moment < *last) {
      findings.add("PP-W-TIME-ORDER", "/at",
                   "het event ligt voor de laatste gebeurtenis in de geschiedenis (" + before.history.back().at.value + ")",
                   "the event lies before the last history entry (" + before.history.back().at.value + ")");
    }
  }
  // Whether this event can fire in the plan's state at all; if not, its payload is not
  // worth checking (the state problem is what the caller needs to hear).
  const bool fires_here = std::any_of(workflow.by_event[index(*kind)].begin(), workflow.by_event[index(*kind)].end(),
                                      [&](std::size_t i) {
                                        const CompiledTransition& t = workflow.transitions[i];
                                        return genesis ? t.from_states == 0 : (from && t.fires_in(*from));
                                      });
  // Who acts is settled before what they do is looked at: an effect's answer (R-CHANGE-SCOPE
  // above all) is meant for an actor who is who they say they are. Before a genesis
  // payload is known there are no members to check a family actor against.
  if (!genesis) check_actor(before, event.actor, findings);
  // R-STANDING: only those with standing in this case act on it (src/sharing/case_file/standing.hpp).
  if (!genesis && findings.empty() && !sharing::has_standing(before, event.actor, *moment)) {
    findings.add("PP-W-STANDING", "/actor",
                 "deze persoon heeft in deze zaak geen betrokkenheid als " + std::string(to_string(event.actor.role)) +
                     " (toewijzing, verwijzing, regie of toewijzing van zorg); een rol alleen is geen betrokkenheid",
                 "this person has no standing in this case as " + std::string(to_string(event.actor.role)) +
                     " (assignment, referral, regie or toewijzing); a role alone is no standing",
                 "R-STANDING");
  }
  if (!genesis && findings.empty()) check_gi_jeugdige(before, event, *moment, findings);
  const bool envelope_ok = findings.empty() && fires_here;

  result.facts = collect_history_facts(workflow, before);
  EventContext context{engine, workflow, before, event, *moment, *kind, from, result.facts};

  // 3. The effect, once the event cannot make it build beyond the engine's limits.
  check_event_within_limits(context);
  const EffectDef& effect = effect_of(*kind);
  result.outcome.recorded_payload = event.payload;
  if (effect.payload == PayloadUse::none && !event.payload.is_null()) {
    findings.add("PP-W-PAYLOAD-UNEXPECTED", "/payload", "dit event heeft geen payload", "this event takes no payload");
  } else if (!event.payload.is_null() && !event.payload.is_object()) {
    findings.add("PP-W-PAYLOAD", "/payload", "de payload is een object", "the payload is an object");
  } else if (effect.payload == PayloadUse::required && event.payload.is_null()) {
    if (with_payload) {
      findings.add("PP-W-PAYLOAD-REQUIRED", "/payload", "dit event heeft een payload nodig (docs/workflow.md)",
                   "this event needs a payload (docs/workflow.md)");
    } else {
      result.outcome.payload_missing = true;
    }
  } else if (envelope_ok) {
    effect.apply(context, result.outcome, findings);
  }
  context.outcome = &result.outcome;

  // 4. The transition, the role and the actor.
  std::uint32_t roles = 0;
  for (std::size_t i : workflow.by_event[index(*kind)]) {
    const CompiledTransition& t = workflow.transitions[i];
    roles |= t.roles;
    const bool applies = genesis ? t.from_states == 0 : (from && t.fires_in(*from));
    if (!result.transition && applies && (!t.when || t.when->holds(context))) result.transition = &t;
  }
  if (!result.transition && (genesis || from)) {
    findings.add("PP-W-STATE", "/status",
                 "'" + event.event + "' kan niet in toestand '" + before.status + "'; wel in: " +
                     states_text(workflow, *kind),
                 "'" + event.event + "' is not possible in state '" + before.status + "'; it is in: " +
                     states_text(workflow, *kind));
  }
  if (result.transition) roles = result.transition->roles;
  if (!((roles >> static_cast<unsigned>(event.actor.role)) & 1u)) {
    const std::string role(to_string(event.actor.role));
    findings.add("PP-W-ROLE", "/actor/role",
                 "rol " + role + " mag '" + event.event + "' niet uitvoeren; wel: " + roles_text(roles),
                 "role " + role + " may not fire '" + event.event + "'; allowed: " + roles_text(roles));
  }
  if (genesis && result.outcome.plan) check_actor(*result.outcome.plan, event.actor, findings);

  // 5. The candidate.
  context.transition = result.transition;
  if (result.transition && result.outcome.plan) {
    finish_candidate(context, *result.transition, *result.outcome.plan);
    check_candidate_within_limits(context, *result.outcome.plan);
    // R-STANDING: acting never creates standing, not even by naming oneself in an
    // assignment, a regie or a toewijzing. Only an event that changed a fact the
    // author's rights rest on is put to the Decider.
    const Plan& candidate = *result.outcome.plan;
    if (!genesis && findings.empty() && effect.changes_content &&
        (sharing::relations_of(before, event.actor, *moment) != sharing::relations_of(candidate, event.actor, *moment) ||
         !same_items(before.consents, candidate.consents)) &&
        widens_own_rights(engine, before, candidate, event.actor, event.at)) {
      findings.add("PP-W-STANDING-SELF", "/payload",
                   "dit event zou de auteur zelf toegang geven die die nu niet heeft; iemand anders met betrokkenheid "
                   "legt die betrokkenheid vast",
                   "this event would give its own author access they do not have now; someone else with standing "
                   "records that involvement",
                   "R-STANDING");
    }
  }

  // 6. Guards and validation.
  if (result.transition) {
    for (const GuardDef* guard : result.transition->guards) {
      if (!guard->check(context, findings)) result.needs_payload = true;
    }
  }
  // Only content can become invalid: the bookkeeping an effect adds (akkoorden, version
  // records, the history entry) is built from the checked actor and the plan itself.
  if (result.outcome.plan && effect.changes_content) {
    for (Problem& problem : introduced_problems(engine, before, *result.outcome.plan, genesis)) {
      findings.add(std::move(problem));
    }
  }
  result.needs_payload = result.needs_payload || result.outcome.payload_missing;
  return result;
}

std::vector<std::string> rules_of(const std::vector<Problem>& problems) {
  std::vector<std::string> rules;
  for (const Problem& problem : problems) {
    if (!problem.rule.empty() && std::find(rules.begin(), rules.end(), problem.rule) == rules.end()) {
      rules.push_back(problem.rule);
    }
  }
  return rules;
}

std::string to_state_of(const Evaluation& evaluation, const Plan& before) {
  if (!evaluation.transition) return {};
  if (evaluation.transition->to) return std::string(to_string(*evaluation.transition->to));
  return before.status;
}

Check check(const Engine& engine, const Plan& plan, const Event& event) {
  Evaluation evaluation = evaluate(engine, plan, event, true);
  Check out;
  out.to_state = to_state_of(evaluation, plan);
  out.problems = evaluation.findings.take();
  out.rules = rules_of(out.problems);
  out.allowed = out.problems.empty();
  return out;
}

Plan apply(const Engine& engine, const Plan& plan, const Event& event) {
  Evaluation evaluation = evaluate(engine, plan, event, true);
  if (!evaluation.findings.empty()) {
    std::vector<Problem> problems = evaluation.findings.take();
    std::vector<std::string> rules = rules_of(problems);
    refuse(ErrorCode::rejected, "event '" + event.event + "' refused", std::move(problems), std::move(rules));
  }
  return std::move(*evaluation.outcome.plan);
}

Plan create(const Engine& engine, const Event& genesis) { return apply(engine, Plan{}, genesis); }

}  // namespace perspectief::workflow
