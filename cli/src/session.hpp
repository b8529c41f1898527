// What most subcommands start from: an engine (which profile, which municipal
// settings) and usually a plan. Options shared by those subcommands:
//   --profile ID         a built-in region profile (see `perspectief profiles`)
//   --profile-file PATH  a region profile document instead
//   --settings PATH      municipal settings for the profile
// Without --profile/--profile-file the plan's own "profile" member is used.
// The plan is the first positional argument, or standard input ("-" or none).
#pragma once

#include <optional>
#include <set>
#include <string>

#include "arguments.hpp"
#include "library.hpp"

namespace cli {

// Option names the session reads, to merge into a subcommand's own.
extern const std::set<std::string> kEngineOptions;

struct Session {
  Engine engine;
  std::optional<Plan> plan;
};

// An engine only (diagram, or a plan-less call). Requires --profile or --profile-file.
Engine open_engine(const Arguments& arguments, const std::optional<Json>& plan_document = std::nullopt);

// Engine and plan; the plan from `plan_source` ("-" = standard input).
Session open_session(const Arguments& arguments, const std::string& plan_source);

// The first positional argument or "-".
std::string plan_source(const Arguments& arguments);

// Merges option sets: with(kEngineOptions, {"--at"}).
std::set<std::string> with(std::set<std::string> base, const std::set<std::string>& more);

}  // namespace cli
