// The frame a jeugdige's help runs in: segment (000: B or C) and kader (vrijwillig or
// dwang). DOMAIN.md (R-SEG-KNOWN, R-KADER-CHANGE) makes both belong to the jeugdige:
// one family can have a child in segment B and a sibling in C, or one child under a
// supervision order and a sibling in the vrijwillig kader. Every workflow rule asks
// these functions, never the plan's members directly, so that where the value lives
// and what an absent value means is decided here once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/model.hpp"

namespace perspectief::workflow {

// The jeugdige's segment; nullopt when it is unknown (R-SEG-KNOWN: never "no rules").
std::optional<Segment> segment_of(const Plan& plan, const ChildPart& child);
// Where that segment is recorded (a JSON pointer into the plan).
std::string segment_pointer(const Plan& plan, std::size_t child_index);

// The jeugdige's kader. An absent kader is vrijwillig: the dwangkader rests on a measure
// that is recorded (at creation or by kader_wijzigen), never assumed.
Kader kader_of(const Plan& plan, const ChildPart& child);
bool in_dwangkader(const Plan& plan, const ChildPart& child);
// Where that kader is recorded (a JSON pointer into the plan).
std::string kader_pointer(const Plan& plan, std::size_t child_index);
// Whether any jeugdige of the plan is in the dwangkader (a GI's akkoord belongs there).
bool any_in_dwangkader(const Plan& plan);

// Whose akkoord approves this jeugdige's plan on behalf of the professionals: the
// lokale team, or in the dwangkader the GI (R-SEG-C-AKKOORD, R-DWANG-GI).
Role approving_role(const Plan& plan, const ChildPart& child);
// The approving roles of the given jeugdigen (indexes into plan.children), each once,
// lokale team first.
std::vector<Role> approving_roles(const Plan& plan, const std::vector<std::size_t>& children);

// The jeugdige's name for messages: the member's name, else the member id.
std::string display_name(const Plan& plan, const ChildPart& child);

}  // namespace perspectief::workflow
