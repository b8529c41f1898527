// perspectief: the command-line tool over libperspectief's C ABI, for scripts
// and test harnesses in any language. JSON in (files, "@file", "-" for stdin)
// and canonical JSON out; text errors on stderr; exit codes in exit_codes.hpp.
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "library.hpp"
#include "output.hpp"

namespace {

struct Command {
  const char* name;
  int (*run)(const cli::Words&);
  const char* arguments;  // after the command's name, for its usage line
  const char* summary;
  const char* more = nullptr;  // shown by COMMAND --help only
};

// The JSONL mode that parse, validate, replay, records and decide share (jsonl_mode.hpp).
constexpr const char* kJsonlHelp =
    "--jsonl [FILE|-] (or a FILE named *.jsonl): a plan per line, without loading the file; one\n"
    "JSON line out per result, in file order, each with its \"line\" (and \"plan\" id); a bad line\n"
    "gives {\"line\":N,\"error\":{code,name,message,pointer,problems}} and the stream goes on.\n"
    "--jobs N: lines on N threads (default: all cores). Exit code: the worst of the lines'.\n";

const Command kCommands[] = {
    {"demo", cli::command_demo, "[--json] [--scenario FILE] [--root REPO] [--store NEW-FILE]",
     "walk a family's plan from hulpvraag to afronding (--json for machine output)"},
    {"validate", cli::command_validate, "[PLAN|-] [ENGINE] [--pretty] | --jsonl [FILE|-] [--jobs N] [ENGINE]",
     "every problem of the plan; exit 1 when there are any",
     "--jsonl: a line {\"line\":N,\"plan\":ID,\"problems\":[...]} per plan."},
    {"parse", cli::command_parse, "[PLAN|-] [ENGINE] [--pretty] | --jsonl [FILE|-] [--jobs N] [ENGINE]",
     "the plan in canonical JSON (unknown and local fields kept)",
     "--jsonl: a line {\"line\":N,\"parsed\":{...},\"plan\":ID} per plan."},
    {"canonical", cli::command_canonical, "[FILE|-] [--pretty]", "any JSON text in canonical form"},
    {"get", cli::command_get, "POINTER [PLAN|-] [ENGINE] [--pretty]", "the value at a JSON pointer in the plan"},
    {"records", cli::command_records,
     "[PLAN|-] --kind results|evaluations|transitions|jeugdigen [ENGINE] [--pretty] | --jsonl [FILE|-] --kind K "
     "[--jobs N] [ENGINE]",
     "flat records for tables",
     "--jsonl: a line per row, the row with its plan's \"line\" (pandas.read_json(lines=True))."},
    {"initial-content", cli::command_initial_content, "[PLAN|-] [ENGINE] [--pretty]",
     "the plan's content as the payload of plan_aanmaken"},
    {"create", cli::command_create, "[EVENT|@FILE|-] [ENGINE] [--pretty]",
     "a new plan from its genesis event plan_aanmaken; exit 1 when refused"},
    {"apply", cli::command_apply, "[PLAN|-] --event EVENT | --events EVENTS [ENGINE] [--pretty]",
     "the new plan; exit 1 when refused"},
    {"events", cli::command_events, "[PLAN|-] --actor ACTOR --at TIME [ENGINE] [--pretty]",
     "the events the actor could fire"},
    {"replay", cli::command_replay, "[PLAN|-] [--verify] [ENGINE] [--pretty] | --jsonl [FILE|-] [--verify] [--jobs N] [ENGINE]",
     "the plan rebuilt from its history; --verify: exit 1 unless it equals the stored plan",
     "--jsonl: a line {\"line\":N,\"plan\":ID,\"replayed\":{...}} per plan, with --verify also \"verified\"."},
    {"deadlines", cli::command_deadlines, "[PLAN|-] --at TIME [ENGINE] [--pretty]", "what is due or overdue"},
    {"diagram", cli::command_diagram, "--profile ID | --profile-file PATH [--format mermaid|dot]",
     "the region's workflow"},
    {"decide", cli::command_decide,
     "[PLAN|-] --request REQUEST [ENGINE] [--pretty] | --jsonl [FILE|-] (--request REQUEST | --requests REQUESTS) "
     "[--jobs N] [ENGINE]",
     "a sharing decision; exit 1 when denied",
     "--jsonl: the requests against every plan; a line {\"decision\":{...},\"line\":N,\"plan\":ID,\"request\":I}\n"
     "per decision (I: the request's index); exit 1 when any is denied."},
    {"decide-batch", cli::command_decide_batch, "[PLAN|-] --requests REQUESTS [ENGINE] [--pretty]",
     "many decisions in one call (exit 0 whatever they say)"},
    {"view", cli::command_view, "[PLAN|-] --request REQUEST [ENGINE] [--pretty]",
     "the redacted view with its disclosure or refusal record; exit 1 when denied"},
    {"bulk", cli::command_bulk,
     "[FILE|-] [--validate] [--replay] [--verify] [--records KIND[,KIND...]] [--jobs N] [ENGINE]",
     "several passes over a JSONL file of plans, each line parsed once",
     "A line {\"line\":N,\"plan\":ID,...} per plan with each pass's result: \"problems\" (--validate),\n"
     "\"replayed\" (--replay), \"verified\" (--verify), \"records\":{KIND:[rows]} (--records); a pass that\n"
     "fails gives \"errors\":{PASS:{code,name,message,pointer}} and the others still run. Exit 1 when a\n"
     "plan is invalid or not verified."},
    {"report", cli::command_report,
     "[PLAN|JSONL|- ...] [--jsonl] [--min-count N] [--from DATE] [--to DATE] [ENGINE] [--pretty]",
     "the verblijf report over many plans, small numbers suppressed (*.jsonl: a plan a line)"},
    {"store", cli::command_store, "init|apply|view|log|verify|export|import STORE [...]",
     "a dossier store file: every event, fixed version and disclosure, hash-chained (docs/store.md)"},
    {"profiles", cli::command_profiles, "[ID] [--pretty]", "the built-in region profiles, or one profile document"},
    {"conformance", cli::command_conformance, "[DIR] [--root REPO] [--quiet]", "run the shared conformance cases"},
    {"version", cli::command_version, "", "the library version (also: perspectief --version)"},
};

// What every command's help ends with: the inputs, the engine options and the exit codes.
constexpr const char* kInputsAndExitCodes =
    "PLAN is a file, or - (standard input, also when absent). EVENT, ACTOR, REQUEST... are JSON:\n"
    "inline, @FILE or - . ENGINE: --profile ID | --profile-file PATH, and --settings PATH; by default\n"
    "the plan's own \"profile\". Output is canonical JSON (--pretty to indent).\n"
    "\nexit codes: 0 ok, 1 refused (invalid plan, rejected event, denied access, failed cases),\n"
    "2 usage, 3 bad input (unreadable, not JSON/UTF-8, too large, wrong shape, unknown id),\n"
    "4 internal error.\n";

void print_usage(std::ostream& out) {
  out << "usage: perspectief COMMAND [ARGUMENTS]    (perspectief COMMAND --help for one command)\n\ncommands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(17 - std::strlen(command.name), ' ') << command.summary << '\n';
  }
  out << '\n' << kInputsAndExitCodes;
}

