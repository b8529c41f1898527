// perspectief bulk: several passes over a JSONL file of plans in one go. Each
// line is read and parsed once and the plan then goes through every pass asked
// for (validate, replay, --verify, records), where validate, replay and records
// --jsonl would each parse the whole file again. One output line per input
// line, in file order (docs/c-api.md, "perspectief bulk").
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "jsonl_mode.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {
namespace {

struct Passes {
  bool validate = false;
  bool replay = false;  // the rebuilt plan in the output
  bool verify = false;  // whether the history rebuilds the stored plan
  std::vector<std::string> record_kinds;
};

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

Passes passes_of(const Arguments& arguments) {
  Passes passes;
  passes.validate = arguments.flag("--validate");
  passes.replay = arguments.flag("--replay");
  passes.verify = arguments.flag("--verify");
  if (const auto kinds = arguments.option("--records")) passes.record_kinds = record_kinds(*kinds);
  if (!passes.validate && !passes.replay && !passes.verify && passes.record_kinds.empty()) {
    throw UsageError("give at least one pass: --validate, --replay, --verify, --records KIND[,KIND...]");
  }
  return passes;
}

// One pass that failed for this plan: its error goes into the line's "errors"
// and on standard error, and the other passes still run.
void failed(LineOutput& output, Json& errors, const PlanLine& line, const char* pass, const LibraryError& failure) {
  errors[pass] = error_document(failure);
  output.diagnostics += describe_failure("bulk: line " + std::to_string(line.line) + ": " + pass, failure);
  output.exit_code = std::max(output.exit_code, exit_code_for(failure.status()));
}

// The members are written in canonical (sorted) order, the passes' JSON text
// spliced in as the library gave it: errors, line, plan, problems, records,
// replayed, verified.
LineOutput run_passes(const Passes& passes, const PlanLine& line) {
  LineOutput output;
  Json errors = Json::object();
  std::string problems;
  if (passes.validate) {
    try {
      problems = string_result(
          [&](char** out) { return pp_plan_validate(line.engine.get(), line.plan.get(), out); });
      if (problems != "[]" && any_error(Json::parse(problems))) output.exit_code = kExitRefused;
    } catch (const LibraryError& failure) {
      failed(output, errors, line, "validate", failure);
    }
  }
  std::string records;
  if (!passes.record_kinds.empty()) {
    try {
      for (const std::string& kind : passes.record_kinds) {
        records += (records.empty() ? "{" : ",") + json_line(kind) + ":" + string_result([&](char** out) {
                     return pp_plan_records(line.engine.get(), line.plan.get(), kind.c_str(), out);
                   });
      }
      records += "}";
    } catch (const LibraryError& failure) {
      records.clear();
      failed(output, errors, line, "records", failure);
    }
  }
  std::string rebuilt;
  bool replayed = false;
  if (passes.replay || passes.verify) {
    try {
      rebuilt = plan_result([&](pp_plan** out) {
                  return pp_workflow_replay(line.engine.get(), line.plan.get(), out);
                }).json();
      replayed = true;
    } catch (const LibraryError& failure) {
      failed(output, errors, line, "replay", failure);
    }
  }
  // Sorted keys, as json_line would write them.
  std::string text = "{";
  if (!errors.empty()) text += "\"errors\":" + json_line(errors) + ",";
  text += line.head.substr(1);
  if (passes.validate && !problems.empty()) text += ",\"problems\":" + problems;
  if (!records.empty()) text += ",\"records\":" + records;
  if (passes.replay && replayed) text += ",\"replayed\":" + rebuilt;
  if (passes.verify && replayed) {
    const bool same = rebuilt == line.plan.json();
    text += std::string(",\"verified\":") + (same ? "true" : "false");
    if (!same) output.exit_code = std::max(output.exit_code, static_cast<int>(kExitRefused));
  }
  output.lines.push_back(text + "}");
  return output;
}

}  // namespace

int command_bulk(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, with({"--records"}, kJsonlOptions)),
                            with({"--validate", "--replay", "--verify"}, kJsonlFlags));
  const Passes passes = passes_of(arguments);
  return run_jsonl("bulk", arguments, [&passes](const PlanLine& line) { return run_passes(passes, line); });
}

}  // namespace cli
