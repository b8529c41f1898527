// R-FAMILY-AKKOORD (004 step 5): help starts when the family agrees with the plan. For
// every jeugdige whose help starts (a part with a chosen provider) the family members
// family_consent.hpp names must have given an akkoord that still counts (R-REOPEN).
// In the dwangkader the child-protection measure, not the family's consent, is the
// basis of the help (000: the GI's akkoord counts), so this guard does not apply to a
// jeugdige in it (the kader is each jeugdige's: R-KADER-CHANGE).
#include <algorithm>

#include "workflow/jeugdige/family_consent.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {
namespace {

bool agreed(const EventContext& context, const Plan& plan, const std::string& jeugdige, bool parent) {
  const auto& akkoorden = context.facts.akkoorden;
  return std::any_of(akkoorden.begin(), akkoorden.end(), [&](const AkkoordFact& a) {
    if (!context.facts.counts(a) || !a.by.member) return false;
    if (!parent) return a.by.role == Role::jeugdige && *a.by.member == jeugdige;
    // R-GEZAG: gezag that is not recorded is not held (perspectief/gezag.hpp).
    return a.by.role == Role::ouder && holds_gezag(plan, *a.by.member, jeugdige);
  });
}

}  // namespace

bool guard_family_akkoord(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  for (std::size_t c : children_starting_help(context)) {
    const ChildPart& child = plan.children[c];
    if (!child.aanbieder || in_dwangkader(plan, child)) continue;
    const Member* member = find_member(plan, child.jeugdige);
    if (!member) continue;
    const ConsentNeed need = consent_needed(*member, context.day());
    const bool own_missing = need.jeugdige && !agreed(context, plan, child.jeugdige, false);
    const bool parent_missing = need.parent && !agreed(context, plan, child.jeugdige, true);
    if (!own_missing && !parent_missing) continue;
    const std::string name = member->name.value_or(member->id);
    const std::string age = need.age < 0 ? "leeftijd onbekend" : std::to_string(need.age) + " jaar";
    const std::string age_en = need.age < 0 ? "age unknown" : std::to_string(need.age) + " years";
    std::string who_nl;
    std::string who_en;
    if (own_missing && parent_missing) {
      who_nl = "van de jeugdige zelf en van een ouder met gezag";
      who_en = "of the jeugdige and of a parent with gezag";
    } else if (own_missing) {
      who_nl = "van de jeugdige zelf";
      who_en = "of the jeugdige";
    } else {
      who_nl = "van een ouder met gezag";
      who_en = "of a parent with gezag";
    }
    findings.add("PP-W-FAMILY-AKKOORD", "/akkoorden",
                 "de hulp voor " + name + " (" + age + ") start pas als het gezin akkoord is met het plan; het "
                     "akkoord " + who_nl + " ontbreekt (Jeugdwet 7.3.4)",
                 "help for " + name + " (" + age_en + ") starts only when the family agrees with the plan; the "
                     "akkoord " + who_en + " is missing (Jeugdwet 7.3.4)",
                 "R-FAMILY-AKKOORD");
  }
  return true;
}

}  // namespace perspectief::workflow
