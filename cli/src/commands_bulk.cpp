// perspectief bulk: several passes over a JSONL file of plans in one go. Each
// line is read and parsed once and the plan then goes through every pass asked
// for (validate, replay, --verify, records), where validate, replay and records
// --jsonl would each parse the whole file again. One output line per input
// line, in file order: pp_jsonl_open's "bulk" operation (docs/c-api.md,
// "perspectief bulk").
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "jsonl_mode.hpp"
#include "session.hpp"

namespace cli {
namespace {

// "results,transitions" -> each kind once, in the order given; an unknown kind
// is the command line's mistake, not every line's.
std::vector<std::string> record_kinds(const std::string& value) {
  std::vector<std::string> kinds;
  std::stringstream list(value);
  std::string kind;
  while (std::getline(list, kind, ',')) {
    if (kind.empty()) throw UsageError("--records takes record kinds separated by commas, not '" + value + "'");
    string_result([&](char** out) { return pp_record_columns(kind.c_str(), out); });
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
  }
  if (kinds.empty()) throw UsageError("--records needs at least one record kind");
  return kinds;
}

// The passes as pp_jsonl_open's options.
Json passes_of(const Arguments& arguments) {
  Json options = {{"operation", "bulk"}};
  for (const char* pass : {"validate", "replay", "verify"}) {
    if (arguments.flag(std::string("--") + pass)) options[pass] = true;
  }
  if (const auto kinds = arguments.option("--records")) options["records"] = record_kinds(*kinds);
  if (options.size() == 1) {
    throw UsageError("give at least one pass: --validate, --replay, --verify, --records KIND[,KIND...]");
  }
  return options;
}

}  // namespace

int command_bulk(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, with({"--records"}, kJsonlOptions)),
                            with({"--validate", "--replay", "--verify"}, kJsonlFlags));
  return run_jsonl("bulk", arguments, passes_of(arguments));
}

}  // namespace cli
