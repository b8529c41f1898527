// R-LOG: the NEN 7513 record of a release (docs/sharing.md, "Disclosure log").
#pragma once

#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing/decider/decision_builder.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief::sharing {

// The record of what this decision released (outcome "released"); nullopt when it
// released nothing.
std::optional<DisclosureRecord> make_disclosure(const PartIndex& index, const Request& request,
                                                const DecidedParts& decided);

// The record of a refused attempt (outcome "denied"; NEN 7513 logs refused
// attempts too): who, when, for what purpose, over which channel, the rules that
// refused, and the addresses that were asked for (as asked, "" for the whole plan),
// never the plan's own part ids, which the refused party may not learn. nullopt
// when the decision released something.
std::optional<DisclosureRecord> make_refusal(const Request& request, const Plan& plan, const DecidedParts& decided);

}  // namespace perspectief::sharing
