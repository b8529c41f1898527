// A plan's "id" and "profile" read from its text without parsing the document:
// in JSONL mode every line needs them (which engine, which plan an output line
// is about) and a full parse for two strings would double the work per line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perspectief::capi {

struct PlanLabels {
  std::optional<std::string> id;
  std::optional<std::string> profile;
};

// The top-level string members "id" and "profile" of a JSON object's text. Text
// that is not a JSON object, or a member of another type, gives nothing for it;
// the library's parse says what is wrong with such text.
PlanLabels peek_plan_labels(std::string_view text);

}  // namespace perspectief::capi
