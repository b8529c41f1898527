// A plan's "id" and "profile" read from its text without parsing the document:
// every JSONL host needs them for each line before it parses it (which region's
// engine reads the line, with its limits; which plan a line's result or error is
// about, even when the line does not parse), and a full parse for two strings
// would double the work per line. The C ABI's streams (pp_jsonl_*) and the
// Python module's both read them here, so that both name the same plan and
// choose the same engine for every line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perspectief::jsonl {

struct PlanLabels {
  std::optional<std::string> id;
  std::optional<std::string> profile;
};

// The top-level string members "id" and "profile" of a JSON object's text. Text
// that is not a JSON object, or a member of another type, gives nothing for it;
// the library's parse says what is wrong with such text.
PlanLabels peek_plan_labels(std::string_view text);

// The message of the schema error (at "/profile") a host gives a line whose
// plan names no region when the caller gave it no engine for every line: it
// cannot know whose rules, and whose limits, to read the line with.
inline constexpr const char* kNoRegionMessage = "the plan names no region (\"profile\") and the stream has no engine";

}  // namespace perspectief::jsonl
