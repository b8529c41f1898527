// Validation as Engine::validate does it, for the workflow's own use.
#pragma once

#include <vector>

#include "perspectief/engine.hpp"

namespace perspectief::detail {

// Engine::validate without the history's checks: every problem it finds, except those
// under /history/. The workflow judges a candidate plan by the problems an event
// introduced outside the history (the entry it appends is its own), so checking the
// history there would cost time in proportion to its length and find nothing it keeps.
std::vector<Problem> validate_without_history(const Engine& engine, const Plan& plan);

}  // namespace perspectief::detail
