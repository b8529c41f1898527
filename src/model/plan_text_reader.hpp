// Reading plan text straight into the typed model (issue #14, "text without trees").
//
// The thorough reader (plan_fields.cpp) parses the text into a JSON tree with the
// strict parser (core/json.cpp), migrates older formats and reads the tree field by
// field, collecting every problem with its pointer. That costs a tree per plan. This
// reader walks the text once with simdjson's On Demand API and fills the same structs
// from the same field lists (json_mapping.hpp's Fields<T>), building JSON values only
// for the free-form members (unknown members, local fields, payloads).
//
// It is a fast path, not a second definition of a plan: it accepts only a document the
// thorough reader accepts and gives exactly the plan that reader gives (a property test
// and a fuzz target hold the two equal). At the first thing out of the ordinary - any
// structural problem, a duplicate name, a number outside 64 bits, a control character,
// an older format, a document past a limit - it gives up and returns nothing, and the
// caller reads the text the thorough way, which then says precisely what is wrong.
// Errors are therefore always the thorough reader's, with their codes and pointers.
#pragma once

#include <optional>
#include <string_view>

#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief::detail {

// The plan this text holds, exactly as plan_from_json(parse_json(text, limits)) reads
// it, or nullopt when the text is anything but a well-formed, valid plan of the current
// format within the limits (the caller then takes the thorough path).
std::optional<Plan> read_plan_text(std::string_view text, const JsonLimits& limits);

}  // namespace perspectief::detail
