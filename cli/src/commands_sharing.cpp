// perspectief decide | decide-batch | view
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {
namespace {

using SharingCall = pp_status (*)(const pp_engine*, const pp_plan*, const char*, char**);

// The three commands share their shape: a plan, one JSON document, one JSON answer.
std::string run_sharing(const Arguments& arguments, const char* command, const char* option, SharingCall call) {
  arguments.at_most(1, std::string("perspectief ") + command + " [PLAN|-] " + option + " JSON|@FILE|-");
  const std::string value = arguments.required(option);
  if (value == "-" && plan_source(arguments) == "-") {
    throw UsageError(std::string("the plan and ") + option + " cannot both come from standard input");
  }
  const Session session = open_session(arguments, plan_source(arguments));
  const std::string document = json_argument(value);
  const std::string answer = string_result(
      [&](char** out) { return call(session.engine.get(), session.plan->get(), document.c_str(), out); });
  print_json(answer, arguments.flag("--pretty"));
  return answer;
}

}  // namespace

// A denial is an answer, printed like an allowance; the exit code tells them apart.
int command_decide(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--request"}), {"--pretty"});
  const Json decision = Json::parse(run_sharing(arguments, "decide", "--request", &pp_sharing_decide));
  return decision.value("decision", "") == "allow" ? kExitOk : kExitRefused;
}

// Every decision is in the output; the exit code is 0 whatever they say.
int command_decide_batch(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--requests"}), {"--pretty"});
  run_sharing(arguments, "decide-batch", "--requests", &pp_sharing_decide_batch);
  return kExitOk;
}

int command_view(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--request"}), {"--pretty"});
  const Json view = Json::parse(run_sharing(arguments, "view", "--request", &pp_sharing_view));
  const Json& decision = view.contains("decision") ? view["decision"] : Json::object();
  return decision.value("decision", "") == "allow" ? kExitOk : kExitRefused;
}

}  // namespace cli
