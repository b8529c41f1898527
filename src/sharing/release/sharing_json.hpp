// The JSON forms of requests, decisions, disclosure records and views, derived
// from one field list per type (sharing_json.cpp) with the model's declarative
// mapping (model/json_mapping.hpp).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/sharing.hpp"

namespace perspectief::sharing {

// Reads one request, adding every structural problem to `problems`; with
// `index`, pointers start with "/<index>" (a request inside a batch).
Request read_request(const Json& json, std::vector<Problem>& problems, std::optional<std::size_t> index = {});

// canonical_json(to_json(view)), written as text from the same field lists; the view's
// content is written at its place by `write_content` (view.view is not read), so that it
// is never built as a tree nor copied (operations.cpp, view_text).
std::string to_text(const View& view, const std::function<void(std::string&)>& write_content);

}  // namespace perspectief::sharing
