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

// The errors (not the warnings) validate_without_history gives for `after` and not for
// `before`, in its order: what an event introduced, when `after` is the candidate an event
// made from `before`. The same list as validating both plans whole and dropping from the
// first what the second holds, but the entries of the shared lists (children, versions,
// akkoorden, consents) that `after` shares with `before` unchanged are not checked again,
// except where entries are compared with each other (numbers and ids), so that validating
// a candidate costs about what the event changed (validation.cpp says why it is the same).
std::vector<Problem> validate_changes(const Engine& engine, const Plan& before, const Plan& after);

}  // namespace perspectief::detail
