// From per-part outcomes to a Decision: the verdict, the deciding rules
// (allowing first), the obligations, and the explanation in Dutch and English.
#pragma once

#include <cstddef>
#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing/decider.hpp"
#include "sharing/part_index.hpp"
#include "sharing/rules.hpp"

namespace perspectief::sharing {

struct DecidedParts {
  std::vector<std::size_t> parts;     // addressed parts, document order
  std::vector<PartOutcome> outcomes;  // one per part
};

DecidedParts decide_parts(const Decider& decider);

// `show_withheld` false leaves the withheld parts, and why, out of the decision
// (a view for a recipient who may not learn even that they exist).
Decision make_decision(const PartIndex& index, const DecidedParts& decided, bool show_withheld = true);

}  // namespace perspectief::sharing
