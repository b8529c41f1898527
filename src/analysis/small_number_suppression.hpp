// Small-number suppression of a report table (docs/analysis.md, "Suppression").
//
// A count of 1 .. min_count-1 could point at a person, so it is not published.
// Hiding it is not enough when the column's total is published: the total minus
// the other cells gives it back. So, per half-year (column):
//  1. primary: every cell with 0 < count < min_count is suppressed;
//  2. the total is suppressed when 0 < total < min_count (its cells then are
//     too, by rule 1);
//  3. secondary: while the total is shown and the suppressed cells of the
//     column are fewer than two or add up to less than min_count, the smallest
//     shown cell above zero (the first in row order on a tie) is suppressed too.
// Zeros are shown: "nobody" points at no one, and a reader can then rely on a
// suppressed cell holding at least one.
// A table has no totals across half-years (the same jeugdige counts in several),
// so the columns are independent.
#pragma once

#include <cstdint>

#include "perspectief/verblijf_report.hpp"

namespace perspectief::analysis {

// Applies the rules above to every column of `table` (cells and totals filled).
void suppress_small_numbers(ReportTable& table, std::uint32_t min_count);

// Rule 1 for a single number that has no total beside it.
void suppress_small_number(ReportCell& cell, std::uint32_t min_count);

}  // namespace perspectief::analysis
