// R-AKKOORD-SCOPE (004 step 3): "De jeugdige/het gezin gaat akkoord met de geformuleerde
// resultaten in het perspectiefplan" comes before "De jeugdige/het gezin maakt een keuze
// voor een zorgaanbieder" and the talk with that provider (step 4). An akkoord says what
// it covers: this guard asks for the family's akkoord on the results (scope
// "resultaten") before a provider is chosen for a jeugdige; the akkoord on the plan
// (step 5) is a different thing that the help-start guards ask for, and neither stands
// in for the other. Who of the family agrees follows the age rules of family_consent.hpp;
// in the dwangkader the measure, not the family's consent, is the basis (as for
// R-FAMILY-AKKOORD), so this guard does not apply there.
#include <algorithm>

#include "workflow/jeugdige/family_consent.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {
namespace {

bool agreed_to_results(const EventContext& context, const Plan& plan, const std::string& jeugdige, bool parent) {
  const HistoryFacts& facts = context.facts;
  return std::any_of(facts.results_akkoorden.begin(), facts.results_akkoorden.end(), [&](const AkkoordFact& a) {
    if (!facts.results_akkoord_counts(a) || !a.by.member) return false;
    if (!parent) return a.by.role == Role::jeugdige && *a.by.member == jeugdige;
    // R-GEZAG: gezag that is not recorded is not held (perspectief/gezag.hpp).
    return a.by.role == Role::ouder && holds_gezag(plan, *a.by.member, jeugdige);
  });
}

}  // namespace

bool guard_results_akkoord(const EventContext& context, Findings& findings) {
  if (!context.has_candidate() || !context.outcome->jeugdige) return false;
  const Plan& plan = context.plan();
  const std::string& jeugdige = *context.outcome->jeugdige;
  const ChildPart* child = find_child_part(plan, jeugdige);
  if (child && in_dwangkader(plan, *child)) return true;  // the jeugdige's own kader
  const Member* member = find_member(plan, jeugdige);
  if (!member) return true;
  const ConsentNeed need = consent_needed(*member, context.day());
  const bool own_missing = need.jeugdige && !agreed_to_results(context, plan, jeugdige, false);
  const bool parent_missing = need.parent && !agreed_to_results(context, plan, jeugdige, true);
  if (!own_missing && !parent_missing) return true;
  const std::string name = member->name.value_or(member->id);
  const std::string who_nl = own_missing && parent_missing ? "de jeugdige en een ouder met gezag"
                             : own_missing                 ? "de jeugdige"
                                                           : "een ouder met gezag";
  const std::string who_en = own_missing && parent_missing ? "the jeugdige and a parent with gezag"
                             : own_missing                 ? "the jeugdige"
                                                           : "a parent with gezag";
  findings.add("PP-W-RESULTATEN-AKKOORD", "/akkoorden",
               "eerst gaat het gezin akkoord met de resultaten waarvoor een zorgaanbieder nodig is, dan kiest het een "
               "aanbieder (stap 3 van het werkproces); voor " + name + " ontbreekt dat akkoord van " + who_nl +
                   " (akkoord_geven met scope 'resultaten'; een akkoord op het plan is iets anders)",
               "first the family agrees with the results that need a provider, then it chooses a provider (step 3 "
               "of the work process); for " + name + " that akkoord of " + who_en +
                   " is missing (akkoord_geven with scope 'resultaten'; an akkoord on the plan is a different thing)",
               "R-AKKOORD-SCOPE");
  return true;
}

}  // namespace perspectief::workflow
