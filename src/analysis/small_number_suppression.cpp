// Small-number suppression (small_number_suppression.hpp states the rules).
#include "analysis/small_number_suppression.hpp"

namespace perspectief::analysis {

void suppress_small_number(ReportCell& cell, std::uint32_t min_count) {
  if (cell.count > 0 && cell.count < min_count) cell.suppressed = true;
}

void suppress_small_numbers(ReportTable& table, std::uint32_t min_count) {
  for (std::size_t period = 0; period < table.totals.size(); ++period) {
    ReportCell& total = table.totals[period];
    suppress_small_number(total, min_count);
    std::size_t hidden = 0;
    std::uint64_t hidden_sum = 0;
    for (auto& row : table.cells) {
      suppress_small_number(row[period], min_count);
      if (row[period].suppressed) {
        ++hidden;
        hidden_sum += row[period].count;
      }
    }
    if (total.suppressed) continue;  // nothing to subtract from
    while (hidden > 0 && (hidden < 2 || hidden_sum < min_count)) {
      ReportCell* smallest = nullptr;
      for (auto& row : table.cells) {
        ReportCell& cell = row[period];
        if (!cell.suppressed && cell.count > 0 && (smallest == nullptr || cell.count < smallest->count)) {
          smallest = &cell;
        }
      }
      // Cannot happen while the total is shown (the shown cells then hold at
      // least total - hidden_sum > 0), but a total that cannot hide its cells
      // must never be published.
      if (smallest == nullptr) {
        total.suppressed = true;
        break;
      }
      smallest->suppressed = true;
      ++hidden;
      hidden_sum += smallest->count;
    }
  }
}

}  // namespace perspectief::analysis
