// R-SEG-B (000): "In segment B is een perspectiefplan niet verplicht. ... de
// jeugdhulporganisatie kan, na het ontvangen van de toewijzing van de gemeente, starten
// met de jeugdhulp mits er nog geen andere SPIC is toegewezen aan jeugdige."
// hulp_starten_na_overplaatsing starts help without a plan, so it requires: segment B,
// a transfer from a hospital, a toewijzing to the receiving provider that runs on the
// day, and no toewijzing to another provider that has not ended. Every toewijzing in a
// plan is for specialist youth care (the lokale team's own help is not toegewezen),
// so another provider's toewijzing means another SPIC is assigned.
#include "perspectief/calendar.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {

bool guard_seg_b(const EventContext& context, Findings& findings) {
  if (!context.has_candidate() || !context.outcome->jeugdige) return false;
  const Plan& plan = context.plan();
  std::size_t c = 0;
  while (c < plan.children.size() && plan.children[c].jeugdige != *context.outcome->jeugdige) ++c;
  if (c == plan.children.size()) return true;
  const ChildPart& child = plan.children[c];
  // The segment is the jeugdige's own (R-SEG-KNOWN): a sibling in segment C does not
  // stop this jeugdige's transfer in segment B, and the reverse.
  if (segment_of(plan, child) != Segment::B) {
    findings.add("PP-W-SEG-B-SEGMENT", segment_pointer(plan, c),
                 "starten zonder plan na overplaatsing kan alleen in segment B; " + display_name(plan, child) +
                     " valt niet in segment B (in segment C is een plan verplicht)",
                 "starting without a plan after a transfer is possible only in segment B; " +
                     display_name(plan, child) + " is not in segment B (segment C requires a plan)",
                 "R-SEG-B");
  }
  if (plan.entry_route != EntryRoute::ziekenhuis) {
    findings.add("PP-W-SEG-B-ROUTE", "/entry_route",
                 "deze start zonder plan geldt alleen bij overplaatsing vanuit een ziekenhuis",
                 "this start without a plan applies only to a transfer from a hospital", "R-SEG-B");
  }
  const std::string today = format_iso_date(context.day());
  const std::string base = "/children/" + std::to_string(c) + "/toewijzingen";

  // The receiving provider: the chosen one, else the one the running toewijzing names.
  std::string receiver = child.aanbieder ? child.aanbieder->id : std::string();
  const Toewijzing* running = nullptr;
  for (const Toewijzing& t : child.toewijzingen) {
    const bool runs = t.start.value <= today && (!t.end || t.end->value >= today);
    if (runs && (receiver.empty() || t.aanbieder == receiver)) {
      running = &t;
      break;
    }
  }
  if (!running) {
    findings.add("PP-W-SEG-B-TOEWIJZING", base,
                 "de jeugdhulp start pas na de toewijzing van de gemeente; er loopt op " + today +
                     " geen toewijzing" + (receiver.empty() ? std::string() : " aan aanbieder " + receiver),
                 "help starts only after the municipality's toewijzing; no toewijzing" +
                     (receiver.empty() ? std::string() : " to provider " + receiver) + " runs on " + today,
                 "R-SEG-B");
    return true;
  }
  receiver = running->aanbieder;
  for (std::size_t t = 0; t < child.toewijzingen.size(); ++t) {
    const Toewijzing& other = child.toewijzingen[t];
    if (other.aanbieder == receiver || (other.end && other.end->value < today)) continue;
    findings.add("PP-W-SEG-B-OTHER-SPIC", base + "/" + std::to_string(t),
                 "aan de jeugdige is al een andere specialistische aanbieder (SPIC) toegewezen: " + other.aanbieder +
                     " (toewijzing " + other.number + "); dan is starten zonder plan niet toegestaan",
                 "another specialist provider (SPIC) is already assigned to the jeugdige: " + other.aanbieder +
                     " (toewijzing " + other.number + "); starting without a plan is then not allowed",
                 "R-SEG-B");
  }
  return true;
}

}  // namespace perspectief::workflow
