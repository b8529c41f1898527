// perspectief conformance [DIR] [--root DIR]: runs the shared conformance cases
// (docs/conformance.md) through the C ABI, compares each result with the
// case's expectation byte for byte in canonical form, and ends with the line
// "N passed, N failed". The C++, Python, Java and C# runners do the same.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "arguments.hpp"
#include "commands.hpp"
#include "conformance_ask.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "library.hpp"

namespace fs = std::filesystem;

namespace cli {
namespace {

Engine case_engine(const Json& spec) {
  const Json settings = spec.value("settings", Json());
  return Engine::builtin(spec.at("profile").get<std::string>(),
                         settings.is_null() ? std::nullopt : std::optional<std::string>(settings.dump()));
}

Plan case_plan(const Engine& engine, const Json& spec, const fs::path& root) {
  if (spec.contains("file")) return Plan::parse(engine, read_source((root / spec.at("file").get<std::string>()).string()));
  return Plan::parse(engine, spec.at("inline").dump());
}

Json parsed(const std::string& json) { return Json::parse(json); }

// The operation's output, per the table in docs/conformance.md.
Json run_operation(const Json& test_case, const fs::path& root) {
  const std::string operation = test_case.at("operation").get<std::string>();
  const Json input = test_case.value("input", Json::object());
  if (operation == "canonicalize") return Json(canonical(input.at("text").get<std::string>()));
  const Engine engine = case_engine(test_case.at("engine"));
  const pp_engine* e = engine.get();
  if (operation == "load_engine") {
    const Json info = parsed(string_result([&](char** out) { return pp_engine_info(e, out); }));
    return Json{{"profile", info.at("profile")}, {"municipality", info.at("municipality")}};
  }
  if (operation == "diagram") {
    const std::string format = input.at("format").get<std::string>();
    return Json(string_result([&](char** out) { return pp_workflow_diagram(e, format.c_str(), out); }));
  }
  if (operation == "verblijf_report") {
    std::vector<Plan> plans;
    std::vector<const pp_plan*> handles;
    for (const Json& spec : test_case.at("plans")) plans.push_back(case_plan(engine, spec, root));
    for (const Plan& plan : plans) handles.push_back(plan.get());
    const std::string options = input.contains("options") ? input.at("options").dump() : std::string();
    return parsed(string_result([&](char** out) {
      return pp_analysis_verblijf_report(e, handles.data(), handles.size(),
                                         input.contains("options") ? options.c_str() : nullptr, out);
    }));
  }
  const Plan plan = case_plan(engine, test_case.at("plan"), root);
  const pp_plan* p = plan.get();
  const auto text = [&](const char* member) { return input.at(member).dump(); };
  const auto string = [&](const char* member) { return input.at(member).get<std::string>(); };
  if (operation == "parse") return parsed(plan.json());
  if (operation == "validate") return parsed(string_result([&](char** out) { return pp_plan_validate(e, p, out); }));
  if (operation == "available_events") {
    const std::string actor = text("actor"), at = string("at");
    return parsed(string_result(
        [&](char** out) { return pp_workflow_available_events(e, p, actor.c_str(), at.c_str(), out); }));
  }
  if (operation == "apply" || operation == "apply_all") {
    const bool one = operation == "apply";
    const std::string events = text(one ? "event" : "events");
    const Plan next = plan_result([&](pp_plan** out) {
      return one ? pp_workflow_apply(e, p, events.c_str(), out) : pp_workflow_apply_all(e, p, events.c_str(), out);
    });
    return parsed(next.json());
  }
  if (operation == "replay") {
    return parsed(plan_result([&](pp_plan** out) { return pp_workflow_replay(e, p, out); }).json());
  }
  if (operation == "deadlines") {
    const std::string at = string("at");
    return parsed(string_result([&](char** out) { return pp_workflow_deadlines(e, p, at.c_str(), out); }));
  }
  if (operation == "regie_advice") {
    const std::string jeugdige = string("jeugdige");
    // situatie and fase are optional: NULL when the case gives none.
    const std::string situatie = input.contains("situatie") ? string("situatie") : std::string();
    const std::string fase = input.contains("fase") ? string("fase") : std::string();
    return parsed(string_result([&](char** out) {
      return pp_workflow_regie_advice(e, p, jeugdige.c_str(), input.contains("situatie") ? situatie.c_str() : nullptr,
                                      input.contains("fase") ? fase.c_str() : nullptr, out);
    }));
  }
  if (operation == "decide" || operation == "view") {
    const std::string request = text("request");
    const auto call = operation == "decide" ? &pp_sharing_decide : &pp_sharing_view;
    return parsed(string_result([&](char** out) { return call(e, p, request.c_str(), out); }));
  }
  if (operation == "ask") return ask_answers(engine, plan, input);
  if (operation == "ask_party") return ask_party_answers(engine, plan, input);
  if (operation == "decide_batch") {
    const std::string requests = text("requests");
    return parsed(string_result([&](char** out) { return pp_sharing_decide_batch(e, p, requests.c_str(), out); }));
  }
  if (operation == "records") {
    const std::string kind = string("kind");
    return parsed(string_result([&](char** out) { return pp_plan_records(e, p, kind.c_str(), out); }));
  }
  throw std::invalid_argument("unknown conformance operation '" + operation + "'");
}

// {"output": ...} or {"error": {"code", "pointer", "problems": [{"code", "pointer", "rule"}], "rules"}}.
Json result_document(const Json& test_case, const fs::path& root) {
  try {
    return Json{{"output", run_operation(test_case, root)}};
  } catch (const LibraryError& error) {
    Json problems = Json::array();
    for (const Json& problem : error.detail().value("problems", Json::array())) {
      problems.push_back(Json{{"code", problem.at("code")},
                              {"pointer", problem.value("pointer", "")},
                              {"rule", problem.value("rule", "")}});
    }
    return Json{{"error",
                 {{"code", pp_status_name(error.status())},
                  {"pointer", error.pointer()},
                  {"problems", problems},
                  {"rules", error.detail().value("rules", Json::array())}}}};
  }
}

std::vector<fs::path> case_files(const fs::path& directory) {
  if (!fs::is_directory(directory)) throw InputError("no conformance case folder at '" + directory.string() + "'");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int command_conformance(const Words& words) {
  const Arguments arguments(words, {"--root"}, {"--quiet"});
  arguments.at_most(1, "perspectief conformance [DIR] [--root REPOSITORY]");
  const fs::path directory = arguments.positional().empty() ? "tests/conformance/cases" : arguments.positional()[0];
  // Plan files are named relative to the repository root, which holds tests/conformance/cases.
  const fs::path root = arguments.option("--root").value_or((directory / ".." / ".." / "..").lexically_normal().string());
  int passed = 0;
  int failed = 0;
  for (const fs::path& file : case_files(directory)) {
    std::string id = file.stem().string();
    try {
      const Json test_case = parse_text(read_source(file.string()));
      id = test_case.value("id", id);
      const std::string expected = canonical(test_case.at("expect"));
      const std::string actual = canonical(result_document(test_case, root));
      if (actual == expected) {
        ++passed;
        if (!arguments.flag("--quiet")) std::cout << "ok   " << id << '\n';
        continue;
      }
      ++failed;
      std::cout << "FAIL " << id << ": " << test_case.value("description", "") << "\n  expected " << expected
                << "\n  actual   " << actual << '\n';
    } catch (const std::exception& error) {
      // A broken case file or an unknown operation fails that case, not the run.
      ++failed;
      std::cout << "FAIL " << id << ": " << error.what() << '\n';
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? kExitOk : kExitRefused;
}

}  // namespace cli
