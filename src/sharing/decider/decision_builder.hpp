// From per-part outcomes to a Decision: the verdict, the deciding rules
// (allowing first), the obligations, and the explanation in Dutch and English.
#pragma once

#include <cstddef>
#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing/decider/decider.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/policy/rules.hpp"

namespace perspectief::sharing {

struct DecidedParts {
  std::vector<std::size_t> parts;     // addressed parts, document order
  std::vector<PartOutcome> outcomes;  // one per part
};

// Decides each of the parts, in order.
DecidedParts decide_parts(const Decider& decider, std::vector<std::size_t> parts);

// `show_withheld` (the audience's role is in the local choice
// sharing_withheld_list_roles) lists the withheld parts with their rules. Without
// it the decision names no withheld part, so that it does not give away the plan's
// layout (member ids, result ids, toewijzing numbers; issue #10): a party that
// received something does not learn that anything was withheld, and a party denied
// everything learns that, and the rules and reasons that decided, without part
// addresses or counts.
Decision make_decision(const PartIndex& index, const DecidedParts& decided, bool show_withheld);

}  // namespace perspectief::sharing
