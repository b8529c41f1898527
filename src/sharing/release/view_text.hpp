// The view document as canonical text (issue #14): what canonical_json(to_json(view(...)))
// gives, with the view's content written straight from the typed plan
// (view_builder.hpp, write_view_text) instead of built as a tree and dumped. The C ABI
// and the JSON facade's text functions use it; operations.cpp defines it beside view().
#pragma once

#include <string>

#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"

namespace perspectief::sharing {

std::string view_text(const Engine& engine, const Plan& plan, const Request& request);
std::string view_text(const PreparedPlan& plan, const Request& request);

}  // namespace perspectief::sharing
