// What makes a request well formed beyond its JSON shape: a natural person on
// every side (R-LOG), a recipient exactly for forward, a reason for
// break-glass, a channel the region knows, addresses that name parts.
#pragma once

#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/sharing.hpp"
#include "sharing/policy/compiled_policy.hpp"

namespace perspectief::sharing {

// The checks of the parties, the recipient and break-glass, appended to `problems`
// with pointers as in a request document.
void check_parties(const Party& requester, const Party* recipient, Action action, const BreakGlass* break_glass,
                   std::vector<Problem>& problems);

// Every problem, with pointers relative to the request document.
std::vector<Problem> check_request(const CompiledPolicy& policy, const Request& request);

// Throws Error(schema) carrying every problem; does nothing when there are none.
void throw_request_problems(std::vector<Problem> problems);

}  // namespace perspectief::sharing
