// The one role model, checked at load time (see role_model.hpp for what and why).
#include "workflow/definition/role_model.hpp"
#include "core/refusal.hpp"

#include <string>
#include <vector>

#include "perspectief/error.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/case_file/standing.hpp"
#include "workflow/effects/effect.hpp"

namespace perspectief::workflow {
namespace {

using sharing::bit;
using sharing::KindSet;
using sharing::StandingSet;

constexpr std::size_t kRoles = sharing::kRoleCount;

// The part kinds a role may read for carrying out the help, by any standing it can hold.
KindSet readable_kinds(Role role, const sharing::CompiledPolicy& policy) {
  const StandingSet standings = sharing::standings_a_role_can_hold(role);
  KindSet kinds;
  for (const sharing::Grant& grant : policy.grants) {
    if ((grant.audience & standings).any() && grant.actions.test(bit(sharing::Action::read)) &&
        grant.purposes.test(bit(sharing::Purpose::uitvoering))) {
      kinds |= grant.kinds;
    }
  }
  return kinds;
}

// The part kinds an event writes; `addressed` when its payload says where.
struct Writes {
  KindSet kinds;
  bool addressed = false;
};

Writes writes_of(EventKind kind) {
  Writes out;
  for (std::string_view pattern : effect_of(kind).writes) {
    if (pattern.empty()) continue;
    if (pattern == kWritesAddressed) {
      out.addressed = true;
      continue;
    }
    for (sharing::PartKind k : sharing::kinds_matching(pattern)) out.kinds.set(bit(k));
  }
  return out;
}

std::string kind_list(const KindSet& kinds) {
  std::string out;
  for (std::size_t k = 0; k < sharing::kPartKindCount; ++k) {
    if (!kinds.test(k)) continue;
    if (!out.empty()) out += ", ";
    out += sharing::part_kind_pattern(static_cast<sharing::PartKind>(k));
  }
  return out;
}

class RoleModelCheck {
 public:
  RoleModelCheck(const CompiledWorkflow& workflow, const sharing::CompiledPolicy& policy)
      : workflow_(workflow), policy_(policy) {
    for (std::size_t r = 0; r < kRoles; ++r) readable_[r] = readable_kinds(static_cast<Role>(r), policy);
  }

  void run() {
    for (const CompiledTransition& t : workflow_.transitions) check_transition(t);
    check_policy_roles();
    refuse_if_any(ErrorCode::profile, "workflow and sharing policy disagree on a role", std::move(problems_));
  }

 private:
  void check_transition(const CompiledTransition& t) {
    const std::string pointer = "/workflow/transitions/" + std::to_string(t.source_index) + "/roles";
    const std::string event(to_string(t.kind));
    const Writes writes = writes_of(t.kind);
    for (std::size_t r = 0; r < kRoles; ++r) {
      const Role role = static_cast<Role>(r);
      if (!t.allows(role)) continue;
      const std::string name(to_string(role));
      if (t.kind != EventKind::plan_aanmaken && sharing::standings_a_role_can_hold(role).none()) {
        add("PP-P-ROLE-NO-STANDING", pointer,
            "rol '" + name + "' mag '" + event + "' uitvoeren, maar kan nooit betrokken zijn bij een casus, dus "
            "zou elke keer worden geweigerd",
            "role '" + name + "' may fire '" + event + "' but can never have standing in a case, so every "
            "attempt would be refused",
            "R-STANDING");
        continue;
      }
      const KindSet unreadable = writes.kinds & ~readable_[r];
      if (unreadable.any()) {
        add("PP-P-ROLE-WRITE-UNREADABLE", pointer,
            "rol '" + name + "' mag '" + event + "' uitvoeren, dat " + kind_list(unreadable) +
                " schrijft, maar geen regel van het deelbeleid laat die rol dat lezen",
            "role '" + name + "' may fire '" + event + "', which writes " + kind_list(unreadable) +
                ", but no grant of the sharing policy lets that role read it",
            "R-CHANGE-SCOPE");
      } else if (writes.addressed && readable_[r].none()) {
        add("PP-P-ROLE-WRITE-UNREADABLE", pointer,
            "rol '" + name + "' mag '" + event + "' uitvoeren, maar geen regel van het deelbeleid laat die rol "
                "iets van het plan lezen",
            "role '" + name + "' may fire '" + event + "', but no grant of the sharing policy lets that role "
                "read any part of the plan",
            "R-CHANGE-SCOPE");
      }
    }
  }

  void check_policy_roles() {
    std::uint32_t acting = 0;
    for (const CompiledTransition& t : workflow_.transitions) acting |= t.roles;
    StandingSet held;
    for (std::size_t r = 0; r < kRoles; ++r) {
      if ((acting >> r) & 1u) held |= sharing::standings_a_role_can_hold(static_cast<Role>(r));
    }
    for (const sharing::Grant& grant : policy_.grants) {
      for (std::size_t s = 0; s < sharing::kStandingCount; ++s) {
        if (!grant.audience.test(s) || held.test(s)) continue;
        const std::string name(sharing::standing_name(static_cast<sharing::Standing>(s)));
        add("PP-P-POLICY-ROLE-UNUSED", "/policy/grants/" + std::to_string(grant.source_index) + "/audience",
            "geen rol van de workflow kan '" + name + "' zijn: deze toegang geldt voor niemand",
            "no role of the workflow can be '" + name + "': this grant is for nobody");
      }
    }
    for (std::size_t r = 0; r < kRoles; ++r) {
      if (!policy_.break_glass_recipients.test(r) || ((acting >> r) & 1u)) continue;
      const std::string name(to_string(static_cast<Role>(r)));
      add("PP-P-POLICY-ROLE-UNUSED", "/policy/break_glass/recipients",
          "ontvanger '" + name + "' is geen rol van de workflow", "recipient '" + name + "' is not a role of the workflow",
          "R-SAFETY-OVERRIDE");
    }
  }

  void add(std::string code, std::string pointer, std::string nl, std::string en, std::string rule = {}) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::move(rule)});
  }

  const CompiledWorkflow& workflow_;
  const sharing::CompiledPolicy& policy_;
  std::array<KindSet, kRoles> readable_{};
  std::vector<Problem> problems_;
};

}  // namespace

void check_role_model(const CompiledWorkflow& workflow, const sharing::CompiledPolicy& policy) {
  RoleModelCheck(workflow, policy).run();
}

}  // namespace perspectief::workflow
