// R-STANDING: involvement is recorded only by explicit events, each naming who is
// assigned, fired by someone who already has standing (the pipeline checks that for
// every event but the genesis one):
//  - plan_aanmaken: its payload's `assignments` name the lokale team (a worker or the
//    team) and, in the dwangkader, the GI involved from the start;
//  - betrokkene_toewijzen {"assignment": {role, person | organisation, jeugdige?}};
//  - betrokkenheid_beeindigen {role, person | organisation}: ends the matching ones.
// `since`, `until` and `by` are the event's own moment and actor, never the payload's.
// The regisseur is assigned by regie_toewijzen, a provider by aanbieder_kiezen and
// toewijzing_vastleggen; only the lokale team and the GI are assigned here.
#include <algorithm>

#include "workflow/definition/compiled_workflow.hpp"
#include "sharing/case_file/standing.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct AssignmentGiven {
  Role role{};
  std::optional<std::string> person;
  std::optional<std::string> organisation;
  std::optional<std::string> jeugdige;
};
struct AssignPayload {
  Json assignment;
};
struct EndPayload {
  Role role{};
  std::optional<std::string> person;
  std::optional<std::string> organisation;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::AssignmentGiven> {
  using T = workflow::AssignmentGiven;
  static constexpr auto fields = std::make_tuple(field("role", &T::role), field("person", &T::person),
                                                 field("organisation", &T::organisation),
                                                 field("jeugdige", &T::jeugdige));
};
template <>
struct Fields<workflow::AssignPayload> {
  using T = workflow::AssignPayload;
  static constexpr auto fields = std::make_tuple(field("assignment", &T::assignment));
};
template <>
struct Fields<workflow::EndPayload> {
  using T = workflow::EndPayload;
  static constexpr auto fields = std::make_tuple(field("role", &T::role), field("person", &T::person),
                                                 field("organisation", &T::organisation));
};
}  // namespace detail

