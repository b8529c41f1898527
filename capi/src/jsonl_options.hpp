// What pp_jsonl_open's options_json asks for: which operation every line of a
// JSONL file goes through, with that operation's own members, and how many
// threads. Read once when the stream opens, so that a mistake in the options is
// the caller's error, not every line's (docs/c-api.md, "JSONL files").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/json.hpp"

namespace perspectief::capi {

// The operations, named as the CLI's commands: `perspectief <name> --jsonl`
// (bulk: `perspectief bulk`) writes the same lines.
enum class JsonlOperation { parse, validate, replay, decide, records, bulk };

// The most worker threads a stream (or the CLI's --jobs) starts.
inline constexpr std::size_t kMostJsonlWorkers = 256;

struct JsonlOptions {
  JsonlOperation operation = JsonlOperation::parse;
  std::size_t workers = 1;
  bool validate = false;  // bulk: the problems
  bool replay = false;    // bulk: the rebuilt plan
  bool verify = false;    // replay, bulk: whether the history rebuilds the stored plan
  std::vector<std::string> record_kinds;  // records: its one kind; bulk: each kind once, in the order given
  Json requests;                          // decide: the array of requests
  std::optional<Json> settings;           // without an engine: the municipal settings of every region's engine
};

// Reads the options document. Throws Error(invalid_argument) naming the member
// by its pointer ("/workers") for an unknown member, a member the operation does
// not take, a value of the wrong type or range, or an unknown record kind.
JsonlOptions read_jsonl_options(const Json& options);

}  // namespace perspectief::capi
