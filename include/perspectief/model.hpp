// The perspectiefplan as C++ types (DOMAIN.md section 2; docs/model.md maps
// every field to its seed).
//
// Conventions that hold for every type here:
//  * std::optional and std::vector fields are optional in JSON; an empty vector
//    and an absent array mean the same, and the canonical form omits both.
//  * Every object keeps the JSON members this version does not know in
//    `unknown_fields` and writes them back unchanged (lossless round trip).
//  * Dates are ISO 8601 calendar dates (IsoDate, "2026-03-02"); moments are
//    RFC 3339 timestamps with an offset (Timestamp, "2026-03-02T09:30:00+01:00").
//    Both are checked when parsed and kept as the text that was given.
//  * Region-specific codes (leefgebied, ondersteuningsprofiel, additions,
//    product codes) are strings checked against the region profile by validation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/shared_vector.hpp"
#include "perspectief/vocabulary.hpp"

namespace perspectief {

// The plan format this library writes. perspectief/plan@1 documents (segment and kader
// for the whole plan) are still read: plan_migration.hpp turns them into @2 on reading.
inline constexpr std::string_view kPlanFormat = "perspectief/plan@2";

struct IsoDate {
  std::string value;
  friend bool operator==(const IsoDate&, const IsoDate&) = default;
  friend auto operator<=>(const IsoDate&, const IsoDate&) = default;  // ISO text sorts like dates
};

struct Timestamp {
  std::string value;
  friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// A natural person acting in a role. R-LOG: never just "system".
// Members an actor may leave out carry {} so that designated initializers that omit
// them compile cleanly under -Wextra (docs/cpp.md); the same holds for Event and Request.
struct Actor {
  Role role{};
  std::string person;                       // stable id of the natural person (employee number, BSN-free)
  std::optional<std::string> name{};
  std::optional<std::string> organisation{};  // e.g. "Buurtteam Amsterdam-Oost"
  std::optional<std::string> member{};        // the family member id when the actor is one
  std::optional<std::string> on_behalf_of{};  // responsible user (NEN 7513), person id
  Json unknown_fields = Json::object();
};

// R-GEZAG: whether an ouder holds gezag over one child of the family. Gezag is a
// relation between a parent and a child (a stepparent may hold it over one child and
// not over another), so it is recorded per child.
struct GezagRecord {
  std::string child;                   // member id of the child (a jeugdige, or a minor gezinslid)
  bool gezag = false;
  Json unknown_fields = Json::object();
};

// A member of the gezin (R-STRUCTURE). Role is jeugdige, ouder or gezinslid.
struct Member {
  std::string id;
  Role role{};
  std::optional<std::string> name;
  std::optional<IsoDate> birth_date;   // needed for R-CONSENT-AGE
  // ouder: gezag over every child of the family, unless gezag_per_child records a child
  // otherwise (perspectief/gezag.hpp). Neither recorded: not held, and validation warns.
  std::optional<bool> gezag;
  std::vector<GezagRecord> gezag_per_child;  // ouder: gezag over one child at a time
  Json unknown_fields = Json::object();
};

struct Family {
  std::optional<std::string> name;
  std::vector<Member> members;
  Json unknown_fields = Json::object();
};

// Part 1 (001): the question for help in the member's own words.
struct Hulpvraag {
  std::string member;                  // member id whose question this is
  std::string text;
  std::optional<Actor> recorded_by;    // who wrote it down, if not the member
  std::optional<Timestamp> at;
  Json unknown_fields = Json::object();
};

// One author's view of a leefgebied (R-PERSPECTIVES): kept side by side, never overwritten.
struct Perspective {
  Actor author;
  std::optional<Timestamp> at;
  std::optional<std::string> situation;
  std::vector<std::string> strengths;      // krachten
  std::vector<std::string> opportunities;  // kansen
  std::vector<std::string> obstacles;      // belemmeringen
  std::optional<std::string> wishes;       // the family's wishes (000 kanttekening 2)
  std::optional<std::int64_t> zrm_score;   // optional ZRM-style 1..5 score
  std::optional<std::string> about;        // R-MEMBER-PRIVACY: the member it is about (see Result)
  std::optional<bool> personal;
  Json unknown_fields = Json::object();
};

// Part 2 (001): vraagverheldering and analysis, per leefgebied.
struct DomainAnalysis {
  std::string leefgebied;                  // code from the region profile
  std::vector<Perspective> perspectives;
  Json unknown_fields = Json::object();
};

// Part 3 (001): a result to reach; the ondersteuningsvraag a provider is held to.
struct Result {
  std::string id;
  std::string leefgebied;
  std::string description;
  Performer performer{};                   // who works on it (004 step 2)
  std::optional<Framework> framework;      // defaults to the leefgebied's framework
  std::optional<Actor> set_by;             // a provider's own results carry its actor (004 step 5)
  std::optional<ResultStatus> status;
  // R-MEMBER-PRIVACY: the member this entry is about, and whether it is that member's own
  // personal information (a parent's account of work, money or health). A personal entry
  // belongs to its member (`about`, else the member who wrote it): only that member, the
  // parents with gezag of a child under 16, and professionals with a rule see it; other
  // members only by that member's consent. Perspectives and agreements carry the same two.
  std::optional<std::string> about;
  std::optional<bool> personal;
  Json unknown_fields = Json::object();
};

// Part 3 (001): an action: who does what, toward which results.
struct Agreement {
  std::string id;
  std::string description;
  Performer performer{};
  std::optional<std::string> leefgebied;
  std::optional<Actor> responsible;
  std::vector<std::string> results;        // result ids
  std::optional<IsoDate> due;
  std::optional<std::string> about;        // R-MEMBER-PRIVACY (see Result)
  std::optional<bool> personal;
  Json unknown_fields = Json::object();
};

// Ondersteuningsprofiel + intensity (004), set by the lokale toegang; profile 11 = crisis (000).
struct SupportProfile {
  std::string code;                         // profile code from the region profile, e.g. "11"
  std::optional<std::int64_t> intensiteit;  // blok 1, 2 or 3
  std::optional<std::string> variant;       // "herstel" or "duurzaam" (004 step 4)
  std::vector<std::string> additions;       // verblijf, thuisplus, vervoer
  // R-EVALUATION (004 step 6: regular contact on progress, as the plan agrees): progress is
  // evaluated every this many weeks while the help runs; weeks, not months, so that the
  // next date is exact (6 weeks, a quarter is 13). Absent: the plan agrees no rhythm.
  std::optional<std::int64_t> evaluatie_weken;
  Json unknown_fields = Json::object();
};

struct Product {
  std::string category;                     // iJw JZ020, e.g. "45"
  std::optional<std::string> code;
  Json unknown_fields = Json::object();
};

// The chosen provider's answer to "can you reach these results?" (004 step 4), recorded by
// aanbieder_antwoorden: it accepts the results it can reach, with the intensity, variant
// and additions it proposes, or it declines with a reason (the family then chooses again).
struct ProviderAnswer {
  bool accepts = false;
  std::vector<std::string> results;         // result ids it can reach (when it accepts)
  std::optional<std::int64_t> intensiteit;  // the intensity block it proposes
  std::optional<std::string> variant;       // "herstel" or "duurzaam"
  std::vector<std::string> additions;       // verblijf, thuisplus, vervoer
  std::optional<std::string> reason;        // why it declines
  Actor by;
  Timestamp at;
  Json unknown_fields = Json::object();
};

// One component of an arrangement: what the provider delivers toward one result (004 step 5).
struct ArrangementComponent {
  std::string result;                       // result id, one the provider accepted
  Product product;                          // iJw product category and code
  std::optional<std::int64_t> intensiteit;
  std::vector<std::string> additions;
  Json unknown_fields = Json::object();
};

// The arrangement the lokale toegang and the provider fix together (004 step 5). Each
// arrangement_vaststellen by one of them agrees to these components; it is fixed once both
// agreed to the same components (workflow/jeugdige/arrangement.hpp), and a different proposal
// starts the agreement again.
struct Arrangement {
  std::vector<ArrangementComponent> components;
  std::vector<Actor> agreed_by;             // who agreed to exactly these components, in order
  Timestamp at;                             // the last agreement
  Json unknown_fields = Json::object();
};

// The chosen hoofdaannemer (004 step 3), with its answer (step 4) and the arrangement (step 5):
// choosing another provider starts both again.
struct Provider {
  std::string id;                           // e.g. AGB code
  std::optional<std::string> name;
  std::vector<std::string> onderaannemers;
  std::optional<bool> spic;                 // specialist provider (SPIC) in the 000 sense
  std::optional<ProviderAnswer> answer;     // aanbieder_antwoorden (004 step 4)
  std::optional<Arrangement> arrangement;   // arrangement_vaststellen (004 step 5)
  Json unknown_fields = Json::object();
};

// The provider's behandelplan: part of the plan, not the same thing (002 fn 6).
struct Behandelplan {
  std::string reference;
  std::optional<Actor> author;
  std::optional<IsoDate> date;
  std::optional<std::string> summary;
  Json unknown_fields = Json::object();
};

struct Volume {
  std::int64_t amount = 0;
  std::string unit;                         // e.g. "uur", "etmaal", "minuut", "euro"
  std::optional<std::string> frequency;     // e.g. "week", "maand", "totaal"
  Json unknown_fields = Json::object();
};

// The municipal assignment that makes the help legally happen (003; iJw JW301).
struct Toewijzing {
  std::string number;
  std::string aanbieder;                    // provider id
  Product product;
  IsoDate start;
  std::optional<IsoDate> end;
  std::optional<Volume> volume;
  std::vector<std::string> results;         // result ids this help is for (R-SHARE-HOOFDAANNEMER)
  std::optional<std::string> end_reason;    // iJw JZ588, e.g. "31" volgens plan
  Json unknown_fields = Json::object();
};

struct ResultEvaluation {
  std::string result;                       // result id
  Outcome outcome{};
  std::optional<std::string> note;
  Json unknown_fields = Json::object();
};

// A dated review (004 step 6 / afronding; 002 fn 4 crisis evaluation).
struct Evaluation {
  std::string id;
  Timestamp at;
  std::vector<Actor> participants;
  std::optional<std::string> kind;          // "regulier", "crisis", "afronding"
  std::vector<ResultEvaluation> outcomes;
  std::optional<std::string> perspective_note;
  Json unknown_fields = Json::object();
};

// The family part and the per-jeugdige parts share the three parts of 001.
struct FamilyPart {
  std::vector<Hulpvraag> hulpvragen;
  std::vector<DomainAnalysis> analysis;
  std::vector<Result> results;
  std::vector<Agreement> agreements;
  std::optional<Opvoedsituatie> opvoedsituatie;
  Json unknown_fields = Json::object();
};

// A change of a jeugdige's kader during the trajectory (R-KADER-CHANGE, 002: the
// transition is a local agreement): e.g. vrijwillig -> dwang on a supervision order for
// this child, back to vrijwillig when the measure ends. Recorded by kader_wijzigen only.
struct KaderChange {
  Kader kader{};                            // the kader from `date` on
  Kader previous{};                         // the kader before it
  IsoDate date;                             // the day it takes effect (the measure's start or end)
  std::string basis;                        // legal basis, e.g. "ondertoezichtstelling, BW 1:255, beschikking ..."
  Actor recorded_by;                        // who recorded it
  Timestamp at;                             // when it was recorded
  Json unknown_fields = Json::object();
};

struct ChildPart {
  std::string jeugdige;                     // member id of a jeugdige (R-STRUCTURE)
  // The jeugdige's frame (R-SEG-KNOWN, R-KADER-CHANGE): segment and kader belong to
  // each jeugdige, so siblings can be in different segments and kaders. An absent
  // segment is unknown (never "no segment rules"); an absent kader is vrijwillig.
  std::optional<Segment> segment;           // set at plan_aanmaken or by segment_vaststellen
  std::optional<Kader> kader;               // set at plan_aanmaken or by kader_wijzigen
  std::vector<KaderChange> kader_changes;   // every kader_wijzigen, oldest first
  // The specialist help that runs for this jeugdige now: crisis_hulp or hulp_gestart
  // (the workflow's state ids); absent when none runs. The plan's own status is the
  // family's trajectory; this is the jeugdige's (docs/workflow.md "Per jeugdige").
  std::optional<HelpState> help;
  std::vector<Hulpvraag> hulpvragen;
  std::vector<DomainAnalysis> analysis;
  std::vector<Result> results;
  std::vector<Agreement> agreements;
  std::optional<Opvoedsituatie> opvoedsituatie;
  std::optional<Toekomstperspectief> toekomstperspectief;
  std::optional<SupportProfile> ondersteuningsprofiel;
  std::optional<Provider> aanbieder;
  std::optional<Behandelplan> behandelplan;
  std::vector<Toewijzing> toewijzingen;
  std::vector<Evaluation> evaluations;
  std::optional<bool> youth_care_closed;    // R-CLOSE-PARTIAL: jeugdwet part closed
  Json unknown_fields = Json::object();
};

// Who agreed to which version, when (000: family, lokale team, GI in dwang).
struct Akkoord {
  Actor by;
  std::int64_t version = 0;
  Timestamp at;
  std::optional<std::string> scope;         // "plan" (default), "resultaten", "wijziging"
  Json unknown_fields = Json::object();
};

// A recorded consent to share (R-CONSENT-AGE).
struct Consent {
  std::string id;
  std::vector<std::string> given_by;        // member ids
  std::string subject;                      // member id the information is about
  std::vector<std::string> purposes;        // sharing purposes (Purpose vocabulary)
  std::vector<std::string> actions;         // sharing actions (Action vocabulary), R-CONSENT-VALID
  std::vector<std::string> parts;           // part ids; empty = all parts of the subject
  std::vector<std::string> recipients;      // "agb:<code>", "kvk:<number>", "person:<id>", "member:<id>" (R-CONSENT-VALID)
  Timestamp from;
  std::optional<Timestamp> until;
  std::optional<Timestamp> withdrawn_at;
  Json unknown_fields = Json::object();
};

// Perspectiefregie (002).
struct Regie {
  Actor regisseur;
  std::optional<std::string> placed_at;     // "lokale_toegang", "verblijfsinstelling", "gi", ...
  std::optional<Timestamp> assigned_at;
  std::optional<std::string> basis;         // why it lies there (matrix cell, local choice)
  Json unknown_fields = Json::object();
};

// Who is involved in the case by assignment (R-STANDING): a lokale-team worker (or the
// team) or a GI. Recorded only by explicit events - the genesis payload, betrokkene_toewijzen
// and betrokkenheid_beeindigen - by someone with standing; acting never records one.
struct Assignment {
  Role role{};                              // lokaal_team or gi
  std::optional<std::string> person;        // the worker assigned; or, without one,
  std::optional<std::string> organisation;  // the team or GI as a whole
  std::optional<std::string> jeugdige;      // for one jeugdige only (e.g. a GI's measure)
  Timestamp since;
  std::optional<Timestamp> until;           // set when the involvement ends
  Actor by;                                 // who assigned
  Json unknown_fields = Json::object();
};

// A fixed (vastgestelde) version (000: the lokale team keeps the signed one).
struct VersionRecord {
  std::int64_t version = 0;
  Timestamp at;
  Actor by;
  std::optional<std::string> note;
  std::optional<std::string> content_sha256;  // hash of the canonical plan content at that version
  Json unknown_fields = Json::object();
};

// One applied workflow event: the complete event, so the history can be replayed.
struct HistoryEntry {
  std::int64_t seq = 0;
  std::string event;
  Timestamp at;
  Actor actor;
  std::optional<std::string> reason;
  Json payload;                              // null when the event had none
  std::string from_state;
  std::string to_state;
  std::int64_t version = 0;                  // plan version after the event
  Json unknown_fields = Json::object();
};

// The plan's large lists are SharedVectors (shared_vector.hpp): a copy of a plan shares
// them, and the plan an event makes shares every entry it does not change.
struct Plan {
  std::string format{kPlanFormat};
  std::string id;
  std::string profile;                       // region profile id
  std::optional<std::string> municipality;
  PlanType plan_type{};
  std::int64_t version = 0;
  std::string status;                        // workflow state id: the family's trajectory
  std::optional<EntryRoute> entry_route;
  std::optional<Actor> referrer;
  std::optional<bool> provider_drafting;     // R-PROVIDER-NOT-DRAFTING: referrer involved the provider
  std::optional<bool> recording_objection;   // R-LT-STORE: family objects to recording
  Family family;
  FamilyPart family_part;
  SharedVector<ChildPart> children;
  SharedVector<Akkoord> akkoorden;
  SharedVector<Consent> consents;
  std::optional<Regie> regie;
  SharedVector<Assignment> assignments;     // R-STANDING: lokale team and GI, by explicit events
  SharedVector<VersionRecord> versions;
  SharedVector<HistoryEntry> history;
  Json local_fields = Json::object();        // R-LOCAL-FIELDS: municipal fields, kept untouched
  Json unknown_fields = Json::object();
};

// ---- Reading and writing ---------------------------------------------------

// Reads a plan from parsed JSON. Structural problems (missing required fields,
// wrong types, unknown enum spellings, malformed dates) are all collected; if
// there are any, throws Error(ErrorCode::schema) carrying every problem.
Plan plan_from_json(const Json& json);

// Parses text (with limits) and reads the plan.
Plan plan_from_text(std::string_view text, const JsonLimits& limits = {});

// Writes the plan as JSON; canonical_json() of it is the canonical form.
Json plan_to_json(const Plan& plan);

// canonical_json(plan_to_json(plan)), written straight from the typed plan.
std::string plan_to_canonical(const Plan& plan);

// json_extent(plan_to_json(plan)) - the depth and canonical bytes of the plan - measured
// on the typed plan without building its JSON (a fraction of the time and no allocation).
JsonExtent plan_extent(const Plan& plan);

// Convenience look-ups used across the core.
const Member* find_member(const Plan& plan, std::string_view member_id);
const ChildPart* find_child_part(const Plan& plan, std::string_view jeugdige_id);

}  // namespace perspectief
