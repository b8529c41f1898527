// The JSON forms of requests, decisions, disclosure records and views, derived
// from one field list per type (sharing_json.cpp) with the model's declarative
// mapping (model/json_mapping.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/sharing.hpp"

namespace perspectief::sharing {

// Reads one request, adding every structural problem to `problems`; with
// `index`, pointers start with "/<index>" (a request inside a batch).
Request read_request(const Json& json, std::vector<Problem>& problems, std::optional<std::size_t> index = {});

// canonical_json(to_json(view)) for a view whose content `view_text` is already written
// as canonical text (view.view itself is not read): the document around it written as
// text too, from the same field lists.
std::string to_text(const View& view, std::string_view view_text);

}  // namespace perspectief::sharing
