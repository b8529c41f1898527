#include "output.hpp"

#include <algorithm>
#include <iostream>

#include "exit_codes.hpp"

namespace cli {

void print_json(const std::string& canonical_json, bool pretty) {
  if (pretty) {
    std::cout << Json::parse(canonical_json).dump(2) << '\n';
  } else {
    std::cout << canonical_json << '\n';
  }
}

std::string describe_problem(const Json& problem) {
  std::string line = problem.value("pointer", "");
  if (line.empty()) line = "(document)";
  line += ": ";
  if (problem.value("severity", "error") == "warning") line += "warning ";
  line += problem.value("code", "");
  const std::string rule = problem.value("rule", "");
  if (!rule.empty()) line += " [" + rule + "]";
  line += " " + problem.value("message_en", "");
  return line;
}

// The C ABI names the C parameter that held the bad text ("json: invalid JSON at ...",
// "actor_json: ..."). The command line names its arguments ACTOR, EVENT, REQUEST, so
// "actor_json" is said as ACTOR; "json" is the command's main document, which the
// command already names, so it is left out.
std::string in_cli_terms(const std::string& message) {
  const std::size_t colon = message.find(": ");
  if (colon == std::string::npos || colon < 4 || message.compare(colon - 4, 4, "json") != 0) return message;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!(message[i] >= 'a' && message[i] <= 'z') && message[i] != '_') return message;
  }
  const std::string rest = message.substr(colon + 2);
  if (colon == 4) return rest;
  if (message[colon - 5] != '_') return message;
  std::string argument = message.substr(0, colon - 5);
  for (char& c : argument) c = c == '_' ? '-' : static_cast<char>(c - 'a' + 'A');
  return argument + ": " + rest;
}

namespace {

// The pointer, unless the message already ends with it.
bool names_pointer(const std::string& message, const std::string& pointer) {
  const std::string suffix = "(at " + pointer + ")";
  return message.size() >= suffix.size() && message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string describe_failure(const std::string& where, const LibraryError& error) {
  const std::string message = in_cli_terms(error.what());
  std::string text = "perspectief " + where + ": " + pp_status_name(error.status()) + ": " + message;
  if (!error.pointer().empty() && !names_pointer(message, error.pointer())) text += " (at " + error.pointer() + ")";
  text += '\n';
  const Json& problems = error.detail().contains("problems") ? error.detail()["problems"] : Json::array();
  for (const Json& problem : problems) text += "  " + describe_problem(problem) + '\n';
  const Json& rules = error.detail().contains("rules") ? error.detail()["rules"] : Json::array();
  if (!rules.empty()) {
    text += "  rules:";
    for (const Json& rule : rules) text += ' ' + rule.get<std::string>();
    text += '\n';
  }
  return text;
}

int report(const std::string& command, const LibraryError& error) {
  std::cerr << describe_failure(command, error);
  return exit_code_for(error.status());
}

bool any_error(const Json& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Json& problem) { return problem.value("severity", "error") == "error"; });
}

}  // namespace cli
