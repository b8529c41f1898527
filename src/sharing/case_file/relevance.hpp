// Which parts matter for a purpose: the parts linked to a toewijzing
// (R-SHARE-HOOFDAANNEMER: "only where that content is relevant to carrying out
// the help ... tied to the substantive toewijzing") and the parts holding
// safety information (R-SAFETY).
#pragma once

#include <cstddef>
#include <vector>

#include "sharing/policy/compiled_policy.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief::sharing {

// Marks the parts linked to the results of the toewijzing in child `child`:
// the toewijzing itself, the results it names, the agreements toward those
// results, the analysis of those results' leefgebieden in the same container,
// the child's ondersteuningsprofiel, aanbieder, behandelplan and
// toekomstperspectief, the evaluations of those results, and the plan header
// and the jeugdige's member record (to know whom and which plan it is about).
void mark_toewijzing_parts(const PartIndex& index, std::size_t child, const Toewijzing& toewijzing,
                           std::vector<bool>& linked);

// The plan header and every analysis, result and agreement on a leefgebied the
// policy counts as safety information.
std::vector<bool> safety_parts(const PartIndex& index, const CompiledPolicy& policy);

}  // namespace perspectief::sharing
