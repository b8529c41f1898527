// The demo's report: built as one JSON document (printed as is with --json)
// and rendered as readable text for people.
#pragma once

#include <ostream>
#include <string>

#include "library.hpp"

namespace cli {

// {"audience","decision","parts_allowed","parts_total","rules"} of one sharing decision.
Json summarize_decision(const std::string& audience, const Json& decision);

// {"after_event","audience","decision","rules","released":[part ids],"withheld":[{part,rules}]|null,"disclosure"}
// of one pp_sharing_view answer.
Json summarize_view(int after_event, const std::string& audience, const Json& answer);

// The whole report as text.
void print_demo(const Json& report, std::ostream& out);

}  // namespace cli
