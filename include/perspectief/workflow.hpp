// The workflow of the perspectiefplan (DOMAIN.md sections 3 and 4; docs/workflow.md).
//
// A plan moves through states (plan.status: hulpvraag ... afgerond) by events. Every
// event names a natural person in a role, the moment (passed in: the core has no
// clock), an optional reason and a payload. Content changes are events too, so the
// plan's history alone rebuilds the plan (replay). Which transitions exist, who may
// fire them and which guards (domain rules) apply is data in the region profile's
// "workflow" section; the guard logic is C++ (src/workflow/guards/).
//
// These are the typed C++ forms; json_api.hpp has the same operations on JSON
// documents, as the C ABI and the bindings pass them (docs/cpp.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::workflow {

// One event: {"event", "actor", "at", "reason"?, "payload"?}. The payload formats per
// event are listed in docs/workflow.md.
struct Event {
  std::string event;                  // event id from the region's workflow, e.g. "akkoord_geven"
  Actor actor;                        // the natural person and the role they act in
  Timestamp at;                       // RFC 3339 with offset; not before the plan's last history entry
  std::optional<std::string> reason{};  // why (recorded in the history)
  Json payload{};                       // null when the event has none
};

// Reads an event document; throws Error(schema) listing every structural problem.
Event event_from_json(const Json& json);
Json event_to_json(const Event& event);

// The result of checking an event against a plan without applying it. When not
// allowed, `problems` lists every failed guard and check (code PP-W-..., or PP-S-/PP-V-
// for payloads that would make the plan malformed or invalid) and `rules` the distinct
// domain rule ids (R-...) among them, in order of first appearance.
struct Check {
  bool allowed = false;
  std::string to_state;               // the state the plan would be in afterwards
  std::vector<Problem> problems;
  std::vector<std::string> rules;
};

// One entry of available_events: whether `actor` could fire `event` now. Guards that
// depend on the payload cannot be judged without one; `needs_payload` says so, and
// `allowed` then means "allowed as far as can be judged without the payload".
struct EventOption {
  std::string event;
  Label label;
  std::string to_state;
  bool allowed = false;
  bool needs_payload = false;
  std::vector<std::string> rules;
  std::vector<Problem> problems;
};

// Checks an event; never throws for a refused event (only for an unknown event id:
// Error(not_found), pointer "/event").
Check check(const Engine& engine, const Plan& plan, const Event& event);

// Applies an event. Returns the new plan: content changed as the event says, status
// moved, version raised when the content changed, one HistoryEntry appended. Throws
// Error(rejected) whose problems() list every failed guard and rules() their rule ids;
// Error(not_found) for an event id the region's workflow does not have.
Plan apply(const Engine& engine, const Plan& plan, const Event& event);

// Creates a plan with the workflow's genesis event (plan_aanmaken); the same as
// apply(engine, Plan{}, event).
Plan create(const Engine& engine, const Event& genesis);

// Rebuilds a plan from its history alone, replaying every entry from an empty plan.
// Throws Error(validation) with the pointer of the first history entry that cannot be
// replayed. The result equals the stored plan (canonical bytes) unless the plan was
// changed outside the workflow.
Plan replay(const Engine& engine, const Plan& plan);

// The events of the region's workflow, each judged for this actor at this moment.
std::vector<EventOption> available(const Engine& engine, const Plan& plan, const Actor& actor, const Timestamp& at);

// ---- Deadlines (docs/workflow.md "Deadlines") ------------------------------------

enum class DeadlineStatus {
  open,     // the deadline lies after the day of `at`
  due,      // the deadline is the day of `at`
  overdue,  // the deadline has passed and the obligation is still unmet
};

// An unmet obligation with its last day. Only obligations that are still open are
// returned; met ones are not.
struct Deadline {
  std::string kind;                      // crisis_startafspraken, crisis_evaluatie, regie_na_crisis, overdracht_18
  std::string rule;                      // R-... the obligation comes from
  std::optional<std::string> jeugdige;   // member id the obligation is about
  std::optional<Timestamp> since;        // the moment that started it (crisis start), when there is one
  IsoDate due;                           // last day (inclusive), at the offset of `at`
  DeadlineStatus status = DeadlineStatus::open;
  Label label;
};

// What is due or overdue for `plan` at moment `at`, sorted by due date, then kind.
std::vector<Deadline> deadlines(const Engine& engine, const Plan& plan, const Timestamp& at);
Json deadline_to_json(const Deadline& deadline);

// ---- Perspectiefregie (002; docs/workflow.md "Perspectiefregie") ------------------

// Where perspectiefregie lies for a jeugdige, following the region's matrix (002
// appendix B) and its minimum conditions. `situatie` refines the Veilig Thuis, GI and
// Raad routes (e.g. "gemeld_door_lokale_toegang", "ondertoezichtstelling"); `fase` is the
// phase of a Veilig Thuis trajectory ("triage", "wachtlijst", "onderzoek", "na_overdracht")
// or of the Raad's ("wachttijd", "onderzoek", "na_uitspraak_geen_maatregel").
struct RegieAdvice {
  std::optional<std::string> placed_at;           // lokale_toegang, verblijfsinstelling, gemeente, gi, veilig_thuis
  std::optional<std::string> zicht_op_veiligheid; // who watches safety meanwhile, when the matrix says so
  std::string rule;                               // binding rule (R-REGIE-LOKAAL) or empty when only advice
  std::optional<std::string> local_choice;        // the local choice the cell defers to
  Label basis;                                    // the matrix cell or rule, in words
};
RegieAdvice advise_regie(const Engine& engine, const Plan& plan, std::string_view jeugdige,
                         std::optional<std::string_view> situatie = std::nullopt,
                         std::optional<std::string_view> fase = std::nullopt);
Json regie_advice_to_json(const RegieAdvice& advice);

// ---- Plan content and versions ----------------------------------------------------

// The plan's content: its JSON without the workflow's bookkeeping (status, version,
// history, versions, akkoorden). A content change raises the version; the SHA-256 of
// its canonical JSON is what a VersionRecord fixes.
Json content_json(const Plan& plan);
std::string content_sha256(const Plan& plan);

// The part of an existing plan document that the genesis event accepts as its payload:
// the document without the workflow's bookkeeping and without the members that later
// events set (docs/workflow.md lists them). For importing plans made elsewhere.
Json initial_content(const Json& plan_document);

// ---- Diagram ------------------------------------------------------------------------

// The region's workflow as "mermaid" (stateDiagram-v2) or "dot" (Graphviz). Throws
// Error(invalid_argument) for another format.
std::string diagram(const Engine& engine, std::string_view format);

}  // namespace perspectief::workflow
