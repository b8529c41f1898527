// The text of one top-level member of a JSON object, found by scanning the
// object's text instead of parsing it: the JSONL mode reads a few small members
// of each output line ("problems", "decision") to choose its exit code, and
// parsing the whole line would lex a replayed plan, most of the line, again.
#pragma once

#include <optional>
#include <string_view>

namespace cli {

// The value text of member `name` of the JSON object `object` (valid JSON text,
// as the library writes it), or nullopt when it has none. The scan stops at the
// member; only strings and brackets are looked at, not the values' contents.
std::optional<std::string_view> member_text(std::string_view object, std::string_view name);

}  // namespace cli
