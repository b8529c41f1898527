// Resolving a party's relation to the case (see standing.hpp).
#include "sharing/case_file/standing.hpp"

#include <algorithm>

#include "perspectief/calendar.hpp"
#include "perspectief/gezag.hpp"
#include "sharing/case_file/dwangkader.hpp"
#include "sharing/case_file/relevance.hpp"

namespace perspectief::sharing {
namespace {

std::optional<std::string_view> view_of(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return std::string_view(*text);
}

// The natural person, or the responsible user they act for (NEN 7513 "on whose behalf").
bool names(const Claimant& who, std::string_view person) {
  return !person.empty() && (who.person == person || (who.on_behalf_of && *who.on_behalf_of == person));
}

bool active(const Assignment& a, const Moment& at) { return AssignmentPeriod::of(a).contains(at); }

bool assignment_names(const Assignment& a, const Claimant& who) {
  if (a.person) return names(who, *a.person);
  return a.organisation && who.organisation && !a.organisation->empty() && *who.organisation == *a.organisation;
}

void resolve_provider(const Party& party, const PartIndex& index, std::chrono::year_month_day day,
                      ResolvedParty& out) {
  if (!party.organisation) return;
  const std::string date = format_iso_date(day);
  const Plan& plan = index.plan();
  bool held = false;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    for (const Toewijzing& t : plan.children[c].toewijzingen) {
      if (t.aanbieder != *party.organisation) continue;
      if (party.toewijzing && t.number != *party.toewijzing) continue;
      held = true;
      // ISO dates compare as text; both ends are inclusive.
      const bool active = t.start.value <= date && (!t.end || date <= t.end->value);
      if (!active) continue;
      if (out.linked.empty()) out.linked.assign(index.size(), false);
      mark_toewijzing_parts(index, c, t, out.linked);
      out.toewijzing_children.push_back(static_cast<int>(c));
    }
  }
  if (!out.toewijzing_children.empty()) {
    out.standings.set(bit(Standing::toewijzing_holder));
  } else if (held) {
    out.without_standing = PartOutcome::deny(Reason::toewijzing_inactive, Rule::share_hoofdaannemer);
  } else if (party.toewijzing) {
    out.without_standing = PartOutcome::deny(Reason::toewijzing_not_held, Rule::share_hoofdaannemer);
  }
}

// is_assigned, with `runs(i, at)` saying whether assignment i runs at that moment.
template <class Runs>
bool assigned_with(const Plan& plan, Role role, const Claimant& who, const Moment& at, Runs runs) {
  if (who.role != role) return false;
  if (plan.referrer && plan.referrer->role == role && names(who, plan.referrer->person)) return true;
  for (std::size_t i = 0; i < plan.assignments.size(); ++i) {
    const Assignment& a = plan.assignments[i];
    if (a.role == role && assignment_names(a, who) && runs(i, at)) return true;
  }
  return false;
}

}  // namespace

Claimant claimant_of(const Party& party) {
  return Claimant{party.role, party.person, view_of(party.organisation), view_of(party.on_behalf_of)};
}

Claimant claimant_of(const Actor& actor) {
  return Claimant{actor.role, actor.person, view_of(actor.organisation), view_of(actor.on_behalf_of)};
}

AssignmentPeriod AssignmentPeriod::of(const Assignment& assignment) {
  AssignmentPeriod period;
  period.since = parse_moment(assignment.since.value);
  if (assignment.until) {
    period.open = false;
    period.until = parse_moment(assignment.until->value);
  }
  return period;
}

Involvement::Involvement(const Plan& plan) : plan_(&plan) {
  periods_.reserve(plan.assignments.size());
  for (const Assignment& a : plan.assignments) periods_.push_back(AssignmentPeriod::of(a));
}

bool Involvement::assigned(Role role, const Claimant& who, const Moment& at) const {
  return assigned_with(*plan_, role, who, at, [&](std::size_t i, const Moment& m) { return periods_[i].contains(m); });
}

bool is_assigned(const Plan& plan, Role role, const Claimant& who, const Moment& at) {
  return assigned_with(plan, role, who, at,
                       [&](std::size_t i, const Moment& m) { return active(plan.assignments[i], m); });
}

std::vector<int> gi_jeugdigen(const Plan& plan, const Claimant& who, const Moment& at) {
  std::vector<int> out;
  if (who.role != Role::gi) return out;
  const bool referrer = is_referrer(plan, who);
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    const ChildPart& child = plan.children[c];
    if (!in_dwangkader(plan, child.jeugdige)) continue;
    const bool assigned = std::any_of(plan.assignments.begin(), plan.assignments.end(), [&](const Assignment& a) {
      return a.role == Role::gi && active(a, at) && assignment_names(a, who) &&
             (!a.jeugdige || *a.jeugdige == child.jeugdige);
    });
    if (referrer || assigned) out.push_back(static_cast<int>(c));
  }
  return out;
}

bool gi_covers(const Plan& plan, const Claimant& who, const Moment& at, std::string_view jeugdige) {
  const std::vector<int> own = gi_jeugdigen(plan, who, at);
  return std::any_of(own.begin(), own.end(),
                     [&](int c) { return plan.children[static_cast<std::size_t>(c)].jeugdige == jeugdige; });
}

bool is_involved_gi(const Plan& plan, const Claimant& who, const Moment& at) {
  return !gi_jeugdigen(plan, who, at).empty();
}

bool is_regisseur(const Plan& plan, const Claimant& who) {
  return plan.regie && plan.regie->regisseur.role == who.role && names(who, plan.regie->regisseur.person);
}

