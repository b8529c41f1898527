// The JSONL mode of validate, replay, records and decide: a plan per line in,
// JSONL out, one or more output lines per input line, in file order, each
// naming its line. Lines run on --jobs threads through the ordered pipeline
// (jsonl/); a bad line gives an error line and the stream goes on. The exit
// code is the worst of the lines' (docs/c-api.md, "The perspectief tool").
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "library.hpp"

namespace cli {

// The options and flags JSONL mode adds to a command.
extern const std::set<std::string> kJsonlOptions;  // --jobs N
extern const std::set<std::string> kJsonlFlags;    // --jsonl

// A file named *.jsonl: a plan per line, whatever the command.
bool is_jsonl_file(const std::string& source);

// Whether the command runs in JSONL mode: --jsonl, or a file named *.jsonl.
bool jsonl_mode(const Arguments& arguments);

// One input line's plan, parsed with its engine.
struct PlanLine {
  const Engine& engine;
  const Plan& plan;
  std::size_t line;
  // The output line's start, canonical: {"line":N,"plan":"ID" (no closing brace),
  // for a command whose members sort after "plan".
  std::string head;
  // {"line":N,"plan":"ID"} as a document, for members that sort anywhere.
  Json labels;
};

// What one input line gives: output lines (JSON text), its exit code, and what
// goes to standard error (in file order with the output).
struct LineOutput {
  std::vector<std::string> lines;
  int exit_code = 0;
  std::string diagnostics = {};
};

// The longest line read: the engine's document limit (the CLI's engines have the defaults).
std::size_t line_limit();

// A line's failure as its output shows it: {code,name,message,pointer,problems?,rules?}.
Json error_document(const LibraryError& failure);

// A document as one output line. Text from an input line that is not UTF-8 (a
// plan id peeked from a line the library refused) becomes U+FFFD instead of
// stopping the stream.
std::string json_line(const Json& document);

using PlanLineWork = std::function<LineOutput(const PlanLine&)>;

// Runs `work` over every plan of the input (the one positional argument, "-" or
// none for standard input) and prints what it gives; returns the worst exit code.
// `work` runs on several threads at once and throws LibraryError for a line's failure.
int run_jsonl(const std::string& command, const Arguments& arguments, const PlanLineWork& work);

}  // namespace cli
