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
  const char* summary;
};

const Command kCommands[] = {
    {"demo", cli::command_demo, "walk a family's plan from hulpvraag to afronding (--json for machine output)"},
    {"validate", cli::command_validate, "PLAN: every problem of the plan; exit 1 when there are any"},
    {"parse", cli::command_parse, "PLAN: the plan in canonical JSON (unknown and local fields kept)"},
    {"canonical", cli::command_canonical, "FILE: any JSON text in canonical form"},
    {"get", cli::command_get, "POINTER PLAN: the value at a JSON pointer in the plan"},
    {"records", cli::command_records, "PLAN --kind results|evaluations|transitions|jeugdigen: flat records for tables"},
    {"initial-content", cli::command_initial_content, "PLAN: the plan's content as the payload of plan_aanmaken"},
    {"apply", cli::command_apply, "PLAN --event EVENT | --events EVENTS: the new plan; exit 1 when refused"},
    {"events", cli::command_events, "PLAN --actor ACTOR --at TIME: the events the actor could fire"},
    {"replay", cli::command_replay, "PLAN [--verify]: the plan rebuilt from its history"},
    {"deadlines", cli::command_deadlines, "PLAN --at TIME: what is due or overdue"},
    {"diagram", cli::command_diagram, "--profile ID [--format mermaid|dot]: the region's workflow"},
    {"decide", cli::command_decide, "PLAN --request REQUEST: a sharing decision; exit 1 when denied"},
    {"decide-batch", cli::command_decide_batch, "PLAN --requests REQUESTS: many decisions in one call"},
    {"view", cli::command_view, "PLAN --request REQUEST: the redacted view and its disclosure record"},
    {"profiles", cli::command_profiles, "[ID]: the built-in region profiles, or one profile document"},
    {"conformance", cli::command_conformance, "[DIR]: run the shared conformance cases"},
    {"version", cli::command_version, "the library version"},
};

void print_usage(std::ostream& out) {
  out << "usage: perspectief COMMAND [ARGUMENTS]\n\ncommands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(17 - std::strlen(command.name), ' ') << command.summary << '\n';
  }
  out << "\nPLAN is a file or - (standard input, also when absent). EVENT, ACTOR, REQUEST... are JSON:\n"
         "inline, @FILE or - . Engine: --profile ID | --profile-file PATH, --settings PATH; by default\n"
         "the plan's own \"profile\". Output is canonical JSON (--pretty to indent).\n"
         "\nexit codes: 0 ok, 1 refused (invalid plan, rejected event, denied access, failed cases),\n"
         "2 usage, 3 bad input (unreadable, not JSON/UTF-8, too large, wrong shape, unknown id),\n"
         "4 internal error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "help" || words[0] == "--help" || words[0] == "-h") {
    print_usage(words.empty() ? std::cerr : std::cout);
    return words.empty() ? cli::kExitUsage : cli::kExitOk;
  }
  const std::string& name = words[0];
  for (const Command& command : kCommands) {
    if (name != command.name) continue;
    try {
      return command.run(cli::Words(words.begin() + 1, words.end()));
    } catch (const cli::UsageError& error) {
      std::cerr << "perspectief " << name << ": " << error.what() << '\n';
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
  std::cerr << "perspectief: unknown command '" << name << "'\n\n";
  print_usage(std::cerr);
  return cli::kExitUsage;
}
