// Sharing a plan: deny-by-default decisions with reasons, redacted views and
// the disclosure log (DOMAIN.md section 6; docs/sharing.md is the full guide).
//
// A Request says who asks (a natural person in a role, with their relation to
// this case), what they want to do with which parts of the plan, for which
// purpose, over which channel and at which moment. A Decision allows or denies
// every addressed part on its own, names the rule ids (R-...) that decided, the
// obligations that come with the release, and explains itself in Dutch and
// English. Anything no rule allows is denied (R-DEFAULT-DENY).
//
// decide() only answers the question and releases nothing. view() releases:
// it returns the plan JSON holding exactly the allowed parts together with the
// NEN 7513 disclosure record (R-LOG) that the host must store.
//
// json_api.hpp has the same operations with JSON in and out; the JSON formats
// are the ones these types read and write (docs/cpp.md).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/vocabulary.hpp"

namespace perspectief {

class Engine;

namespace sharing {

inline constexpr std::string_view kDisclosureFormat = "perspectief/disclosure@1";

// What the party wants to do with the parts.
enum class Action {
  read,     // look at it (inzage)
  store,    // keep a copy in the party's own dossier (vastleggen)
  forward,  // pass it on to a recipient (verstrekken)
  amend,    // change it (wijzigen)
};

// Why (doelbinding). The purposes of 000: carrying out the help, the
// assignment, accountability toward an accountant, objection and appeal,
// safety (002), and municipal policy.
enum class Purpose { uitvoering, toewijzing, verantwoording, bezwaar_beroep, veiligheid, beleid };

enum class Verdict { allow, deny };

// The sharing rules, by their stable ids (docs/domain.md, "The sharing rules"). The
// values are bit positions in Answer::rules and in the C ABI's answer: append new
// rules at the end, never reorder.
enum class Rule : std::uint8_t {
  owner,                // R-OWNER
  member_privacy,       // R-MEMBER-PRIVACY
  lt_involved,          // R-LT-INVOLVED
  lt_store,             // R-LT-STORE
  gemeente,             // R-GEMEENTE
  share_hoofdaannemer,  // R-SHARE-HOOFDAANNEMER
  safety,               // R-SAFETY
  consent_age,          // R-CONSENT-AGE
  consent_valid,        // R-CONSENT-VALID
  safety_override,      // R-SAFETY-OVERRIDE
  dwang_gi,             // R-DWANG-GI
  regie_mandate,        // R-REGIE-MANDATE
  referrer_involved,    // R-REFERRER-INVOLVED: the referrer draws the plan up with the family
  log,                  // R-LOG
  default_deny,         // R-DEFAULT-DENY
};
inline constexpr std::size_t kRuleCount = static_cast<std::size_t>(Rule::default_deny) + 1;

// The rule's id, e.g. "R-OWNER".
std::string_view rule_id(Rule rule);

// The address of one part of a plan, e.g. "children/j1/results/r1". The
// scheme is described in docs/sharing.md ("Addressing parts"); segments that
// come from the plan (member ids, result ids, leefgebied codes) are escaped as
// JSON pointer tokens (~ -> ~0, / -> ~1). In a request, an address selects the
// part itself and every part below it: "children/j1" is all of j1's part.
struct PartId {
  std::string value;
  friend bool operator==(const PartId&, const PartId&) = default;
  friend auto operator<=>(const PartId&, const PartId&) = default;
};

// The kinds of parts a plan is divided into. Each kind is released or
// withheld as a whole item; see docs/sharing.md for what each one holds.
enum class PartKind {
  header,                      // "header": identity and status fields of the plan
  extensions,                  // "extensions": top-level members this version does not know
  family_general,              // "family/general": the family's name and unknown members
  family_member,               // "family/members/<member>": one member's record
  family_hulpvragen,           // "family_part/hulpvragen/<member>": that member's questions in the family part
  family_analysis,             // "family_part/analysis/<leefgebied>": every perspective on that leefgebied
  family_result,               // "family_part/results/<result>"
  family_agreement,            // "family_part/agreements/<agreement>"
  family_opvoedsituatie,       // "family_part/opvoedsituatie"
  family_extensions,           // "family_part/extensions"
  family_personal,             // "family_part/personal/<member>": that member's personal entries (R-MEMBER-PRIVACY)
  child_hulpvragen,            // "children/<jeugdige>/hulpvragen/<member>"
  child_analysis,              // "children/<jeugdige>/analysis/<leefgebied>"
  child_result,                // "children/<jeugdige>/results/<result>"
  child_agreement,             // "children/<jeugdige>/agreements/<agreement>"
  child_opvoedsituatie,        // "children/<jeugdige>/opvoedsituatie"
  child_toekomstperspectief,   // "children/<jeugdige>/toekomstperspectief"
  child_ondersteuningsprofiel, // "children/<jeugdige>/ondersteuningsprofiel"
  child_aanbieder,             // "children/<jeugdige>/aanbieder"
  child_behandelplan,          // "children/<jeugdige>/behandelplan"
  child_toewijzing,            // "children/<jeugdige>/toewijzingen/<number>"
  child_evaluation,            // "children/<jeugdige>/evaluations/<evaluation>"
  child_youth_care_closed,     // "children/<jeugdige>/youth_care_closed"
  child_segment,               // "children/<jeugdige>/segment" (plan@2: each jeugdige's)
  child_kader,                 // "children/<jeugdige>/kader": the kader and its kader_changes
  child_help,                  // "children/<jeugdige>/help": whose help runs (the jeugdige's workflow state)
  child_extensions,            // "children/<jeugdige>/extensions"
  child_personal,              // "children/<jeugdige>/personal/<member>": that member's personal entries there
  akkoorden,                   // "akkoorden"
  consent,                     // "consents/<consent>"
  regie,                       // "regie"
  assignments,                 // "assignments": who is assigned to the case (a GI's names its jeugdige)
  versions,                    // "versions"
  history,                     // "history"
  local_fields,                // "local_fields"
};
inline constexpr std::size_t kPartKindCount = static_cast<std::size_t>(PartKind::local_fields) + 1;

// The pattern of a kind as used in policy documents, e.g. "children/*/results/*".
std::string_view part_kind_pattern(PartKind kind);

// One part present in a plan.
struct PartInfo {
  PartId id;
  PartKind kind{};
  // The member the information is about: the jeugdige of a child part, the
  // member of a hulpvraag group or member record, the subject of a consent, the
  // owner of personal entries. Empty for parts about the family as a whole
  // (R-MEMBER-PRIVACY), and for personal entries that name no member (seen by no member).
  std::string subject;
};

// Every part present in the plan, in document order.
std::vector<PartInfo> list_parts(const Plan& plan);

// Who takes part in a request: a natural person (R-LOG) in a role, and their
// relation to this case. Access follows involvement, not role alone; the
// engine checks every stated relation against the plan.
struct Party {
  Role role{};
  std::string person;                       // stable id of the natural person
  std::optional<std::string> name{};
  std::optional<std::string> organisation{};  // a provider's id (as in toewijzing.aanbieder), a team, ...
  std::optional<std::string> member{};        // family members: their member id in this plan
  std::optional<std::string> on_behalf_of{};  // the responsible user (NEN 7513) they act for, a person id
  std::optional<std::string> toewijzing{};    // providers: the toewijzing number they act under
};

// The break-glass path (R-SAFETY-OVERRIDE): a reason is mandatory.
struct BreakGlass {
  std::string reason;
};

struct Request {
  Party requester;                      // who acts
  std::optional<Party> recipient{};       // forward only: who receives
  Action action{};
  Purpose purpose{};
  std::vector<PartId> parts{};            // addresses; empty = the whole plan
  std::string channel;                  // a channel code of the region's policy, e.g. "beveiligde_email"
  Timestamp at;                         // RFC 3339 with offset
  std::optional<BreakGlass> break_glass{};
};

// A condition that comes with an allowed release.
struct Obligation {
  std::string code;   // e.g. "secure_channel", "toewijzing_parts_only", "own_account_only"
  std::string rule;   // the rule that imposes it
  std::string nl;
  std::string en;
};

// The decision on one part.
struct PartDecision {
  PartId part;
  Verdict decision{};
  std::vector<std::string> rules;  // the rule ids that decided this part
  std::string reason;              // stable reason code, e.g. "member_privacy" (docs/sharing.md)
};

struct Decision {
  Verdict decision{};                    // allow when at least one part is released
  std::vector<std::string> rules;        // every rule that decided a part, allowing rules first
  std::vector<Obligation> obligations;   // conditions on what is released
  std::vector<PartDecision> parts;       // one per addressed part, in document order
  std::string explanation_nl;
  std::string explanation_en;
  bool break_glass = false;              // some part was released through R-SAFETY-OVERRIDE
};

// Who, in a disclosure record.
struct DisclosureParty {
  std::string person;
  std::optional<std::string> name;
  Role role{};
  std::optional<std::string> organisation;
};

// The client in a disclosure record: the plan, and whose information left.
struct DisclosureClient {
  std::string plan;                  // plan id
  std::int64_t plan_version = 0;
  std::vector<std::string> members;  // members whose individual parts were released
  bool family = false;               // parts about the whole family were released
};

// DisclosureRecord::outcome: a release, or a refused attempt (NEN 7513 logs both).
inline constexpr std::string_view kOutcomeReleased = "released";
inline constexpr std::string_view kOutcomeDenied = "denied";

// One entry of the disclosure log (R-LOG, NEN 7513). The host stores it.
struct DisclosureRecord {
  std::string format{kDisclosureFormat};
  std::string outcome{kOutcomeReleased};     // kOutcomeReleased or kOutcomeDenied
  Action event{};                            // the kind of access
  std::string at;                            // date and time of the access (the request's moment)
  DisclosureClient client;
  DisclosureParty user;                      // the natural person who acted
  std::string responsible_user;              // on whose behalf (the user when acting for themselves)
  std::optional<DisclosureParty> recipient;  // forward: who received it
  std::string channel;                       // access point
  std::vector<PartId> objects;               // released: the parts released; denied: the addresses asked for
  Purpose purpose{};
  std::vector<std::string> rules;            // the rules that allowed the release, or refused it
  bool break_glass = false;
  std::optional<std::string> break_glass_reason;
};

// A withheld part, as listed to recipients whose role may see the list.
struct WithheldPart {
  PartId part;
  std::vector<std::string> rules;
};

struct View {
  Json view;                                       // the plan JSON with exactly the allowed parts
  Decision decision;                               // without withheld parts when the list may not be shown
  std::optional<std::vector<WithheldPart>> withheld;  // present when the audience's role may see it
  std::optional<DisclosureRecord> disclosure;      // present when anything was released
  std::optional<DisclosureRecord> refusal;         // present when nothing was: the refused attempt
};

// ---- JSON ------------------------------------------------------------------

// Reads a request. Every structural problem is collected; throws
// Error(schema) with all of them (codes PP-S-* and PP-D-*, JSON pointers).
Request request_from_json(const Json& json);
// Reads one party ({role, person, ...} as a request's requester); Error(schema) as above.
Party party_from_json(const Json& json);
Json to_json(const Request& request);
Json to_json(const Decision& decision);
Json to_json(const DisclosureRecord& record);
Json to_json(const View& view);

// ---- Operations --------------------------------------------------------------

// Decides one request. A denial is a result, not an error; malformed requests
// (unknown channel, missing break-glass reason, ...) throw Error(schema).
Decision decide(const Engine& engine, const Plan& plan, const Request& request);
// Decides many requests against one plan; the plan is indexed once.
std::vector<Decision> decide_batch(const Engine& engine, const Plan& plan, const std::vector<Request>& requests);
// Releases the allowed parts of the plan for the request, with the disclosure record.
View view(const Engine& engine, const Plan& plan, const Request& request);

}  // namespace sharing

// JSON spellings of the sharing enums (used by the declarative JSON mapping).
template <>
struct EnumNames<sharing::Action> {
  static constexpr auto table = std::to_array<std::pair<sharing::Action, std::string_view>>(
      {{sharing::Action::read, "read"},
       {sharing::Action::store, "store"},
       {sharing::Action::forward, "forward"},
       {sharing::Action::amend, "amend"}});
  static constexpr std::string_view type_name = "Action";
};

template <>
struct EnumNames<sharing::Purpose> {
  static constexpr auto table = std::to_array<std::pair<sharing::Purpose, std::string_view>>(
      {{sharing::Purpose::uitvoering, "uitvoering"},
       {sharing::Purpose::toewijzing, "toewijzing"},
       {sharing::Purpose::verantwoording, "verantwoording"},
       {sharing::Purpose::bezwaar_beroep, "bezwaar_beroep"},
       {sharing::Purpose::veiligheid, "veiligheid"},
       {sharing::Purpose::beleid, "beleid"}});
  static constexpr std::string_view type_name = "Purpose";
};

template <>
struct EnumNames<sharing::Verdict> {
  static constexpr auto table = std::to_array<std::pair<sharing::Verdict, std::string_view>>(
      {{sharing::Verdict::allow, "allow"}, {sharing::Verdict::deny, "deny"}});
  static constexpr std::string_view type_name = "Verdict";
};

}  // namespace perspectief
