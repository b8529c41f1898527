// Reading plans written in an earlier plan format (docs/model.md "Plan formats").
//
// perspectief/plan@1 -> perspectief/plan@2 (issue #11, R-SEG-KNOWN, R-KADER-CHANGE):
// segment and kader moved from the plan to each jeugdige, and each jeugdige got the
// state of its own help (ChildPart::help). The migration works on the JSON document,
// before it is read, so that everything else in the library knows only @2.
#pragma once

#include <array>
#include <string_view>

#include "perspectief/json.hpp"

namespace perspectief::detail {

inline constexpr std::string_view kPlanFormat1 = "perspectief/plan@1";

// Plan members of perspectief/plan@1 that belong to each jeugdige since plan@2. Named at
// the plan's level in a plan@2 document or a change, they are refused with a pointer to
// where they belong now.
inline constexpr std::array<std::string_view, 2> kMovedToJeugdige = {"segment", "kader"};

// The document in the current format: a perspectief/plan@1 document migrated, any
// other document returned as it is (reading it then reports what is wrong with it).
// What the migration does, step by step, is in plan_migration.cpp and docs/model.md.
Json migrate_plan_document(const Json& document);

}  // namespace perspectief::detail
