// R-CRISIS (000, 002 footnote 4): crisis (profiel 11) is the exception to "plan first":
// help starts first. Then the start agreements are made (at the latest the next working
// day) and the perspective is evaluated (at the latest after 14 days); those deadlines
// are in deadlines.cpp. This guard checks
//  - on crisis_starten: the jeugdige's ondersteuningsprofiel is a crisis profile (the
//    profile's support_profiles mark it, e.g. "11" in 000), so the exception is not a
//    way around the plan for ordinary help;
//  - when leaving crisis_hulp (to regular help or back to vraagduiding): the start
//    agreements and an evaluation of the perspective were recorded.
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {
namespace {

void check_crisis_profile(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  const ChildPart* child = find_child_part(plan, *context.outcome->jeugdige);
  const SupportProfileDef* def =
      child && child->ondersteuningsprofiel ? context.engine.profile().find_support_profile(child->ondersteuningsprofiel->code)
                                            : nullptr;
  if (def && def->crisis) return;
  const std::string code = child && child->ondersteuningsprofiel ? child->ondersteuningsprofiel->code : "(geen)";
  findings.add("PP-W-CRISIS-PROFILE", "/payload/ondersteuningsprofiel",
               "alleen bij crisis start de hulp voor het plan; ondersteuningsprofiel " + code +
                   " is geen crisisprofiel in deze regio",
               "help starts before the plan only in crisis; ondersteuningsprofiel " +
                   (code == "(geen)" ? std::string("(none)") : code) + " is not a crisis profile in this region",
               "R-CRISIS");
}

void check_crisis_followed_up(const EventContext& context, Findings& findings) {
  const auto& crises = context.facts.crises;
  if (crises.empty()) return;
  const CrisisFact& crisis = crises.back();
  const std::string pointer = "/history/" + std::to_string(crisis.history_index);
  if (!crisis.start_agreements) {
    findings.add("PP-W-CRISIS-STARTAFSPRAKEN", pointer,
                 "na de crisisstart van " + crisis.at.value +
                     " zijn nog geen startafspraken vastgelegd (uiterlijk de eerstvolgende werkdag)",
                 "no start agreements were recorded after the crisis start of " + crisis.at.value +
                     " (due the next working day)",
                 "R-CRISIS");
  }
  if (!crisis.evaluated) {
    findings.add("PP-W-CRISIS-EVALUATIE", pointer,
                 "na de crisisstart van " + crisis.at.value +
                     " is het perspectief nog niet geevalueerd (uiterlijk na 14 dagen)",
                 "the perspective has not been evaluated since the crisis start of " + crisis.at.value +
                     " (due within 14 days)",
                 "R-CRISIS");
  }
}

}  // namespace

bool guard_crisis(const EventContext& context, Findings& findings) {
  if (context.kind == EventKind::crisis_starten) {
    if (!context.has_candidate() || !context.outcome->jeugdige) return false;
    check_crisis_profile(context, findings);
    return true;
  }
  if (context.from == StateId::crisis_hulp) check_crisis_followed_up(context, findings);
  return true;
}

}  // namespace perspectief::workflow
