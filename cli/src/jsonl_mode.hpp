// The JSONL mode of parse, validate, replay, records and decide, and `perspectief
// bulk`: a plan per line in, JSONL out, in file order. The lines are the
// library's (pp_jsonl_*: the same text a C, Java or C# host gets for the same
// file and options); the CLI adds --jobs, the engine (--profile, or each plan's
// own region), the exit code, which is the worst of the lines', and a message on
// standard error for each line that failed (docs/c-api.md, "The perspectief tool").
#pragma once

#include <cstddef>
#include <set>
#include <string>

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

// The longest line read: the engine's document limit (the CLI's engines have the defaults).
std::size_t line_limit();

// Runs the stream that `options` asks for (pp_jsonl_open's options_json, without
// "workers", which --jobs gives) over the input (the one positional argument,
// "-" or none for standard input), prints its lines and returns the worst exit code.
int run_jsonl(const std::string& command, const Arguments& arguments, Json options);

}  // namespace cli
