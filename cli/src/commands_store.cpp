// perspectief store init | apply | view | log | verify | export | import: a dossier
// store file (docs/store.md) from the command line, over the C ABI's pp_store_*.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {
namespace {

constexpr const char* kUsage =
    "perspectief store init STORE\n"
    "       perspectief store apply STORE [--plan ID] --event EVENT [ENGINE]   (no --plan: EVENT is plan_aanmaken)\n"
    "       perspectief store view STORE --plan ID [--request REQUEST | --version N] [ENGINE]\n"
    "       perspectief store log STORE --plan ID [--chain log|history] [--record RECORD]\n"
    "       perspectief store verify STORE [--plan ID] [--trusted-key HEX] [--heads HEADS]\n"
    "       perspectief store export STORE --plan ID\n"
    "       perspectief store import STORE [PACKAGE|-]";

using StoreHandle = std::unique_ptr<pp_store, decltype(&pp_store_close)>;

StoreHandle open_store(const std::string& path, std::uint32_t flags) {
  pp_store* handle = nullptr;
  const pp_status status = pp_store_open(path.c_str(), flags, &handle);
  StoreHandle store(handle, &pp_store_close);
  check(status);
  return store;
}

// The engine for a stored plan: the options, else the region the plan itself names.
Engine engine_for(const Arguments& arguments, pp_store* store, const std::string& plan_id) {
  if (arguments.option("--profile") || arguments.option("--profile-file")) return open_engine(arguments);
  const Json package = Json::parse(string_result([&](char** out) { return pp_store_export(store, plan_id.c_str(), out); }));
  return open_engine(arguments, Json{{"profile", package.value("profile", "")}});
}

std::string store_path(const Arguments& arguments) {
  if (arguments.positional().empty()) throw UsageError(std::string("which store file?\nusage: ") + kUsage);
  return arguments.positional().front();
}

int store_init(const Words& words) {
  const Arguments arguments(words, {}, {});
  arguments.at_most(1, kUsage);
  open_store(store_path(arguments), PP_STORE_CREATE);
  return kExitOk;
}

int store_apply(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--plan", "--event"}), {"--pretty"});
  arguments.at_most(1, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  const std::string event = json_argument(arguments.required("--event"));
  const auto plan_id = arguments.option("--plan");
  Plan plan(nullptr);
  if (plan_id) {
    const Engine engine = engine_for(arguments, store.get(), *plan_id);
    plan = plan_result([&](pp_plan** out) {
      return pp_store_apply(store.get(), engine.get(), plan_id->c_str(), event.c_str(), out);
    });
  } else {
    // The genesis payload names its region; --profile overrides it.
    const Json document = Json::parse(event, nullptr, /*allow_exceptions=*/false);
    std::optional<Json> peek;
    if (document.is_object() && document.contains("payload")) peek = document["payload"];
    const Engine engine = open_engine(arguments, peek);
    plan = plan_result([&](pp_plan** out) { return pp_store_create_plan(store.get(), engine.get(), event.c_str(), out); });
  }
  print_json(plan.json(), arguments.flag("--pretty"));
  return kExitOk;
}

int store_view(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--plan", "--request", "--version"}), {"--pretty"});
  arguments.at_most(1, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  const std::string plan_id = arguments.required("--plan");
  const bool pretty = arguments.flag("--pretty");
  if (const auto version = arguments.option("--version")) {
    std::int64_t number = 0;
    try {
      number = std::stoll(*version);
    } catch (const std::exception&) {
      throw UsageError("--version is not a number: '" + *version + "'");
    }
    print_json(string_result([&](char** out) {
                 return pp_store_fixed_version(store.get(), plan_id.c_str(), number, out);
               }),
               pretty);
    return kExitOk;
  }
  const Engine engine = engine_for(arguments, store.get(), plan_id);
  if (const auto request = arguments.option("--request")) {
    const std::string text = json_argument(*request);
    const std::string view = string_result([&](char** out) {
      return pp_store_view(store.get(), engine.get(), plan_id.c_str(), text.c_str(), out);
    });
    print_json(view, pretty);
    return Json::parse(view)["disclosure"].is_null() ? kExitRefused : kExitOk;
  }
  const Plan plan = plan_result([&](pp_plan** out) { return pp_store_get(store.get(), engine.get(), plan_id.c_str(), out); });
  print_json(plan.json(), pretty);
  return kExitOk;
}

int store_log(const Words& words) {
  const Arguments arguments(words, {"--plan", "--chain", "--record"}, {"--pretty"});
  arguments.at_most(1, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  const std::string plan_id = arguments.required("--plan");
  if (const auto record = arguments.option("--record")) {
    const std::string text = json_argument(*record);
    check(pp_store_log(store.get(), plan_id.c_str(), text.c_str()));
    return kExitOk;
  }
  const std::string chain = arguments.option("--chain").value_or("log");
  print_json(string_result([&](char** out) { return pp_store_rows(store.get(), plan_id.c_str(), chain.c_str(), out); }),
             arguments.flag("--pretty"));
  return kExitOk;
}

int store_verify(const Words& words) {
  const Arguments arguments(words, {"--plan", "--trusted-key", "--heads"}, {"--pretty"});
  arguments.at_most(1, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  Json options = Json::object();
  if (const auto plan = arguments.option("--plan")) options["plan"] = *plan;
  if (const auto key = arguments.option("--trusted-key")) options["trusted_keys"] = Json::array({*key});
  if (const auto heads = arguments.option("--heads")) {
    options["expected_heads"] = Json::parse(json_argument(*heads), nullptr, /*allow_exceptions=*/false);
    if (options["expected_heads"].is_discarded()) throw InputError("--heads is not JSON");
  }
  const std::string report = string_result([&](char** out) {
    return pp_store_verify(store.get(), options.dump().c_str(), out);
  });
  print_json(report, arguments.flag("--pretty"));
  const Json parsed = Json::parse(report);
  for (const Json& problem : parsed["problems"]) std::cerr << problem.value("message", "") << '\n';
  return parsed["ok"].get<bool>() ? kExitOk : kExitRefused;
}

int store_export(const Words& words) {
  const Arguments arguments(words, {"--plan"}, {"--pretty"});
  arguments.at_most(1, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  const std::string plan_id = arguments.required("--plan");
  print_json(string_result([&](char** out) { return pp_store_export(store.get(), plan_id.c_str(), out); }),
             arguments.flag("--pretty"));
  return kExitOk;
}

int store_import(const Words& words) {
  const Arguments arguments(words, {}, {});
  arguments.at_most(2, kUsage);
  const StoreHandle store = open_store(store_path(arguments), PP_STORE_OPEN_EXISTING);
  const std::string package = read_source(arguments.positional().size() > 1 ? arguments.positional()[1] : "-");
  const std::string plan_id = string_result([&](char** out) { return pp_store_import(store.get(), package.c_str(), out); });
  std::cout << plan_id << '\n';
  return kExitOk;
}

}  // namespace

int command_store(const Words& words) {
  if (words.empty()) throw UsageError(std::string("which store command?\nusage: ") + kUsage);
  const std::string& sub = words.front();
  const Words rest(words.begin() + 1, words.end());
  if (sub == "init") return store_init(rest);
  if (sub == "apply") return store_apply(rest);
  if (sub == "view") return store_view(rest);
  if (sub == "log") return store_log(rest);
  if (sub == "verify") return store_verify(rest);
  if (sub == "export") return store_export(rest);
  if (sub == "import") return store_import(rest);
  throw UsageError("unknown store command '" + sub + "'\nusage: " + kUsage);
}

}  // namespace cli
