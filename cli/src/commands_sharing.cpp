// perspectief decide | decide-batch | view
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "jsonl_mode.hpp"
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

namespace {

bool allowed(const Json& decision) { return decision.value("decision", "") == "allow"; }

// decide --jsonl: the same requests against every plan, each plan's decided as
// one batch (pp_sharing_decide_batch); a line {"decision":{...},"line":N,"plan":ID,"request":I}
// for each decision, I the request's index. Exit 1 when any is denied.
int decide_jsonl(const Arguments& arguments) {
  const auto one = arguments.option("--request");
  const auto many = arguments.option("--requests");
  if (static_cast<bool>(one) == static_cast<bool>(many)) throw UsageError("give one of --request, --requests");
  if ((one ? *one : *many) == "-" && plan_source(arguments) == "-") {
    throw UsageError("the plans and the requests cannot both come from standard input");
  }
  // Read once, here: a request that is not JSON is the command line's mistake, not every line's.
  Json requests = parse_text(json_argument(one ? *one : *many));
  if (one) requests = Json::array({std::move(requests)});
  if (!requests.is_array()) throw InputError("--requests must be a JSON array of requests");
  return run_jsonl("decide", arguments, {{"operation", "decide"}, {"requests", std::move(requests)}});
}

}  // namespace

// A denial is an answer, printed like an allowance; the exit code tells them apart.
int command_decide(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, with({"--request", "--requests"}, kJsonlOptions)),
                            with({"--pretty"}, kJsonlFlags));
  if (jsonl_mode(arguments)) return decide_jsonl(arguments);
  if (arguments.option("--requests")) throw UsageError("--requests is for --jsonl; one plan takes --request (or use decide-batch)");
  const Json decision = Json::parse(run_sharing(arguments, "decide", "--request", &pp_sharing_decide));
  return allowed(decision) ? kExitOk : kExitRefused;
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
  return allowed(decision) ? kExitOk : kExitRefused;
}

}  // namespace cli
