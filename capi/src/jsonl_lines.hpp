// The lines of a JSONL stream (pp_jsonl_*): what one input line, a plan, gives
// as output lines of JSON text, for each operation. This is the one writer of
// these lines: the CLI's JSONL mode (`perspectief validate|replay|records|
// decide|parse --jsonl`, `perspectief bulk`) prints what pp_jsonl_next hands
// it, and Java and C# wrap the same calls, so every host sees the same text.
//
// Output lines, canonical JSON (sorted members), one or more per input line:
//   parse     {"line":N,"parsed":PLAN,"plan":ID}
//   validate  {"line":N,"plan":ID,"problems":[...]}
//   replay    {"line":N,"plan":ID,"replayed":PLAN,"verified":B?}
//   decide    {"decision":{...},"line":N,"plan":ID,"request":I} per request
//   records   each row of the kind with "line":N added (none for a plan without rows)
//   bulk      {"errors":{PASS:ERROR}?,"line":N,"plan":ID,"problems":?,"records":{KIND:[...]}?,
//              "replayed":?,"verified":?}, a pass that failed in "errors" and the others still run
//   a line that fails: {"error":{"code","message","name","pointer","problems"?,"rules"?},"line":N,"plan":ID?}
// ID is the plan's "id" as its text says (peeked, so that a line that does not
// parse still names its plan when it can); "plan" is left out when there is none.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jsonl_options.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"

namespace perspectief::capi {

class JsonlLines {
 public:
  // engine: the engine of every line, whatever region the plan names; nullopt:
  // each plan's own built-in region ("profile"), loaded once per region with
  // options.settings, and the default limits. (A parse needs no region's rules.)
  JsonlLines(std::optional<Engine> engine, JsonlOptions options);

  JsonlLines(const JsonlLines&) = delete;
  JsonlLines& operator=(const JsonlLines&) = delete;

  const JsonlOptions& options() const { return options_; }
  // The limits every line is read with: the engine's, or the defaults.
  const JsonLimits& limits() const { return limits_; }

  // The output lines of input line `number`. Never throws for the line's own
  // failure (that is its error line); may be called on many threads at once.
  std::vector<std::string> lines(std::size_t number, std::string_view text);

  // The error line of input line `number`.
  static std::string error_line(std::size_t number, const std::optional<std::string>& plan_id, const Error& error);

 private:
  const Engine& engine_for(std::string_view text, const std::optional<std::string>& profile);
  std::vector<std::string> run(const Engine& engine, const Plan& plan, std::size_t number,
                               const std::optional<std::string>& plan_id) const;
  std::string bulk_line(const Engine& engine, const Plan& plan, const std::string& head) const;

  struct Loaded {
    std::optional<Engine> engine;
    std::optional<Error> failure;  // a region that cannot be loaded fails every plan naming it, asked once
  };

  const JsonlOptions options_;
  const std::optional<Engine> fixed_;
  const JsonLimits limits_;
  std::mutex mutex_;  // guards by_profile_
  std::map<std::string, Loaded, std::less<>> by_profile_;
};

}  // namespace perspectief::capi