bool is_referrer(const Plan& plan, const Claimant& who) {
  if (!plan.referrer || !may_refer(plan.referrer->role) || plan.referrer->role != who.role ||
      !names(who, plan.referrer->person)) {
    return false;
  }
  // 000: the GI refers in the dwangkader; when no jeugdige is in it any more, neither is the GI.
  return who.role != Role::gi || any_in_dwangkader(plan);
}

StandingSet standings_a_role_can_hold(Role role) {
  StandingSet set;
  if (is_family_role(role)) set.set(bit(Standing::family_member));
  if (may_refer(role)) set.set(bit(Standing::referrer));
  switch (role) {
    case Role::lokaal_team:
    case Role::gemeentelijke_toegang: set.set(bit(Standing::involved_lokaal_team)); break;
    case Role::gi: set.set(bit(Standing::involved_gi)); break;
    case Role::perspectiefregisseur: set.set(bit(Standing::perspectiefregisseur)); break;
    case Role::hoofdaannemer: set.set(bit(Standing::toewijzing_holder)); break;
    default: break;
  }
  return set;
}

bool holds_running_toewijzing(const Plan& plan, const Claimant& who, std::chrono::year_month_day day) {
  if (!who.organisation) return false;
  const std::string date = format_iso_date(day);
  for (const ChildPart& child : plan.children) {
    for (const Toewijzing& t : child.toewijzingen) {
      if (t.aanbieder == *who.organisation && t.start.value <= date && (!t.end || date <= t.end->value)) return true;
    }
  }
  return false;
}

bool is_chosen_provider(const Plan& plan, const Claimant& who) {
  if (!who.organisation) return false;
  return std::any_of(plan.children.begin(), plan.children.end(), [&](const ChildPart& child) {
    if (!child.aanbieder) return false;
    if (who.role == Role::hoofdaannemer) return child.aanbieder->id == *who.organisation;
    const auto& subs = child.aanbieder->onderaannemers;
    return who.role == Role::onderaannemer && std::find(subs.begin(), subs.end(), *who.organisation) != subs.end();
  });
}

bool has_standing(const Plan& plan, const Actor& actor, const Moment& at) {
  const Claimant who = claimant_of(actor);
  if (is_family_role(actor.role)) {
    const Member* member = actor.member ? find_member(plan, *actor.member) : nullptr;
    return member && member->role == actor.role;
  }
  if (is_regisseur(plan, who) || is_referrer(plan, who)) return true;
  switch (actor.role) {
    case Role::lokaal_team: return is_assigned(plan, Role::lokaal_team, who, at);
    case Role::gemeentelijke_toegang: return is_assigned(plan, Role::gemeentelijke_toegang, who, at);
    case Role::gi: return is_involved_gi(plan, who, at);
    case Role::hoofdaannemer:
    case Role::onderaannemer:
      return holds_running_toewijzing(plan, who, at.local_date()) || is_chosen_provider(plan, who);
    default: return false;
  }
}

Relations relations_of(const Plan& plan, const Actor& actor, const Moment& at) {
  const Claimant who = claimant_of(actor);
  Relations out;
  if (is_family_role(actor.role) && actor.member) {
    if (const Member* member = find_member(plan, *actor.member); member && member->role == actor.role) {
      out.member = true;
      for (const Member& other : plan.family.members) {
        if (holds_gezag(plan, member->id, other.id)) out.gezag_over.push_back(other.id);
      }
      if (member->birth_date) out.birth_date = member->birth_date->value;
    }
  }
  out.assigned = is_assigned(plan, actor.role, who, at);
  out.gi_jeugdigen = gi_jeugdigen(plan, who, at);
  out.regisseur = is_regisseur(plan, who);
  out.referrer = is_referrer(plan, who);
  out.running_toewijzing = holds_running_toewijzing(plan, who, at.local_date());
  out.chosen_provider = is_chosen_provider(plan, who);
  return out;
}

ResolvedParty resolve_party(const Party& party, const PartIndex& index, const Involvement& involvement,
                            const Moment& at) {
  ResolvedParty out;
  out.party = &party;
  const Plan& plan = involvement.plan();
  if (party.role == Role::gemeente) {
    out.gemeente = true;
    out.without_standing = PartOutcome::deny(Reason::gemeente, Rule::gemeente);
    return out;
  }
  const Claimant who = claimant_of(party);
  if (is_family_role(party.role) && party.member) {
    const int m = index.member_index(*party.member);
    if (m >= 0 && plan.family.members[static_cast<std::size_t>(m)].role == party.role) {
      out.standings.set(bit(Standing::family_member));
      out.member = m;
    }
  }
  // Municipal staff who are the toegang act as the lokale toegang (R-GEMEENTE, 003).
  if (involvement.assigned(Role::lokaal_team, who, at) || involvement.assigned(Role::gemeentelijke_toegang, who, at)) {
    out.standings.set(bit(Standing::involved_lokaal_team));
  }
  if (is_regisseur(plan, who)) out.standings.set(bit(Standing::perspectiefregisseur));
  if (is_referrer(plan, who)) out.standings.set(bit(Standing::referrer));
  if (party.role == Role::gi) {
    out.gi_children = gi_jeugdigen(plan, who, at);
    if (!out.gi_children.empty()) out.standings.set(bit(Standing::involved_gi));
  }
  if (party.role == Role::hoofdaannemer) resolve_provider(party, index, at.local_date(), out);
  return out;
}

}  // namespace perspectief::sharing
