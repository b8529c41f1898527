// Guards: the domain rules an event must satisfy, one C++ function per rule id. A
// profile's transition lists the rule ids that apply to it; compile.cpp resolves them
// here. A guard adds one problem per failure (code PP-W-..., its rule id, Dutch and
// English text, a JSON pointer where one applies) and never stops at the first.
//
// Conditions are the other kind of rule function: they do not refuse an event but
// choose between transitions of the same event (a transition's "when").
#pragma once

#include <string_view>

#include "workflow/pipeline/event_context.hpp"
#include "workflow/pipeline/findings.hpp"

namespace perspectief::workflow {

// Returns false when the guard could not be judged because it depends on a payload
// that was not given (available_events); true otherwise, failed or not.
using GuardFn = bool (*)(const EventContext& context, Findings& findings);
using ConditionFn = bool (*)(const EventContext& context);

struct GuardDef {
  std::string_view rule;
  GuardFn check;
};

struct ConditionDef {
  std::string_view id;
  ConditionFn holds;
};

// nullptr when no guard / condition has that id.
const GuardDef* find_guard(std::string_view rule);
const ConditionDef* find_condition(std::string_view id);

// The guards, one file per rule or family of rules (src/workflow/guards/*.cpp).
bool guard_seg_c_plan(const EventContext& context, Findings& findings);           // R-SEG-C-PLAN
bool guard_seg_c_akkoord(const EventContext& context, Findings& findings);        // R-SEG-C-AKKOORD
bool guard_dwang_gi(const EventContext& context, Findings& findings);             // R-DWANG-GI
bool guard_family_akkoord(const EventContext& context, Findings& findings);       // R-FAMILY-AKKOORD
bool guard_referrer_c(const EventContext& context, Findings& findings);           // R-REFERRER-C
bool guard_crisis(const EventContext& context, Findings& findings);               // R-CRISIS
bool guard_seg_b(const EventContext& context, Findings& findings);                // R-SEG-B
bool guard_reopen(const EventContext& context, Findings& findings);               // R-REOPEN
bool guard_close_partial(const EventContext& context, Findings& findings);        // R-CLOSE-PARTIAL
bool guard_provider_not_drafting(const EventContext& context, Findings& findings);  // R-PROVIDER-NOT-DRAFTING
bool guard_regie_verblijf(const EventContext& context, Findings& findings);       // R-REGIE-VERBLIJF
bool guard_regie_lokaal(const EventContext& context, Findings& findings);         // R-REGIE-LOKAAL
bool guard_segment_known(const EventContext& context, Findings& findings);        // R-SEG-KNOWN
bool guard_toewijzing(const EventContext& context, Findings& findings);           // R-TOEWIJZING
bool guard_results_akkoord(const EventContext& context, Findings& findings);      // R-AKKOORD-SCOPE
bool guard_authorship(const EventContext& context, Findings& findings);           // R-PERSPECTIVES
bool guard_regie_mandate(const EventContext& context, Findings& findings);        // R-REGIE-MANDATE
bool guard_arrangement(const EventContext& context, Findings& findings);          // R-ARRANGEMENT

// Condition "R-REOPEN": the change creates new youth-care needs after the plan was
// approved (lokale team, or GI in dwang), so help cannot simply continue.
bool condition_reopen(const EventContext& context);
// Condition "R-CLOSE-PARTIAL": after the event every jeugdige's youth-care part is closed,
// so jeugdhulp_afsluiten moves the plan to jeugdhulp_afgesloten (close_partial.cpp).
bool condition_all_closed(const EventContext& context);

}  // namespace perspectief::workflow
