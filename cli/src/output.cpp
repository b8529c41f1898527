#include "output.hpp"

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
  line += ": " + problem.value("code", "");
  const std::string rule = problem.value("rule", "");
  if (!rule.empty()) line += " [" + rule + "]";
  line += " " + problem.value("message_en", "");
  return line;
}

int report(const std::string& command, const LibraryError& error) {
  std::cerr << "perspectief " << command << ": " << pp_status_name(error.status()) << ": " << error.what();
  if (!error.pointer().empty()) std::cerr << " (at " << error.pointer() << ")";
  std::cerr << '\n';
  const Json& problems = error.detail().contains("problems") ? error.detail()["problems"] : Json::array();
  for (const Json& problem : problems) std::cerr << "  " << describe_problem(problem) << '\n';
  const Json& rules = error.detail().contains("rules") ? error.detail()["rules"] : Json::array();
  if (!rules.empty()) {
    std::cerr << "  rules:";
    for (const Json& rule : rules) std::cerr << ' ' << rule.get<std::string>();
    std::cerr << '\n';
  }
  return exit_code_for(error.status());
}

}  // namespace cli
