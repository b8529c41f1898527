// Rule id -> guard function. The only place a rule id string meets its C++ guard; the
// lookup runs when an engine loads, never per event.
#include <algorithm>
#include <array>

#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {
namespace {

constexpr std::array<GuardDef, 18> kGuards = {{
    {"R-SEG-C-PLAN", guard_seg_c_plan},
    {"R-SEG-C-AKKOORD", guard_seg_c_akkoord},
    {"R-DWANG-GI", guard_dwang_gi},
    {"R-FAMILY-AKKOORD", guard_family_akkoord},
    {"R-REFERRER-C", guard_referrer_c},
    {"R-CRISIS", guard_crisis},
    {"R-SEG-B", guard_seg_b},
    {"R-REOPEN", guard_reopen},
    {"R-CLOSE-PARTIAL", guard_close_partial},
    {"R-PROVIDER-NOT-DRAFTING", guard_provider_not_drafting},
    {"R-REGIE-VERBLIJF", guard_regie_verblijf},
    {"R-REGIE-LOKAAL", guard_regie_lokaal},
    {"R-SEG-KNOWN", guard_segment_known},
    {"R-TOEWIJZING", guard_toewijzing},
    {"R-AKKOORD-SCOPE", guard_results_akkoord},
    {"R-PERSPECTIVES", guard_authorship},
    {"R-REGIE-MANDATE", guard_regie_mandate},
    {"R-ARRANGEMENT", guard_arrangement},
}};

constexpr std::array<ConditionDef, 2> kConditions = {{
    {"R-REOPEN", condition_reopen},
    {"R-CLOSE-PARTIAL", condition_all_closed},
}};

}  // namespace

const GuardDef* find_guard(std::string_view rule) {
  auto it = std::find_if(kGuards.begin(), kGuards.end(), [&](const GuardDef& g) { return g.rule == rule; });
  return it == kGuards.end() ? nullptr : &*it;
}

const ConditionDef* find_condition(std::string_view id) {
  auto it = std::find_if(kConditions.begin(), kConditions.end(), [&](const ConditionDef& c) { return c.id == id; });
  return it == kConditions.end() ? nullptr : &*it;
}

}  // namespace perspectief::workflow