void print_command_help(std::ostream& out, const Command& command) {
  out << "usage: perspectief " << command.name << (*command.arguments ? " " : "") << command.arguments << "\n\n"
      << command.summary << "\n\n";
  if (command.more != nullptr) out << command.more << '\n' << kJsonlHelp << '\n';
  out << kInputsAndExitCodes;
}

// --help or -h anywhere among a command's words (before a "--" that ends the options).
bool asks_for_help(const std::vector<std::string>& words) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "--") return false;
    if (words[i] == "--help" || words[i] == "-h") return true;
  }
  return false;
}

const Command* find_command(const std::string& name) {
  for (const Command& command : kCommands) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) {
    print_usage(std::cerr);
    return cli::kExitUsage;
  }
  if (words[0] == "--help" || words[0] == "-h" || (words[0] == "help" && words.size() == 1)) {
    print_usage(std::cout);
    return cli::kExitOk;
  }
  if (words[0] == "--version") return cli::command_version({});
  const bool help_topic = words[0] == "help";
  const std::string& name = help_topic ? words[1] : words[0];
  const Command* command = find_command(name);
  if (command == nullptr) {
    std::cerr << "perspectief: unknown command '" << name << "'\n\n";
    print_usage(std::cerr);
    return cli::kExitUsage;
  }
  if (help_topic || asks_for_help(words)) {
    print_command_help(std::cout, *command);
    return cli::kExitOk;
  }
  try {
    return command->run(cli::Words(words.begin() + 1, words.end()));
  } catch (const cli::UsageError& error) {
    std::cerr << "perspectief " << name << ": " << error.what() << "\n(perspectief " << name
              << " --help shows its usage)\n";
    return cli::kExitUsage;
  } catch (const cli::InputError& error) {
    std::cerr << "perspectief " << name << ": " << error.what() << '\n';
    return cli::kExitBadInput;
  } catch (const cli::LibraryError& error) {
    return cli::report(name, error);
  } catch (const std::bad_alloc&) {
    std::cerr << "perspectief " << name << ": out of memory\n";
    return cli::kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "perspectief " << name << ": internal error: " << error.what() << '\n';
    return cli::kExitInternal;
  }
}
