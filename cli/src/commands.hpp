// The subcommands of `perspectief`. Each takes the words after its name and
// returns the process exit code (exit_codes.hpp); failures are thrown as
// UsageError, InputError or LibraryError and reported by main().
#pragma once

#include <string>
#include <vector>

namespace cli {

using Words = std::vector<std::string>;

// Plans (commands_plan.cpp)
int command_validate(const Words& words);
int command_parse(const Words& words);
int command_canonical(const Words& words);
int command_get(const Words& words);
int command_records(const Words& words);
// Workflow (commands_workflow.cpp)
int command_create(const Words& words);
int command_initial_content(const Words& words);
int command_apply(const Words& words);
int command_events(const Words& words);
int command_replay(const Words& words);
int command_deadlines(const Words& words);
int command_diagram(const Words& words);
// Sharing (commands_sharing.cpp)
int command_decide(const Words& words);
int command_decide_batch(const Words& words);
int command_view(const Words& words);
// Analysis over many plans (commands_analysis.cpp)
int command_report(const Words& words);
// Several passes over a JSONL file in one (commands_bulk.cpp)
int command_bulk(const Words& words);
// Library (commands_library.cpp)
int command_profiles(const Words& words);
int command_version(const Words& words);
// The dossier store (commands_store.cpp): init, apply, view, log, verify, export, import
int command_store(const Words& words);
// conformance.cpp, demo.cpp
int command_conformance(const Words& words);
int command_demo(const Words& words);

}  // namespace cli
