// What the fuzz targets share: the engines they run against, the example plans
// events are applied to, and the invariant every target checks beside "no crash".
//
// Each target is one LLVMFuzzerTestOneInput. Built with clang and
// -fsanitize=fuzzer (the `fuzz` preset, scripts/fuzz) it is a libFuzzer binary;
// built with g++ (the dev preset) it links standalone_driver.cpp, which replays
// the committed seed corpus and a few thousand mutations of it, for the test command.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"

namespace pp_fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A finding: the library broke one of its own promises. abort() so that both
// libFuzzer and the standalone driver stop with the input that did it.
[[noreturn]] inline void finding(const char* what) {
  std::fprintf(stderr, "fuzz finding: %s\n", what);
  std::abort();
}

inline std::string source_file(const std::string& relative) {
  std::ifstream in(std::filesystem::path(PP_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const perspectief::Engine& engine() {
  static const perspectief::Engine amsterdam = perspectief::Engine::load_builtin("amsterdam-zaanstreek");
  return amsterdam;
}

// The limits invariant (issue #10): whatever the library returns as a plan parses
// back under the engine's limits to the same canonical text.
inline void expect_plan_round_trips(const perspectief::Plan& plan) {
  const std::string text = perspectief::plan_to_canonical(plan);
  if (!perspectief::within_limits(perspectief::json_extent(perspectief::plan_to_json(plan)), engine().limits())) {
    finding("a plan beyond the engine's limits");
  }
  if (perspectief::plan_to_canonical(engine().parse_plan(text)) != text) finding("a plan that does not round-trip");
}

// Errors are the library's answer to bad input; anything else escaping is a finding.
template <class F>
void run(F&& body) {
  try {
    body();
  } catch (const perspectief::Error& e) {
    if (e.code() == perspectief::ErrorCode::internal) finding(e.what());
  }
}

// The example plans of the engine's region, which events and requests are tried on.
inline std::vector<perspectief::Plan> example_plans() {
  std::vector<perspectief::Plan> plans;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(PP_SOURCE_DIR) / "examples/plans")) {
    const perspectief::Plan plan = engine().parse_plan(source_file(std::filesystem::relative(entry.path(), PP_SOURCE_DIR).string()));
    if (plan.profile == engine().profile().id) plans.push_back(plan);
  }
  return plans;
}

}  // namespace pp_fuzz
