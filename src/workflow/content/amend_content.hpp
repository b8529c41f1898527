// plan_wijzigen on the members a merge patch names, not on the whole content: the
// members' JSON is patched and read back into a copy of the plan that shares every
// other member with the plan before. The whole-content path (content_json, patch,
// plan_from_json) gives the same candidate, the same problems and the same content
// differences; tests/cpp/workflow_sharing_property_test.cpp holds the two equal.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief::workflow {

// The plan members a merge patch names, in the plan's field order, when every one is
// a content member that plan_wijzigen may change (plan_content.hpp); nullopt when the
// patch names anything else (a controlled or unknown member), which the whole-content
// path handles and refuses.
std::optional<std::vector<std::string_view>> patched_content_members(const Json& merge_patch);

// The members of content_json(plan) named in `members`, and nothing else.
Json content_members_json(const Plan& plan, const std::vector<std::string_view>& members);

// Reads `members` of the patched content document `after` into `plan`, each as
// plan_from_json would read it (absent: the member's default; problems at /<member>/...).
std::vector<Problem> read_content_members(const Json& after, const std::vector<std::string_view>& members,
                                          Plan& plan);

}  // namespace perspectief::workflow
