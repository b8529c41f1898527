// The frame a jeugdige's help runs in: segment (000: B or C) and kader (vrijwillig or
// dwang). DOMAIN.md (R-SEG-KNOWN, R-KADER-CHANGE) makes both belong to the jeugdige;
// every workflow rule asks these functions, never the plan's members directly, so that
// where the value lives is decided here once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "perspectief/model.hpp"

namespace perspectief::workflow {

// The jeugdige's segment; nullopt when it is unknown.
std::optional<Segment> segment_of(const Plan& plan, const ChildPart& child);
// Where that segment is recorded (a JSON pointer into the plan).
std::string segment_pointer(const Plan& plan, std::size_t child_index);

}  // namespace perspectief::workflow
