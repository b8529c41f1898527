// perspectief validate | parse | canonical | get | records
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "jsonl_mode.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {

namespace {

std::string problems_of(const Engine& engine, const Plan& plan) {
  return string_result([&](char** out) { return pp_plan_validate(engine.get(), plan.get(), out); });
}

std::string records_of(const Engine& engine, const Plan& plan, const std::string& kind) {
  return string_result([&](char** out) { return pp_plan_records(engine.get(), plan.get(), kind.c_str(), out); });
}

}  // namespace

int command_validate(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, kJsonlOptions), with({"--pretty"}, kJsonlFlags));
  // {"line":N,"plan":ID,"problems":[...]}; the problems are not repeated on standard error.
  if (jsonl_mode(arguments)) return run_jsonl("validate", arguments, {{"operation", "validate"}});
  arguments.at_most(1, "perspectief validate [PLAN|-] [--profile ID]");
  const Session session = open_session(arguments, plan_source(arguments));
  const std::string problems = problems_of(session.engine, *session.plan);
  print_json(problems, arguments.flag("--pretty"));
  const Json list = Json::parse(problems);
  for (const Json& problem : list) std::cerr << describe_problem(problem) << '\n';
  return any_error(list) ? kExitRefused : kExitOk;
}

int command_parse(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, kJsonlOptions), with({"--pretty"}, kJsonlFlags));
  // {"line":N,"parsed":{...},"plan":ID}: the plan in canonical form.
  if (jsonl_mode(arguments)) return run_jsonl("parse", arguments, {{"operation", "parse"}});
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
  const Arguments arguments(words, with(kEngineOptions, with({"--kind"}, kJsonlOptions)), with({"--pretty"}, kJsonlFlags));
  const std::string kind = arguments.required("--kind");
  // Each row on its own line with the line of its plan added, ready for a table
  // (pandas.read_json(lines=True)); a plan without rows gives no line.
  if (jsonl_mode(arguments)) {
    // An unknown kind is the command line's mistake, said in its words.
    string_result([&](char** out) { return pp_record_columns(kind.c_str(), out); });
    return run_jsonl("records", arguments, {{"operation", "records"}, {"kind", kind}});
  }
  arguments.at_most(1, "perspectief records [PLAN|-] --kind results|evaluations|transitions|jeugdigen");
  const Session session = open_session(arguments, plan_source(arguments));
  print_json(records_of(session.engine, *session.plan, kind), arguments.flag("--pretty"));
  return kExitOk;
}

}  // namespace cli
