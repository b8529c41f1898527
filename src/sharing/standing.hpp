// Who a party is to this case. Access follows involvement, not role alone:
// every relation a request states is checked against what the plan records.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing/compiled_policy.hpp"
#include "sharing/part_index.hpp"
#include "sharing/rules.hpp"

namespace perspectief::sharing {

// The natural persons and organisations the plan records, per role: the
// referrer, the regisseur, authors of hulpvragen, perspectives, results and
// the behandelplan, responsible persons of agreements, evaluation
// participants, akkoorden, versions and history.
class Involvement {
 public:
  explicit Involvement(const Plan& plan);
  bool person_recorded(Role role, std::string_view person) const;
  bool organisation_recorded(Role role, std::string_view organisation) const;

 private:
  struct Entry {
    Role role;
    std::string person;
    std::string organisation;
  };
  std::vector<Entry> entries_;
};

struct ResolvedParty {
  const Party* party = nullptr;
  StandingSet standings;
  bool gemeente = false;                 // R-GEMEENTE applies to this party
  int member = -1;                       // family members: index in plan.family.members
  bool gezag = false;                    // an ouder with parental authority
  std::vector<bool> linked;              // toewijzing holders: parts linked to their active toewijzingen
  std::vector<int> toewijzing_children;  // toewijzing holders: the children those toewijzingen are for
  PartOutcome without_standing = PartOutcome::deny(Reason::not_involved, Rule::default_deny);

  bool has(Standing s) const { return standings.test(bit(s)); }
  // Involved in delivering the help (R-SAFETY-OVERRIDE: only professionals use break-glass).
  bool professional() const { return (standings & ~StandingSet{}.set(bit(Standing::family_member))).any(); }
};

// `date` is the calendar date of the request's moment (toewijzingen are dated).
ResolvedParty resolve_party(const Party& party, const PartIndex& index, const Involvement& involvement,
                            std::chrono::year_month_day date);

}  // namespace perspectief::sharing
