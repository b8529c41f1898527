// Shared by the store tests: the Amsterdam family's scenario (examples/scenarios) as
// events, a scratch folder per test, and requests for the log.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "../../examples/tools/scenario_runner.hpp"
#include "perspectief/store.hpp"
#include "test_support.hpp"

namespace pp_store_test {

using perspectief::Json;

inline const char* kScenario = "examples/scenarios/amsterdam-twee-kinderen-segment-c.json";
inline const char* kPlanId = "pp-2026-ams-0417";

// The scenario's events with the genesis payload filled in.
inline Json scenario_events() {
  const Json scenario = perspectief::parse_json(pp_test::read_source_file(kScenario));
  Json events = scenario.at("events");
  for (Json& event : events) {
    if (auto payload = event.find("payload"); payload != event.end() && payload->contains("$family")) {
      *payload = perspectief::examples::family_payload(pp_test::source_root(), scenario, payload->at("$family"));
    }
  }
  return events;
}

inline const perspectief::Engine& amsterdam() {
  static const perspectief::Engine engine = perspectief::Engine::load_builtin("amsterdam-zaanstreek");
  return engine;
}

// A folder of its own under the system's temporary folder, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pp-store-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// A request of the gemeente (refused: R-GEMEENTE) and of the mother (released).
inline Json gemeente_request() {
  return {{"requester", {{"role", "gemeente"}, {"person", "gem-01"}, {"organisation", "Gemeente Amsterdam"}}},
          {"action", "read"}, {"purpose", "beleid"}, {"channel", "portaal"}, {"at", "2026-03-02T09:30:00+01:00"}};
}
inline Json mother_request() {
  return {{"requester", {{"role", "ouder"}, {"person", "lotte"}, {"member", "lotte"}}},
          {"action", "read"}, {"purpose", "uitvoering"}, {"channel", "portaal"}, {"at", "2026-03-02T09:30:00+01:00"}};
}

// A host-made log record about the plan (for the concurrency and kill tests).
inline Json log_record(int n) {
  return {{"format", "perspectief/disclosure@1"},
          {"outcome", "released"},
          {"event", "read"},
          {"at", "2026-03-02T09:30:00+01:00"},
          {"client", {{"plan", kPlanId}, {"plan_version", 1}, {"members", Json::array()}, {"family", true}}},
          {"user", {{"person", "lt-" + std::to_string(n)}, {"role", "lokaal_team"}}},
          {"responsible_user", "lt-" + std::to_string(n)},
          {"channel", "portaal"},
          {"objects", Json::array({"header"})},
          {"purpose", "uitvoering"},
          {"rules", Json::array({"R-LT-INVOLVED"})},
          {"break_glass", false}};
}

// A store with the plan created (genesis only).
inline void create_plan(perspectief::store::Store& store) {
  store.create(amsterdam(), scenario_events()[0]);
}

}  // namespace pp_store_test
