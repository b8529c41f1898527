#include "workflow/guards/akkoord_text.hpp"

namespace perspectief::workflow {

std::string describe(const Actor& actor) {
  std::string out = actor.name.value_or(actor.person);
  if (actor.organisation) out += " (" + *actor.organisation + ")";
  return out;
}

std::string approver_nl(Role role) { return role == Role::gi ? "de GI" : "het lokale team"; }
std::string approver_en(Role role) { return role == Role::gi ? "the GI" : "the lokale team"; }

std::string stale_akkoord_nl(const HistoryFacts& facts, Role role) {
  const AkkoordFact* last = facts.last_akkoord(role);
  if (!last) {
    const AkkoordFact* results = facts.last_results_akkoord(role);
    if (!results) return {};
    return "; het akkoord van " + describe(results->by) +
           " gaat over de resultaten (stap 3 van het werkproces), niet over het plan (R-AKKOORD-SCOPE)";
  }
  switch (facts.stale(*last)) {
    case AkkoordStale::counts:
      return {};
    case AkkoordStale::older_version:
      return "; het akkoord van " + describe(last->by) + " gaat over versie " + std::to_string(last->version) +
             ", niet over de laatst vastgestelde versie " + std::to_string(facts.last_fixed_version) +
             " (R-AKKOORD-SCOPE)";
    case AkkoordStale::need_changed:
      break;
  }
  return "; het akkoord van " + describe(last->by) + " op versie " + std::to_string(last->version) +
         " telt niet meer: daarna veranderde de jeugdhulpbehoefte (geschiedenis #" +
         std::to_string(facts.last_need_change_seq) + ", R-REOPEN)";
}

std::string stale_akkoord_en(const HistoryFacts& facts, Role role) {
  const AkkoordFact* last = facts.last_akkoord(role);
  if (!last) {
    const AkkoordFact* results = facts.last_results_akkoord(role);
    if (!results) return {};
    return "; the akkoord of " + describe(results->by) +
           " covers the results (step 3 of the work process), not the plan (R-AKKOORD-SCOPE)";
  }
  switch (facts.stale(*last)) {
    case AkkoordStale::counts:
      return {};
    case AkkoordStale::older_version:
      return "; the akkoord of " + describe(last->by) + " is on version " + std::to_string(last->version) +
             ", not on the last fixed version " + std::to_string(facts.last_fixed_version) + " (R-AKKOORD-SCOPE)";
    case AkkoordStale::need_changed:
      break;
  }
  return "; the akkoord of " + describe(last->by) + " on version " + std::to_string(last->version) +
         " no longer counts: the youth-care needs changed after it (history #" +
         std::to_string(facts.last_need_change_seq) + ", R-REOPEN)";
}

}  // namespace perspectief::workflow
