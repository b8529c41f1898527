// The kinds of other help beside residential stay that the regions' overviews
// of residential care count (the rows of the verblijf report's first table).
#pragma once

#include <array>
#include <set>
#include <string>

#include "perspectief/verblijf_report.hpp"

namespace perspectief::analysis {

// In the order the overviews print them.
inline const std::array<ReportRow, 6> kKindsOfHelp = {{
    {"alleen_verblijf", "Alleen verblijf", "Residential care only"},
    {"met_ambulante_hulp", "Met ambulante hulp", "With outpatient help"},
    {"met_jeugdbescherming", "Met jeugdbescherming", "With child protection"},
    {"met_jeugdreclassering", "Met jeugdreclassering", "With juvenile probation"},
    {"met_jeugdbescherming_en_jeugdreclassering", "Met jeugdbescherming en jeugdreclassering",
     "With child protection and juvenile probation"},
    {"met_andere_jeugdhulp", "Met andere jeugdhulp", "With other youth care"},
}};

// The row (index into kKindsOfHelp) of a jeugdige in residential care whose
// other help, in the same half-year, has these JZ020 product categories. The
// rows exclude each other: the judicial frameworks come first (48
// jeugdbescherming, 47 jeugdreclassering, both), then 45 ambulant help, then
// any other category; none is "alleen verblijf".
std::size_t kind_of_help_row(const std::set<std::string>& other_categories);

}  // namespace perspectief::analysis
