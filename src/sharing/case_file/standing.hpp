// Who a party is to this case (R-STANDING), decided here once for the sharing rules and
// for the workflow. Access and action follow involvement, not role alone, and
// involvement is what the plan records by explicit events - never what someone did:
//  - a family member by membership (the plan's family lists them in that role);
//  - the lokale team and the GI by an Assignment (plan.assignments: the genesis payload,
//    betrokkene_toewijzen, betrokkenheid_beeindigen), or as the plan's referrer;
//  - the GI only while a jeugdige is in the dwangkader (dwangkader.hpp);
//  - the perspectiefregisseur by regie_toewijzen (plan.regie);
//  - a provider by a running toewijzing (toewijzing_vastleggen) for the sharing rules,
//    and in the workflow also as the provider the family chose (aanbieder_kiezen);
//  - the referrer (plan.referrer, set by the genesis event).
// Appearing in the history, as an author, an akkoord giver or an evaluation participant
// grants nothing.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/sharing.hpp"
#include "perspectief/time.hpp"
#include "sharing/policy/compiled_policy.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/policy/rules.hpp"

namespace perspectief::sharing {

// The claims of an actor or party that standing is decided on.
struct Claimant {
  Role role{};
  std::string_view person;
  std::optional<std::string_view> organisation;
  std::optional<std::string_view> on_behalf_of;  // the responsible user (NEN 7513) they act for
};
Claimant claimant_of(const Party& party);
Claimant claimant_of(const Actor& actor);

// An active Assignment in `role` names the claimant (their person, the person they act
// for, or, for an assignment of a whole team, their organisation), or the claimant is
// the plan's referrer in that role.
bool is_assigned(const Plan& plan, Role role, const Claimant& who, const Moment& at);
// The jeugdigen (indexes into plan.children) a GI is involved for (R-DWANG-GI): those in
// the dwangkader that an active gi assignment naming `who` covers - an assignment that
// names a jeugdige covers that jeugdige only, one without covers every jeugdige in the
// dwangkader - and, for the plan's referring GI, every jeugdige in the dwangkader. A
// sibling in the vrijwillig kader is never the GI's case. Empty: not involved.
std::vector<int> gi_jeugdigen(const Plan& plan, const Claimant& who, const Moment& at);
// Whether `jeugdige` (a member id) is among gi_jeugdigen: the GI's case covers that jeugdige.
bool gi_covers(const Plan& plan, const Claimant& who, const Moment& at, std::string_view jeugdige);
// The involved GI: gi_jeugdigen is not empty.
bool is_involved_gi(const Plan& plan, const Claimant& who, const Moment& at);
// The plan's perspectiefregisseur, in the role the regie names.
bool is_regisseur(const Plan& plan, const Claimant& who);
// The plan's referrer, in a role that refers (a GI only while a jeugdige is in the dwangkader).
bool is_referrer(const Plan& plan, const Claimant& who);
// A provider with a toewijzing in this plan that runs on `date` (when `number` is
// given, that toewijzing).
bool holds_running_toewijzing(const Plan& plan, const Claimant& who, std::chrono::year_month_day date);
// The provider the family chose for a jeugdige (aanbieder_kiezen), or one of its onderaannemers.
bool is_chosen_provider(const Plan& plan, const Claimant& who);

// The one role model (R-STANDING): the relations a party in `role` can ever have to a
// case, whatever the plan says. resolve_party never gives a standing outside this set
// (tested), and a profile whose workflow lets a role write what none of these
// standings may read is refused when it loads (workflow/definition/role_model.hpp).
StandingSet standings_a_role_can_hold(Role role);

// The workflow's question: may this actor act on this plan at all? Family members must
// also be who they say (checked with the actor); everyone else needs one of the
// relations above in the role they act in. Only the genesis event needs none.
bool has_standing(const Plan& plan, const Actor& actor, const Moment& at);

// Every fact about one actor that their standing and their rights rest on, except the
// consents (compared on their own): a cheap snapshot, so that the workflow decides
// "did this event widen its author's rights?" (R-STANDING) with the Decider only when
// one of these changed.
struct Relations {
  bool member = false;  // a family member in this role
  std::vector<std::string> gezag_over;  // R-GEZAG: the members the actor holds gezag over
  std::optional<std::string> birth_date;
  bool assigned = false;  // an active assignment or the referral, in the actor's role
  std::vector<int> gi_jeugdigen;  // R-DWANG-GI: the jeugdigen a GI is involved for
  bool regisseur = false;
  bool referrer = false;
  bool running_toewijzing = false;
  bool chosen_provider = false;
  friend bool operator==(const Relations&, const Relations&) = default;
};
Relations relations_of(const Plan& plan, const Actor& actor, const Moment& at);

// When an assignment runs: from `since` up to (not including) `until`. An assignment
// whose moments do not parse never runs (validation reports them).
struct AssignmentPeriod {
  std::optional<Moment> since;
  std::optional<Moment> until;
  bool open = true;  // no `until`

  static AssignmentPeriod of(const Assignment& assignment);
  bool contains(const Moment& at) const { return since && *since <= at && (open || (until && at < *until)); }
};

// What the sharing rules need of a plan to resolve parties, read once per plan (a
// CaseFile keeps it): the assignments' periods, parsed.
class Involvement {
 public:
  explicit Involvement(const Plan& plan);
  const Plan& plan() const { return *plan_; }
  // is_assigned, with the periods parsed once.
  bool assigned(Role role, const Claimant& who, const Moment& at) const;

 private:
  const Plan* plan_;
  std::vector<AssignmentPeriod> periods_;  // one per plan.assignments entry
};

struct ResolvedParty {
  const Party* party = nullptr;
  StandingSet standings;
  bool gemeente = false;                 // R-GEMEENTE applies to this party
  int member = -1;                       // family members: index in plan.family.members
  std::vector<bool> linked;              // toewijzing holders: parts linked to their active toewijzingen
  std::vector<int> toewijzing_children;  // toewijzing holders: the children those toewijzingen are for
  std::vector<int> gi_children;          // a GI: the children it is involved for (gi_jeugdigen)
  PartOutcome without_standing = PartOutcome::deny(Reason::not_involved, Rule::default_deny);

  bool has(Standing s) const { return standings.test(bit(s)); }
  // Involved in delivering the help (R-SAFETY-OVERRIDE: only professionals use break-glass).
  bool professional() const { return (standings & ~StandingSet{}.set(bit(Standing::family_member))).any(); }
};

// `at` is the request's moment (assignments and toewijzingen are dated).
ResolvedParty resolve_party(const Party& party, const PartIndex& index, const Involvement& involvement,
                            const Moment& at);

}  // namespace perspectief::sharing
