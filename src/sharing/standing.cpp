// Resolving a party's relation to the case (see standing.hpp).
#include "sharing/standing.hpp"

#include <algorithm>

#include "perspectief/calendar.hpp"
#include "sharing/relevance.hpp"

namespace perspectief::sharing {
namespace {

template <class Fn>
void for_each_actor(const Plan& plan, Fn&& fn) {
  auto maybe = [&](const std::optional<Actor>& actor) {
    if (actor) fn(*actor);
  };
  auto container = [&](const std::vector<Hulpvraag>& hulpvragen, const std::vector<DomainAnalysis>& analysis,
                       const std::vector<Result>& results, const std::vector<Agreement>& agreements) {
    for (const auto& h : hulpvragen) maybe(h.recorded_by);
    for (const auto& a : analysis) {
      for (const auto& p : a.perspectives) fn(p.author);
    }
    for (const auto& r : results) maybe(r.set_by);
    for (const auto& a : agreements) maybe(a.responsible);
  };
  maybe(plan.referrer);
  if (plan.regie) fn(plan.regie->regisseur);
  container(plan.family_part.hulpvragen, plan.family_part.analysis, plan.family_part.results,
            plan.family_part.agreements);
  for (const auto& child : plan.children) {
    container(child.hulpvragen, child.analysis, child.results, child.agreements);
    if (child.behandelplan) maybe(child.behandelplan->author);
    for (const auto& e : child.evaluations) {
      for (const auto& p : e.participants) fn(p);
    }
  }
  for (const auto& a : plan.akkoorden) fn(a.by);
  for (const auto& v : plan.versions) fn(v.by);
  for (const auto& h : plan.history) fn(h.actor);
}

bool is_family_role(Role role) { return role == Role::jeugdige || role == Role::ouder || role == Role::gezinslid; }

// The person or the responsible user they act for (NEN 7513 "on whose behalf").
bool person_or_principal_recorded(const Involvement& involvement, Role role, const Party& party) {
  return involvement.person_recorded(role, party.person) ||
         (party.on_behalf_of && involvement.person_recorded(role, *party.on_behalf_of));
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

}  // namespace

Involvement::Involvement(const Plan& plan) {
  for_each_actor(plan, [&](const Actor& actor) {
    entries_.push_back(Entry{actor.role, actor.person, actor.organisation.value_or("")});
  });
}

bool Involvement::person_recorded(Role role, std::string_view person) const {
  return !person.empty() && std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) {
    return e.role == role && e.person == person;
  });
}

bool Involvement::organisation_recorded(Role role, std::string_view organisation) const {
  return !organisation.empty() && std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) {
    return e.role == role && e.organisation == organisation;
  });
}

ResolvedParty resolve_party(const Party& party, const PartIndex& index, const Involvement& involvement,
                            std::chrono::year_month_day date) {
  ResolvedParty out;
  out.party = &party;
  const Plan& plan = index.plan();
  if (party.role == Role::gemeente) {
    out.gemeente = true;
    out.without_standing = PartOutcome::deny(Reason::gemeente, Rule::gemeente);
    return out;
  }
  if (is_family_role(party.role) && party.member) {
    const int m = index.member_index(*party.member);
    if (m >= 0 && plan.family.members[static_cast<std::size_t>(m)].role == party.role) {
      const Member& member = plan.family.members[static_cast<std::size_t>(m)];
      out.standings.set(bit(Standing::family_member));
      out.member = m;
      out.gezag = member.role == Role::ouder && member.gezag.value_or(false);
    }
  }
  if (party.role == Role::lokaal_team && person_or_principal_recorded(involvement, Role::lokaal_team, party)) {
    out.standings.set(bit(Standing::involved_lokaal_team));
  }
  if (plan.regie && plan.regie->regisseur.role == party.role &&
      (plan.regie->regisseur.person == party.person || party.on_behalf_of == plan.regie->regisseur.person)) {
    out.standings.set(bit(Standing::perspectiefregisseur));
  }
  if (party.role == Role::gi && plan.kader == Kader::dwang &&
      (person_or_principal_recorded(involvement, Role::gi, party) ||
       (party.organisation && involvement.organisation_recorded(Role::gi, *party.organisation)))) {
    out.standings.set(bit(Standing::involved_gi));
  }
  if (party.role == Role::hoofdaannemer) resolve_provider(party, index, date, out);
  return out;
}

}  // namespace perspectief::sharing
