// Which jeugdigen an event starts specialist help for, and which toewijzing lets it.
// R-SEG-KNOWN and R-TOEWIJZING are rules per jeugdige: help starts for a jeugdige, under
// that jeugdige's toewijzing to that jeugdige's provider (DOMAIN.md section 3).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/model.hpp"
#include "workflow/pipeline/event_context.hpp"

namespace perspectief::workflow {

// Indexes in plan.children of the jeugdigen whose help this event starts:
//  hulp_starten: the jeugdige the payload names; without one (the form of plan@1
//    histories, still accepted) every part with a chosen provider whose youth-care part
//    is not closed;
//  hulp_starten_na_overplaatsing, crisis_starten: the jeugdige the payload names.
// Empty for other events, and when the payload is not known yet.
std::vector<std::size_t> children_starting_help(const EventContext& context);

// The same for the family-wide form of hulp_starten: whether `child` is one of them.
bool starts_with_family(const ChildPart& child);

// Whether any of `children` (indexes into plan.children) is in segment C.
bool any_in_segment_c(const Plan& plan, const std::vector<std::size_t>& children);

// The names of `children` for messages: "Sam, Noor".
std::string names_of(const Plan& plan, const std::vector<std::size_t>& children);

// Whether the toewijzing runs on `day` (ISO date): started, and not ended before it.
bool runs_on(const Toewijzing& toewijzing, std::string_view day);

// The first toewijzing of `child` to provider `aanbieder` that runs on `day`; nullptr if none.
const Toewijzing* running_toewijzing(const ChildPart& child, std::string_view aanbieder, std::string_view day);

}  // namespace perspectief::workflow
