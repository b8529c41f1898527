// R-LOG: the NEN 7513 record of a release (docs/sharing.md, "Disclosure log").
#pragma once

#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing/decision_builder.hpp"
#include "sharing/part_index.hpp"

namespace perspectief::sharing {

// The record of what this decision released; nullopt when it released nothing
// (a denial releases nothing and is not a disclosure, but its decision says why).
std::optional<DisclosureRecord> make_disclosure(const PartIndex& index, const Request& request,
                                                const DecidedParts& decided);

}  // namespace perspectief::sharing
