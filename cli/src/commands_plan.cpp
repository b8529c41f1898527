// perspectief validate | parse | canonical | get | records
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {

int command_validate(const Words& words) {
  const Arguments arguments(words, kEngineOptions, {"--pretty"});
  arguments.at_most(1, "perspectief validate [PLAN|-] [--profile ID]");
  const Session session = open_session(arguments, plan_source(arguments));
  const std::string problems = string_result(
      [&](char** out) { return pp_plan_validate(session.engine.get(), session.plan->get(), out); });
  print_json(problems, arguments.flag("--pretty"));
  const Json list = Json::parse(problems);
  for (const Json& problem : list) std::cerr << describe_problem(problem) << '\n';
  // Warnings are reported but leave the plan valid (exit 0).
  const bool any_error = std::any_of(list.begin(), list.end(),
                                     [](const Json& problem) { return problem.value("severity", "error") == "error"; });
  return any_error ? kExitRefused : kExitOk;
}

int command_parse(const Words& words) {
  const Arguments arguments(words, kEngineOptions, {"--pretty"});
  arguments.at_most(1, "perspectief parse [PLAN|-] [--profile ID]");
  const Session session = open_session(arguments, plan_source(arguments));
  print_json(session.plan->json(), arguments.flag("--pretty"));
  return kExitOk;
}

int command_canonical(const Words& words) {
  const Arguments arguments(words, {}, {"--pretty"});
  arguments.at_most(1, "perspectief canonical [FILE|-]");
  print_json(canonical(read_source(plan_source(arguments))), arguments.flag("--pretty"));
  return kExitOk;
}

int command_get(const Words& words) {
  const Arguments arguments(words, kEngineOptions, {"--pretty"});
  if (arguments.positional().empty()) throw UsageError("usage: perspectief get POINTER [PLAN|-]");
  arguments.at_most(2, "perspectief get POINTER [PLAN|-]");
  const std::string pointer = arguments.positional()[0];
  const std::string source = arguments.positional().size() > 1 ? arguments.positional()[1] : "-";
  const Session session = open_session(arguments, source);
  print_json(string_result([&](char** out) { return pp_plan_get(session.plan->get(), pointer.c_str(), out); }),
             arguments.flag("--pretty"));
  return kExitOk;
}

int command_records(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--kind"}), {"--pretty"});
  arguments.at_most(1, "perspectief records [PLAN|-] --kind results|evaluations|transitions|jeugdigen");
  const std::string kind = arguments.required("--kind");
  const Session session = open_session(arguments, plan_source(arguments));
  print_json(string_result([&](char** out) {
               return pp_plan_records(session.engine.get(), session.plan->get(), kind.c_str(), out);
             }),
             arguments.flag("--pretty"));
  return kExitOk;
}

}  // namespace cli
