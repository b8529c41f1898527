// JSON forms used by the Engine's JSON facade (event_json.cpp).
#pragma once

#include "perspectief/workflow.hpp"

namespace perspectief::workflow {

Json problem_json(const Problem& problem);
Json option_json(const EventOption& option);

}  // namespace perspectief::workflow
