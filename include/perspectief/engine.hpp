// The Engine: a loaded region profile + municipal settings + compiled workflow
// and sharing policy. It is immutable once built and safe to share between
// threads; copies are cheap (they share the loaded state).
//
// This is the facade every wrapper uses: the C ABI (capi/), the Python module
// (bindings/python) and, through the C ABI, Java and C#. Structured inputs and
// outputs of the workflow and sharing operations are JSON documents whose
// formats are described in docs/workflow.md and docs/sharing.md; the typed C++
// forms are in workflow.hpp and sharing.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/profile.hpp"

namespace perspectief {

namespace workflow {
class CompiledWorkflow;  // src/workflow/
}
namespace sharing {
class CompiledPolicy;    // src/sharing/
}

struct EngineOptions {
  JsonLimits limits{};
};

class Engine {
 public:
  // Loads a profile document and optional municipal settings (R-MINIMUM is
  // enforced here). Throws Error(profile | minimum_condition | schema).
  static Engine load(const Json& profile, const Json* settings = nullptr, const EngineOptions& options = {});
  static Engine load_text(std::string_view profile_json, std::optional<std::string_view> settings_json = std::nullopt,
                          const EngineOptions& options = {});
  // One of the embedded region profiles, by id (see builtin_profiles()).
  static Engine load_builtin(std::string_view profile_id, const Json* settings = nullptr,
                             const EngineOptions& options = {});

  const RegionProfile& profile() const;
  const std::optional<MunicipalSettings>& settings() const;
  // The value of a local choice: the municipality's setting, else the profile's default.
  const Json& local_choice(std::string_view key) const;
  // The profile's and the municipality's local fields together.
  const std::vector<LocalFieldDef>& local_fields() const;
  // Whether a rule is in force: minimum conditions always are; other rules unless disabled.
  bool rule_enabled(std::string_view rule) const;
  const WorkingDayCalendar& calendar() const;
  const JsonLimits& limits() const;

  // ---- Plan (src/model/) ----
  // Parses plan JSON text (with the engine's limits). Throws Error(schema) with all problems.
  Plan parse_plan(std::string_view text) const;
  // Every semantic problem in the plan against this engine's profile; empty = valid.
  std::vector<Problem> validate(const Plan& plan) const;

  // ---- Workflow (src/workflow/; docs/workflow.md) ----
  // The events an actor could fire now: [{event, allowed, rules, problems, label}].
  Json available_events(const Plan& plan, const Json& actor, std::string_view at) const;
  // Applies one event {event, actor, at, reason?, payload?}. Returns the new plan
  // (history appended); throws Error(rejected) listing every failed guard.
  Plan apply_event(const Plan& plan, const Json& event) const;
  // Applies an array of events in order, all or nothing. When event i fails, the
  // error is that event's own (code, problems, rules) with the pointer prefixed
  // by "/i" and the message naming the event, as decide_batch does for requests:
  // the C ABI and every binding report the same place (docs/conformance.md).
  Plan apply_all(const Plan& plan, const Json& events) const;
  // Rebuilds the plan from its history alone.
  Plan replay(const Plan& plan) const;
  // What is due or overdue at `at`: [{kind, rule, due, status, ...}].
  Json deadlines(const Plan& plan, std::string_view at) const;
  // The region's workflow as "mermaid" or "dot".
  std::string workflow_diagram(std::string_view format) const;
  // Where perspectiefregie lies for a jeugdige by the region's regie matrix:
  // {placed_at?, zicht_op_veiligheid?, rule, local_choice?, basis: {nl, en}}; `situatie`
  // and `fase` refine the Veilig Thuis, GI and Raad routes (docs/workflow.md,
  // "Perspectiefregie"). A jeugdige the plan does not have: Error(not_found).
  Json regie_advice(const Plan& plan, std::string_view jeugdige, std::optional<std::string_view> situatie = std::nullopt,
                    std::optional<std::string_view> fase = std::nullopt) const;

  // ---- Sharing (src/sharing/; docs/sharing.md) ----
  // Decides one request: {decision, rules, obligations, explanation_nl, explanation_en, parts}.
  Json decide(const Plan& plan, const Json& request) const;
  // Decides many requests against one plan in one call.
  Json decide_batch(const Plan& plan, const Json& requests) const;
  // The redacted view for a request: {view, decision, withheld?, disclosure}.
  Json view(const Plan& plan, const Json& request) const;

  // ---- Analysis (src/analysis/) ----
  // Flat records for tables (pandas, spreadsheets): kind is "results",
  // "evaluations", "transitions" or "jeugdigen"; returns a JSON array of flat
  // objects (columns in analysis.hpp). Unknown kind: Error(invalid_argument).
  Json records(const Plan& plan, std::string_view kind) const;

  // Internal state, for the components that implement the operations above.
  struct State;
  const State& state() const { return *state_; }

 private:
  explicit Engine(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace perspectief
