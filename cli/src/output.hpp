// Writing results and errors. Results are JSON on standard output, in the
// library's canonical form (or indented with --pretty); errors are text on
// standard error: what failed, the code, the JSON pointer and every problem.
#pragma once

#include <string>

#include "arguments.hpp"
#include "library.hpp"

namespace cli {

// Prints canonical JSON text as it is, or indented when `pretty`.
void print_json(const std::string& canonical_json, bool pretty);

// Prints a library failure to standard error and returns its exit code.
int report(const std::string& command, const LibraryError& error);

// What report() prints, as text: "perspectief <where>: <name>: <message> (at <pointer>)"
// and a line for each problem and the rules.
std::string describe_failure(const std::string& where, const LibraryError& error);

// A library message in the command line's terms: the C parameter that held the
// bad text ("actor_json: ...") said as the argument's name (ACTOR), "json: " left out.
std::string in_cli_terms(const std::string& message);

// One problem of a detail document as a line: "<pointer>: <code> [<rule>] <message>".
std::string describe_problem(const Json& problem);

// Whether a list of validation problems makes the plan invalid: warnings are
// reported but leave it valid (exit 0).
bool any_error(const Json& problems);

}  // namespace cli
