// Segment C (000): "Een gezin in Segment C moet altijd een perspectiefplan hebben ...
// Daarnaast is een accordering van het perspectiefplan door het lokale team verplicht."
//  R-SEG-C-PLAN:    before specialist help starts there is a plan: a fixed version with
//                   the region's mandatory parts filled in.
//  R-SEG-C-AKKOORD: the lokale team agreed to it (in the dwangkader the GI, R-DWANG-GI),
//                   with no change in youth-care needs since (R-REOPEN).
// Crisis (profiel 11) is the exception: crisis_starten carries neither guard.
// Segment and kader are each jeugdige's (R-SEG-KNOWN): both rules apply when help starts
// for a jeugdige in segment C, and the approver is that jeugdige's (the GI for one in the
// dwangkader), so a sibling in segment B does not make the family's plan a segment-C plan.
#include "perspectief/model.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/help_start.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {
namespace {

bool is_empty(const Json& value) {
  return value.is_null() || ((value.is_array() || value.is_object() || value.is_string()) && value.empty());
}

// The jeugdigen in segment C whose help this event starts.
std::vector<std::size_t> starting_in_c(const EventContext& context) {
  std::vector<std::size_t> out;
  for (std::size_t c : children_starting_help(context)) {
    if (segment_of(context.plan(), context.plan().children[c]) == Segment::C) out.push_back(c);
  }
  return out;
}

}  // namespace

bool guard_seg_c_plan(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (starting_in_c(context).empty()) return true;
  if (plan.versions.empty()) {
    findings.add("PP-W-SEG-C-PLAN", "/versions",
                 "in segment C is altijd een vastgesteld plan nodig voordat specialistische hulp start; er is "
                 "nog geen versie vastgesteld (versie_vaststellen)",
                 "segment C always needs a fixed plan before specialist help starts; no version has been fixed "
                 "yet (versie_vaststellen)",
                 "R-SEG-C-PLAN");
  }
  const Json document = content_json(plan);  // mandatory parts are content; the history is not needed
  for (const std::string& part : context.engine.profile().mandatory_parts) {
    Json::json_pointer pointer;
    try {
      pointer = Json::json_pointer(part);
    } catch (const Json::exception&) {
      continue;  // not a pointer; the profile's own checks report it
    }
    if (document.contains(pointer) && !is_empty(document.at(pointer))) continue;
    findings.add("PP-W-SEG-C-PLAN-PART", part,
                 "in segment C is een volledig plan nodig: het verplichte onderdeel " + part + " is leeg",
                 "segment C needs a complete plan: the mandatory part " + part + " is empty", "R-SEG-C-PLAN");
  }
  return true;
}

bool guard_seg_c_akkoord(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  const std::vector<std::size_t> in_c = starting_in_c(context);
  for (Role approver : approving_roles(plan, in_c)) {
    if (context.facts.counting_akkoord(approver)) continue;
    std::vector<std::size_t> theirs;
    for (std::size_t c : in_c) {
      if (approving_role(plan, plan.children[c]) == approver) theirs.push_back(c);
    }
    const std::string names = names_of(plan, theirs);
    const std::string why_nl = approver == Role::gi ? " (in het dwangkader geldt het akkoord van de GI, R-DWANG-GI)" : "";
    const std::string why_en = approver == Role::gi ? " (in the dwangkader the GI's akkoord counts, R-DWANG-GI)" : "";
    findings.add("PP-W-SEG-C-AKKOORD", "/akkoorden",
                 "in segment C (" + names + ") is het akkoord van " + approver_nl(approver) +
                     " op het plan verplicht" + why_nl + stale_akkoord_nl(context.facts, approver),
                 "segment C (" + names + ") requires the akkoord of " + approver_en(approver) + " on the plan" +
                     why_en + stale_akkoord_en(context.facts, approver),
                 "R-SEG-C-AKKOORD");
  }
  return true;
}

}  // namespace perspectief::workflow
