// The JSON facade: every operation of the library on JSON documents, exactly as
// the C ABI, Python, Java and C# pass them (docs/workflow.md and docs/sharing.md
// describe the documents; docs/conformance.md the shared cases that hold every
// language to them).
//
// C++ users normally call the typed API (engine.hpp, workflow.hpp, sharing.hpp,
// analysis.hpp). This header is the one documented entry point for a C++ caller
// who holds documents rather than structs (a message queue, a test harness): it
// reads the document into the typed form, calls the typed operation and writes
// the answer, so there is no second implementation of any rule here. The C ABI
// (capi/src) and the Python module (bindings/python/src) are built on it and only
// marshal.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief::sharing {
class PreparedPlan;
}

namespace perspectief::json_api {

// ---- Limits and documents ------------------------------------------------------

// The deepest JSON nesting a caller may allow. The core recurses once per level
// when it copies or serialises JSON; measured at -O0, 1000 levels stay well inside
// the 1 MiB stacks that JVM and .NET threads get by default. (The C header repeats
// it as PP_MAX_DEPTH_CEILING; capi/src checks at compile time that they agree.)
inline constexpr std::uint64_t kMaxDepthCeiling = 1000;

// Limits as a caller gives them, checked: max_depth in 1..kMaxDepthCeiling and
// max_bytes at least 1 and within size_t. Otherwise Error(invalid_argument)
// naming the value by the caller's own parameter names.
JsonLimits checked_limits(std::uint64_t max_depth, std::uint64_t max_bytes,
                          std::string_view max_bytes_name = "max_bytes");

// The value at an RFC 6901 pointer. Error(invalid_argument) when the text is no
// pointer; Error(not_found, pointer) when nothing is there (a missing member or
// index, or an index that is not a number).
const Json& value_at(const Json& document, std::string_view pointer);

// A problem as a document: {code, pointer, message_nl, message_en, rule, severity}.
Json problem_json(const Problem& problem);
Json problems_json(const std::vector<Problem>& problems);

// ---- Engines and profiles -------------------------------------------------------

// What an engine was loaded with: {profile, municipality (null without settings),
// local_choices: {key: value in force}}.
Json engine_info(const Engine& engine);
// The built-in region profiles: [{id, name: {nl, en}, seeds}].
Json profile_list();

// ---- Workflow (docs/workflow.md) ------------------------------------------------

// The events an actor could fire now: [{event, allowed, needs_payload, rules,
// problems, label, to_state}]. `at` must be RFC 3339 with an offset.
Json available_events(const Engine& engine, const Plan& plan, const Json& actor, std::string_view at);
// A new plan from the genesis event (plan_aanmaken).
Plan create(const Engine& engine, const Json& event);
// Applies one event {event, actor, at, reason?, payload?}; Error(rejected) lists
// every failed guard.
Plan apply_event(const Engine& engine, const Plan& plan, const Json& event);
// Applies an array of events in order, all or nothing. When event i fails, the
// error is that event's own (code, problems, rules) with its pointer behind "/i"
// and the message naming the event, as decide_batch does for requests.
Plan apply_all(const Engine& engine, const Plan& plan, const Json& events);
// What is due or overdue at `at`: [{kind, rule, due, status, ...}].
Json deadlines(const Engine& engine, const Plan& plan, std::string_view at);
// Where perspectiefregie lies for a jeugdige: {placed_at?, zicht_op_veiligheid?,
// rule, local_choice?, basis: {nl, en}}. An unknown jeugdige: Error(not_found).
Json regie_advice(const Engine& engine, const Plan& plan, std::string_view jeugdige,
                  std::optional<std::string_view> situatie = std::nullopt,
                  std::optional<std::string_view> fase = std::nullopt);

// ---- Sharing (docs/sharing.md) --------------------------------------------------

// {decision, rules, obligations, explanation_nl, explanation_en, parts}.
Json decide(const Engine& engine, const Plan& plan, const Json& request);
// An array of requests against one plan; problems are reported under "/i".
Json decide_batch(const Engine& engine, const Plan& plan, const Json& requests);
// {view, decision, withheld?, disclosure?, refusal?}.
Json view(const Engine& engine, const Plan& plan, const Json& request);
// decide and view on a prepared plan (prepared_plan.hpp): the same documents.
Json decide(const sharing::PreparedPlan& plan, const Json& request);
Json view(const sharing::PreparedPlan& plan, const Json& request);
// canonical_json(view(...)), written as text without building the view's tree: for
// callers that hand the view on as text (the C ABI).
std::string view_text(const Engine& engine, const Plan& plan, const Json& request);
std::string view_text(const sharing::PreparedPlan& plan, const Json& request);

// ---- Analysis -------------------------------------------------------------------

// Flat records for tables: kind is one of analysis::kRecordKinds; an array of
// objects whose members are analysis::record_columns(kind). Unknown kind:
// Error(invalid_argument).
Json records(const Engine& engine, const Plan& plan, std::string_view kind);
// The columns of a record kind in order, each with the type of its values:
// [{name, type}], type "string", "integer", "boolean", "timestamp", "date" or
// "list-of-string" (analysis::record_column_types). Unknown kind: Error(invalid_argument).
Json record_columns(std::string_view kind);

// ---- Reports (docs/analysis.md) -------------------------------------------------

// The verblijf report over many plans: options {min_count?, from?, to?} (null:
// the defaults) in, the document "perspectief/verblijf-report@1" out. Bad
// options: Error(invalid_argument) with the member's pointer; a plan that
// cannot be counted: Error(validation) with "/i/..." for the i-th plan.
Json verblijf_report(const Engine& engine, std::span<const Plan* const> plans, const Json& options);

}  // namespace perspectief::json_api
