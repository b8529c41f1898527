// A demo scenario (cli/demo/*.json, format "perspectief/demo-scenario@1"): a
// family document, the people who act, the roles whose access is shown, and
// the workflow events in order, each with the outcome it should have.
//
//   people:   id -> actor {"role","person","name",...}
//   audience: [{"label","requester": person id,"purpose","channel","requester_fields"?}]
//   steps:    [{"event","by": person id,"at","why","expect": "applied"|"rejected",
//               "payload"?, "from_family"?: {member: JSON pointer into the family},
//               "initial_content"?: true}]
//   views:    [{"after_step": n, "audience": label}]  redacted views shown in full
#pragma once

#include <map>
#include <string>
#include <vector>

#include "library.hpp"

namespace cli {

struct DemoAudience {
  std::string label;
  std::string requester;  // a key of Scenario::people
  std::string purpose;
  std::string channel;
  Json requester_fields;  // merged into the requester's actor (e.g. the toewijzing a provider acts under)
};

struct DemoStep {
  std::string event;
  std::string by;  // a key of Scenario::people
  std::string at;
  std::string why;
  bool expect_applied = true;
  Json payload;                  // literal part of the payload (null when none)
  Json from_family;              // payload member -> JSON pointer into the family document
  bool initial_content = false;  // payload = the family's content (pp_workflow_initial_content)
};

struct DemoView {
  int after_step = 0;  // 1-based step number
  std::string audience;
};

struct Scenario {
  Json title;               // {"nl","en"}
  std::string profile;      // built-in profile id
  std::string family_file;  // relative to the data root
  std::map<std::string, Json> people;
  std::vector<DemoAudience> audience;
  std::vector<DemoStep> steps;
  std::vector<DemoView> views;
};

// Reads and checks a scenario document; InputError names the JSON pointer of
// anything missing or of the wrong type.
Scenario read_scenario(const std::string& text, const std::string& source);

}  // namespace cli
