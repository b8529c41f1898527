// perspectief demo: the README's main command. A family's perspectiefplan is
// walked from hulpvraag to afronding through the C ABI alone: every step is a
// workflow event; after each one the demo shows the state, what was refused and
// why, the deadlines, and what each role may see (one batch of sharing
// decisions); at chosen steps a full redacted view with its disclosure record.
//
// The walk is data: an event scenario in the format of examples/scenarios/ with
// the demo's annotations (demo_scenario.hpp); the default is
// cli/demo/amsterdam-segment-c.json. Each step says whether it should be
// applied or refused; when one does otherwise the demo says so and exits 1, so
// it doubles as a test.
//
// With --store FILE the walk runs through a dossier store (docs/store.md): each
// event through pp_store_apply, each redacted view through pp_store_view (so its
// disclosure record is logged), and the end shows what verify says about the file.
#include <iostream>
#include <memory>
#include <optional>

#include "arguments.hpp"
#include "commands.hpp"
#include "demo_report.hpp"
#include "demo_scenario.hpp"
#include "exit_codes.hpp"
#include "input.hpp"

namespace cli {
namespace {

constexpr const char* kDefaultScenario = "cli/demo/amsterdam-segment-c.json";

Json parse(const std::string& json) { return Json::parse(json); }

std::string plan_value(const Plan& plan, const char* pointer) {
  return parse(string_result([&](char** out) { return pp_plan_get(plan.get(), pointer, out); })).get<std::string>();
}

class DemoRun {
 public:
  DemoRun(const Scenario& scenario, const std::string& root, const std::optional<std::string>& store_path)
      : scenario_(scenario),
        store_(open_store(store_path)),
        engine_(Engine::builtin(scenario.profile, scenario.settings.is_null()
                                                      ? std::nullopt
                                                      : std::optional<std::string>(scenario.settings.dump()))),
        family_(Plan::parse(engine_, read_source(root + "/" + scenario.family_file))) {}

  Json run() {
    Json report = {{"description", scenario_.description},
                   {"profile", scenario_.profile},
                   {"family", scenario_.family_file},
                   {"steps", Json::array()},
                   {"views", Json::array()},
                   {"surprises", Json::array()},
                   {"through_store", store_ != nullptr}};
    std::optional<Plan> plan;  // none until plan_aanmaken
    for (std::size_t i = 0; i < scenario_.steps.size(); ++i) {
      const DemoStep& step = scenario_.steps[i];
      const int number = static_cast<int>(i) + 1;
      Json entry = apply_step(number, step, plan);
      if (entry["outcome"] != entry["expected"]) {
        report["surprises"].push_back(
            Json{{"step", number}, {"event", entry["event"]}, {"expected", entry["expected"]}, {"outcome", entry["outcome"]}});
      }
      if (plan) {
        const std::string at = step.event.at("at").get<std::string>();
        entry["deadlines"] = parse(
            string_result([&](char** out) { return pp_workflow_deadlines(engine_.get(), plan->get(), at.c_str(), out); }));
        entry["access"] = access(*plan, at);
        for (const DemoView& view : scenario_.views) {
          if (view.after_event == number) report["views"].push_back(redacted_view(*plan, view, at));
        }
      }
      report["steps"].push_back(std::move(entry));
    }
    if (plan) {
      report["end"] = end_of_walk(*plan);
      if (store_) report["end"]["store"] = verify_store(*plan);
      if (!report["end"]["replay"]["matches"].get<bool>()) {
        report["surprises"].push_back(Json{{"replay", report["end"]["replay"]}});
      }
    }
    return report;
  }

 private:
  using StoreHandle = std::unique_ptr<pp_store, decltype(&pp_store_close)>;

  // A new store file for the walk; none without --store.
  static StoreHandle open_store(const std::optional<std::string>& path) {
    pp_store* handle = nullptr;
    if (!path) return StoreHandle(nullptr, &pp_store_close);
    const pp_status status = pp_store_open(path->c_str(), PP_STORE_CREATE, &handle);
    StoreHandle store(handle, &pp_store_close);
    check(status);
    return store;
  }

  // What verify says about the store at the end of the walk, and what it holds.
  Json verify_store(const Plan& plan) const {
    const std::string id = plan_value(plan, "/id");
    const Json report = parse(string_result([&](char** out) { return pp_store_verify(store_.get(), nullptr, out); }));
    const Json history = parse(string_result([&](char** out) { return pp_store_rows(store_.get(), id.c_str(), "history", out); }));
    const Json log = parse(string_result([&](char** out) { return pp_store_rows(store_.get(), id.c_str(), "log", out); }));
    return Json{{"plan", id},
                {"ok", report["ok"]},
                {"problems", report["problems"]},
                {"head", report["head"]},
                {"history_rows", history.size()},
                {"log_rows", log.size()}};
  }

  // The event document of a step, with a "$family" genesis payload resolved:
  // the family's content without the parts the scenario adds by later events.
  Json event_for(const DemoStep& step) const {
    Json event = step.event;
    auto payload = event.find("payload");
    if (payload == event.end() || !payload->is_object() || !payload->contains("$family")) return event;
    Json content = parse(string_result([&](char** out) { return pp_workflow_initial_content(family_.get(), out); }));
    for (const Json& pointer : (*payload)["$family"].value("omit", Json::array())) {
      const Json::json_pointer part(pointer.get<std::string>());
      Json& parent = content.at(part.parent_pointer());
      if (parent.is_array()) {
        parent.erase(std::stoul(part.back()));
      } else {
        parent.erase(part.back());
      }
    }
    *payload = std::move(content);
    return event;
  }

