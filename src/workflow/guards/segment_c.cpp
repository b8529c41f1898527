// Segment C (000): "Een gezin in Segment C moet altijd een perspectiefplan hebben ...
// Daarnaast is een accordering van het perspectiefplan door het lokale team verplicht."
//  R-SEG-C-PLAN:    before specialist help starts there is a plan: a fixed version with
//                   the region's mandatory parts filled in.
//  R-SEG-C-AKKOORD: the lokale team agreed to it (in the dwangkader the GI, R-DWANG-GI),
//                   with no change in youth-care needs since (R-REOPEN).
// Crisis (profiel 11) is the exception: crisis_starten carries neither guard.
#include "perspectief/model.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/guards/akkoord_text.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {
namespace {

bool is_empty(const Json& value) {
  return value.is_null() || ((value.is_array() || value.is_object() || value.is_string()) && value.empty());
}

}  // namespace

bool guard_seg_c_plan(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (plan.segment != Segment::C) return true;
  if (plan.versions.empty()) {
    findings.add("PP-W-SEG-C-PLAN", "/versions",
                 "in segment C is altijd een vastgesteld plan nodig voordat specialistische hulp start (000); er is "
                 "nog geen versie vastgesteld (versie_vaststellen)",
                 "segment C always needs a fixed plan before specialist help starts (000); no version has been fixed "
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
                 "in segment C is een volledig plan nodig (000): het verplichte onderdeel " + part + " is leeg",
                 "segment C needs a complete plan (000): the mandatory part " + part + " is empty", "R-SEG-C-PLAN");
  }
  return true;
}

bool guard_seg_c_akkoord(const EventContext& context, Findings& findings) {
  const Plan& plan = context.plan();
  if (plan.segment != Segment::C) return true;
  const Role approver = approving_role(plan);
  if (context.facts.counting_akkoord(approver)) return true;
  const std::string why_nl = approver == Role::gi ? " (in het dwangkader geldt het akkoord van de GI, R-DWANG-GI)" : "";
  const std::string why_en = approver == Role::gi ? " (in the dwangkader the GI's akkoord counts, R-DWANG-GI)" : "";
  findings.add("PP-W-SEG-C-AKKOORD", "/akkoorden",
               "in segment C is het akkoord van " + approver_nl(approver) + " op het plan verplicht (000)" + why_nl +
                   stale_akkoord_nl(context.facts, approver),
               "segment C requires the akkoord of " + approver_en(approver) + " on the plan (000)" + why_en +
                   stale_akkoord_en(context.facts, approver),
               "R-SEG-C-AKKOORD");
  return true;
}

}  // namespace perspectief::workflow
