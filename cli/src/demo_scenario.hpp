// A demo scenario: the event-scenario format of examples/scenarios/ (see
// examples/tools/scenario_runner.hpp), with optional annotations for the demo.
//
//   {"description": "...", "profile": "<built-in id>", "settings": {...} | null,
//    "family": "examples/families/<name>.json",
//    "events": [{<event document>, "why"?: "...", "expect"?: "applied" | "rejected"}, ...],
//    "audience"?: [{"label", "requester": <actor>, "purpose", "channel"}, ...],
//    "views"?: [{"after_event": <1-based number>, "audience": "<label>"}, ...]}
//
// The genesis event's payload may be {"$family": {"omit": [<JSON pointer>, ...]}}:
// the family document's content (pp_workflow_initial_content) without the listed
// parts. "why" and "expect" are the demo's and are not sent to the library;
// without "expect" an event should be applied. Without "audience" the demo shows
// no access decisions. The demo's own walk is cli/demo/amsterdam-segment-c.json;
// every scenario of examples/scenarios/ runs as it is.
#pragma once

#include <string>
#include <vector>

#include "library.hpp"

namespace cli {

struct DemoAudience {
  std::string label;
  Json requester;  // the actor who asks
  std::string purpose;
  std::string channel;
};

struct DemoStep {
  Json event;                 // the event document, "$family" payload still unresolved
  std::string why;            // narration; empty when none
  bool expect_applied = true;
};

struct DemoView {
  int after_event = 0;  // 1-based
  std::string audience;
};

struct Scenario {
  std::string description;
  std::string profile;       // built-in profile id
  Json settings;             // municipal settings or null
  std::string family_file;   // relative to the repository root
  std::vector<DemoStep> steps;
  std::vector<DemoAudience> audience;
  std::vector<DemoView> views;
};

// Reads and checks a scenario; InputError names the JSON pointer of anything
// missing or of the wrong type.
Scenario read_scenario(const std::string& text, const std::string& source);

}  // namespace cli