  Json apply_step(int number, const DemoStep& step, std::optional<Plan>& plan) {
    const Json& actor = step.event.at("actor");
    Json entry = {{"number", number},
                  {"event", step.event.at("event")},
                  {"by", {{"name", actor.value("name", actor.value("person", ""))}, {"role", actor.value("role", "")}}},
                  {"at", step.event.at("at")},
                  {"why", step.why},
                  {"expected", step.expect_applied ? "applied" : "rejected"},
                  {"refusal", nullptr},
                  {"deadlines", Json::array()},
                  {"access", Json::array()}};
    const std::string before = plan ? plan_value(*plan, "/status") : "";
    entry["state_before"] = before.empty() ? Json() : Json(before);
    const std::string event = event_for(step).dump();
    // Before plan_aanmaken the family's document stands in: a plan without history.
    const Plan& current = plan ? *plan : family_;
    try {
      Plan next = plan_result([&](pp_plan** out) {
        if (!store_) return pp_workflow_apply(engine_.get(), current.get(), event.c_str(), out);
        if (!plan) return pp_store_create_plan(store_.get(), engine_.get(), event.c_str(), out);
        const std::string id = plan_value(*plan, "/id");
        return pp_store_apply(store_.get(), engine_.get(), id.c_str(), event.c_str(), out);
      });
      plan = std::move(next);
      entry["outcome"] = "applied";
    } catch (const LibraryError& error) {
      if (error.status() != PP_ERR_REJECTED) throw;  // bad scenario data: not a refusal to show
      entry["outcome"] = "rejected";
      entry["refusal"] = {{"code", pp_status_name(error.status())},
                          {"message", error.what()},
                          {"problems", error.detail().value("problems", Json::array())},
                          {"rules", error.detail().value("rules", Json::array())}};
    }
    entry["state_after"] = plan ? Json(plan_value(*plan, "/status")) : Json();
    entry["version"] = plan ? parse(string_result([&](char** out) { return pp_plan_get(plan->get(), "/version", out); }))
                            : Json();
    return entry;
  }

  static Json request_for(const DemoAudience& member, const std::string& at) {
    return Json{{"requester", member.requester}, {"action", "read"}, {"purpose", member.purpose},
                {"channel", member.channel}, {"at", at}};
  }

  // What every role of the audience may read now: one decide_batch call.
  Json access(const Plan& plan, const std::string& at) const {
    if (scenario_.audience.empty()) return Json::array();
    Json requests = Json::array();
    for (const DemoAudience& member : scenario_.audience) requests.push_back(request_for(member, at));
    const std::string text = requests.dump();
    const Json decisions = parse(string_result(
        [&](char** out) { return pp_sharing_decide_batch(engine_.get(), plan.get(), text.c_str(), out); }));
    Json access = Json::array();
    for (std::size_t i = 0; i < decisions.size(); ++i) {
      access.push_back(summarize_decision(scenario_.audience[i].label, decisions[i]));
    }
    return access;
  }

  Json redacted_view(const Plan& plan, const DemoView& view, const std::string& at) const {
    const DemoAudience* member = nullptr;
    for (const DemoAudience& candidate : scenario_.audience) {
      if (candidate.label == view.audience) member = &candidate;
    }
    const std::string request = request_for(*member, at).dump();
    const std::string id = plan_value(plan, "/id");
    const Json answer = parse(string_result([&](char** out) {
      return store_ ? pp_store_view(store_.get(), engine_.get(), id.c_str(), request.c_str(), out)
                    : pp_sharing_view(engine_.get(), plan.get(), request.c_str(), out);
    }));
    return summarize_view(view.after_event, view.audience, answer);
  }

  // Whether the history alone rebuilds the plan, and the fixed versions.
  Json end_of_walk(const Plan& plan) const {
    Json replay = {{"matches", false}, {"error", nullptr}};
    try {
      const Plan rebuilt = plan_result([&](pp_plan** out) { return pp_workflow_replay(engine_.get(), plan.get(), out); });
      replay["matches"] = rebuilt.json() == plan.json();
    } catch (const LibraryError& error) {
      replay["error"] = std::string(pp_status_name(error.status())) + ": " + error.what();
    }
    const Json document = parse(plan.json());
    Json versions = Json::array();
    for (const Json& version : document.value("versions", Json::array())) {
      versions.push_back({{"version", version.at("version")}, {"content_sha256", version.value("content_sha256", "")}});
    }
    return Json{{"state", document.at("status")},
                {"version", document.at("version")},
                {"history_entries", document.value("history", Json::array()).size()},
                {"replay", replay},
                {"versions", versions}};
  }

  const Scenario& scenario_;
  StoreHandle store_;
  Engine engine_;
  Plan family_;
};

}  // namespace

int command_demo(const Words& words) {
  const Arguments arguments(words, {"--scenario", "--root", "--store"}, {"--json"});
  arguments.at_most(0, "perspectief demo [--json] [--scenario FILE] [--root REPOSITORY] [--store FILE]");
  // Scenario and family files live in the source tree; the built tool knows where.
  const std::string root = arguments.option("--root").value_or(PP_SOURCE_DIR);
  const std::string source = arguments.option("--scenario").value_or(root + "/" + kDefaultScenario);
  const Scenario scenario = read_scenario(read_source(source), source);
  const Json report = DemoRun(scenario, root, arguments.option("--store")).run();
  if (arguments.flag("--json")) {
    std::cout << canonical(report) << '\n';
  } else {
    print_demo(report, std::cout);
  }
  if (!report["surprises"].empty()) {
    std::cerr << "perspectief demo: " << report["surprises"].size()
              << " step(s) did not go as the scenario expects: " << report["surprises"].dump() << '\n';
    return kExitRefused;
  }
  return kExitOk;
}

}  // namespace cli
