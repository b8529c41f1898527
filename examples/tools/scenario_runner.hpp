// Runs an event scenario (examples/scenarios/<name>.json) and returns the plan it
// builds. Shared by the generator (generate_plans.cpp) and the test that checks the
// committed plans (tests/cpp/workflow_examples_test.cpp).
//
// A scenario is
//   {"description": "...", "profile": "<built-in profile id>", "settings": {...} | null,
//    "family": "examples/families/<name>.json", "events": [<event>, ...]}
// and the genesis event's payload may be {"$family": {"omit": [<JSON pointer>, ...]}}:
// the family document's initial content (workflow::initial_content), without the
// listed parts, which the scenario adds later through their own events.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/workflow.hpp"

namespace perspectief::examples {

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The genesis payload a "$family" reference stands for.
inline Json family_payload(const std::filesystem::path& root, const Json& scenario, const Json& reference) {
  Json content = workflow::initial_content(parse_json(read_text(root / scenario.at("family").get<std::string>())));
  for (const Json& pointer : reference.value("omit", Json::array())) {
    const Json::json_pointer part(pointer.get<std::string>());
    Json& parent = content.at(part.parent_pointer());
    if (parent.is_array()) {
      parent.erase(std::stoul(part.back()));
    } else {
      parent.erase(part.back());
    }
  }
  return content;
}

// Applies every event of the scenario to an empty plan. Throws std::runtime_error naming
// the event that was refused, with the engine's problems.
inline Plan run_scenario(const std::filesystem::path& root, const Json& scenario) {
  const Json settings = scenario.value("settings", Json());
  const Engine engine = Engine::load_builtin(scenario.at("profile").get<std::string>(), settings.is_null() ? nullptr : &settings);
  Plan plan;
  const Json& events = scenario.at("events");
  for (std::size_t i = 0; i < events.size(); ++i) {
    Json event = events[i];
    if (auto payload = event.find("payload"); payload != event.end() && payload->contains("$family")) {
      *payload = family_payload(root, scenario, payload->at("$family"));
    }
    try {
      plan = json_api::apply_event(engine, plan, event);
    } catch (const Error& error) {
      std::string message = "event " + std::to_string(i) + " (" + event.value("event", "?") + ") refused: " + error.what();
      for (const Problem& problem : error.problems()) message += "\n  " + problem.code + " at " + problem.pointer + ": " + problem.message_en;
      throw std::runtime_error(message);
    }
  }
  return plan;
}

// The committed form of a plan: pretty-printed with two spaces and a final newline
// (the tests compare canonically; this form is for reading and diffs).
inline std::string plan_file_text(const Plan& plan) { return plan_to_json(plan).dump(2) + "\n"; }

}  // namespace perspectief::examples