namespace workflow {
namespace {

// The lokale team, the GI, and where a region's workflow lets municipal staff be the toegang
// (FoodValley's local choice opsteller_ondersteuningsplan, 003: the gespreksvoerder) that
// worker. Assigning a role the workflow does not let act would record standing for nothing.
bool assignable(Role role, const CompiledWorkflow& workflow) {
  if (role == Role::lokaal_team || role == Role::gi) return true;
  return role == Role::gemeentelijke_toegang &&
         std::any_of(workflow.transitions.begin(), workflow.transitions.end(),
                     [](const CompiledTransition& t) { return t.allows(Role::gemeentelijke_toegang); });
}

// Reads one assignment as the payload gives it: role, and who (a person or an organisation).
std::optional<Assignment> read_assignment(const Json& given, const std::string& pointer, const Plan& plan,
                                          const EventContext& context, Findings& findings) {
  if (!given.is_object()) {
    findings.add("PP-W-PAYLOAD", pointer, "een toewijzing van betrokkenheid is een object",
                 "an assignment is an object");
    return std::nullopt;
  }
  // A plan document's assignments carry since, until and by; the event sets its own.
  Json named = given;
  if (named.is_object()) {
    for (const std::string stamp : {"since", "until", "by"}) named.erase(stamp);
  }
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  AssignmentGiven read{};
  detail::read(named, read, reader);
  for (Problem& problem : problems) {
    problem.pointer = pointer + problem.pointer;
    findings.add(std::move(problem));
  }
  if (!problems.empty()) return std::nullopt;
  Assignment out;
  out.role = read.role;
  out.person = std::move(read.person);
  out.organisation = std::move(read.organisation);
  out.jeugdige = std::move(read.jeugdige);
  out.since = context.event.at;
  out.by = context.event.actor;
  bool ok = true;
  if (!assignable(out.role, context.workflow)) {
    findings.add("PP-W-ASSIGNMENT", pointer + "/role",
                 "alleen het lokale team, de GI en (waar de gemeente zelf de toegang is) de gemeentelijke toegang "
                 "worden zo toegewezen; de regisseur met regie_toewijzen, een aanbieder met aanbieder_kiezen en "
                 "toewijzing_vastleggen",
                 "only the lokale team, the GI and (where municipal staff are the toegang) the gemeentelijke "
                 "toegang are assigned this way; the regisseur with regie_toewijzen, a provider with "
                 "aanbieder_kiezen and toewijzing_vastleggen",
                 "R-STANDING");
    ok = false;
  }
  if ((!out.person || out.person->empty()) && (!out.organisation || out.organisation->empty())) {
    findings.add("PP-W-ASSIGNMENT", pointer, "noem wie wordt toegewezen: 'person' of 'organisation'",
                 "name who is assigned: 'person' or 'organisation'", "R-STANDING");
    ok = false;
  }
  if (out.jeugdige && !find_child(plan, *out.jeugdige, findings, pointer + "/jeugdige")) ok = false;
  return ok ? std::optional<Assignment>(std::move(out)) : std::nullopt;
}

}  // namespace

bool record_initial_assignments(const EventContext& context, Plan& plan, Findings& findings) {
  const Json& payload = context.event.payload;
  auto given = payload.find("assignments");
  if (given == payload.end()) return true;
  if (!given->is_array()) {
    findings.add("PP-W-PAYLOAD", "/payload/assignments", "'assignments' is een lijst", "'assignments' is an array");
    return false;
  }
  std::vector<Assignment> assignments;
  bool ok = true;
  for (std::size_t i = 0; i < given->size(); ++i) {
    auto a = read_assignment((*given)[i], "/payload/assignments/" + std::to_string(i), plan, context, findings);
    if (a) {
      assignments.push_back(std::move(*a));
    } else {
      ok = false;
    }
  }
  plan.assignments = std::move(assignments);
  return ok;
}

void effect_assign_involvement(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<AssignPayload>(context.event.payload, findings);
  if (!payload) return;
  auto assignment = read_assignment(payload->assignment, "/payload/assignment", context.before, context, findings);
  if (!assignment) return;
  Plan plan = context.before;
  plan.assignments.push_back(std::move(*assignment));
  outcome.plan = std::move(plan);
}

void effect_end_involvement(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<EndPayload>(context.event.payload, findings);
  if (!payload) return;
  if (!payload->person && !payload->organisation) {
    findings.add("PP-W-ASSIGNMENT", "/payload", "noem wiens betrokkenheid eindigt: 'person' of 'organisation'",
                 "name whose involvement ends: 'person' or 'organisation'", "R-STANDING");
    return;
  }
  Plan plan = context.before;
  bool ended = false;
  const Actor& actor = context.event.actor;
  for (std::size_t i = 0; i < plan.assignments.size(); ++i) {
    const Assignment& a = plan.assignments[i];
    if (a.role != payload->role || a.until) continue;
    if (payload->person ? a.person != payload->person : a.organisation != payload->organisation) continue;
    // R-DWANG-GI: a GI ends involvement only in its own case; an assignment for a jeugdige
    // outside it (a colleague's for a sibling) is not its to end.
    if (actor.role == Role::gi && a.jeugdige &&
        !sharing::gi_covers(context.before, sharing::claimant_of(actor), context.at, *a.jeugdige)) {
      findings.add("PP-W-STANDING", "/payload",
                   "deze betrokkenheid geldt voor een jeugdige buiten de zaak van deze GI",
                   "this involvement is for a jeugdige outside this GI's case", "R-DWANG-GI");
      return;
    }
    plan.assignments.edit(i).until = context.event.at;
    ended = true;
  }
  if (!ended) {
    findings.add("PP-W-ASSIGNMENT", "/payload", "deze betrokkenheid is niet (meer) vastgelegd",
                 "this involvement is not (or no longer) recorded", "R-STANDING");
    return;
  }
  outcome.plan = std::move(plan);
}

}  // namespace workflow
}  // namespace perspectief
