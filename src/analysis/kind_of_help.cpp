// Which row of the verblijf report a jeugdige in residential care counts in.
#include "analysis/kind_of_help.hpp"

namespace perspectief::analysis {

std::size_t kind_of_help_row(const std::set<std::string>& other_categories) {
  // iJw code list JZ020.
  const bool jeugdbescherming = other_categories.count("48") > 0;
  const bool jeugdreclassering = other_categories.count("47") > 0;
  if (jeugdbescherming && jeugdreclassering) return 4;
  if (jeugdbescherming) return 2;
  if (jeugdreclassering) return 3;
  if (other_categories.count("45") > 0) return 1;
  if (!other_categories.empty()) return 5;
  return 0;
}

}  // namespace perspectief::analysis
