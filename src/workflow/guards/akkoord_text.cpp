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
  if (!last || facts.counts(*last)) return {};
  return "; het akkoord van " + describe(last->by) + " op versie " + std::to_string(last->version) +
         " telt niet meer: daarna veranderde de jeugdhulpbehoefte (geschiedenis #" +
         std::to_string(facts.last_need_change_seq) + ", R-REOPEN)";
}

std::string stale_akkoord_en(const HistoryFacts& facts, Role role) {
  const AkkoordFact* last = facts.last_akkoord(role);
  if (!last || facts.counts(*last)) return {};
  return "; the akkoord of " + describe(last->by) + " on version " + std::to_string(last->version) +
         " no longer counts: the youth-care needs changed after it (history #" +
         std::to_string(facts.last_need_change_seq) + ", R-REOPEN)";
}

}  // namespace perspectief::workflow
