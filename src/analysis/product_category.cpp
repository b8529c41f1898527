// iJw product categories (code list JZ020) that mean youth care with residential stay.
#include <algorithm>
#include <array>

#include "perspectief/analysis.hpp"

namespace perspectief::analysis {

bool is_residential_product_category(std::string_view category) {
  // 43/44: jeugdhulp verblijf incl./excl. behandeling (current codes);
  // 35-38: the 2015 "met verblijf" categories (pleegzorg, gezinsgericht,
  // gesloten plaatsing, overig residentieel), still found in older toewijzingen.
  static constexpr std::array<std::string_view, 6> kResidential = {"35", "36", "37", "38", "43", "44"};
  return std::find(kResidential.begin(), kResidential.end(), category) != kResidential.end();
}

}  // namespace perspectief::analysis
