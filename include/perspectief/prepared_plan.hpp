// Prepared plans and typed questions: the fast path of the sharing rules.
//
// A PreparedPlan holds everything a decision needs to know about one plan - its
// parts, who it records as involved, its consents, birth dates and safety parts -
// computed once. It is immutable and cheap to copy (copies share one state), so
// one prepared plan serves every call and every thread until the plan changes;
// a changed plan is a new plan and needs preparing again.
//
// On a prepared plan, sharing::decide, decide_batch and view answer a Request
// exactly as the functions of sharing.hpp do, without indexing the plan again.
// ask() answers a Question: one part, for one party, given as small values that
// were looked up once (the part and the channel by their index). It gives the
// verdict, the rules that decided and the reason code, and builds no text; the
// answer is the one decide() gives for a request that addresses that part
// (a test holds the two equal over random questions).
//
// A screen that asks many questions for one user goes one step further: a
// PreparedParty is that party checked and its standing in the plan (R-STANDING)
// worked out once, at one moment; each of its questions is then only the grant
// tests. A party's standing depends on the moment (assignments and toewijzingen
// are dated), so a new moment needs a new prepared party.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "perspectief/model.hpp"
#include "perspectief/sharing.hpp"
#include "perspectief/time.hpp"

namespace perspectief {

class Engine;

namespace sharing {
struct PreparedState;       // private to the core (src/sharing/prepared_state.hpp)
struct PreparedPartyState;  // likewise
class PreparedPlan;
class PreparedParty;
}  // namespace sharing

namespace detail {
// What a prepared plan or party holds, for the core's own operations (as state_of(Engine)).
const sharing::PreparedState& state_of(const sharing::PreparedPlan& plan);
const sharing::PreparedPartyState& state_of(const sharing::PreparedParty& party);
}  // namespace detail

namespace sharing {

// One part of a prepared plan, by its position in the plan's part list.
struct PartRef {
  std::uint32_t index = 0;
  friend bool operator==(const PartRef&, const PartRef&) = default;
};

// One channel of the engine's policy, by its position in the region's channel list.
struct ChannelRef {
  std::uint32_t index = 0;
  friend bool operator==(const ChannelRef&, const ChannelRef&) = default;
};

// The channel with this code in the engine's policy, or nullopt when the region does not know it.
std::optional<ChannelRef> find_channel(const Engine& engine, std::string_view code);

class PreparedPlan {
 public:
  // Prepares a plan under the engine's sharing policy. The prepared plan keeps what
  // it needs of the engine alive; the engine may be destroyed before it.
  PreparedPlan(const Engine& engine, Plan plan);

  const Plan& plan() const;
  // The engine's limits on JSON input, for documents read on behalf of this plan.
  const JsonLimits& limits() const;
  // Every part of the plan, in document order; a PartRef indexes this list.
  std::size_t part_count() const;
  PartInfo part(PartRef part) const;
  // The part whose address this is, or nullopt when no part has exactly this address
  // (a level above parts, such as "children/j1", selects several: see decide()).
  std::optional<PartRef> find_part(std::string_view address) const;

 private:
  friend const PreparedState& detail::state_of(const PreparedPlan& plan);
  std::shared_ptr<const PreparedState> state_;
};

// A question about one part: may this party do this with it, for this purpose,
// over this channel, at this moment? The parties are borrowed for the call.
struct Question {
  const Party* requester = nullptr;
  Action action{};
  Purpose purpose{};
  PartRef part{};
  ChannelRef channel{};
  Moment at{};
  const Party* recipient = nullptr;        // forward only: who receives
  const BreakGlass* break_glass = nullptr;  // forward only: R-SAFETY-OVERRIDE, with its reason
};

// The answer to a Question. `reason` is a stable reason code (docs/sharing.md),
// pointing at static text; nothing is allocated.
struct Answer {
  Verdict verdict = Verdict::deny;
  std::uint32_t rules = 0;  // bit r is set when Rule(r) decided
  std::string_view reason;

  bool allowed() const { return verdict == Verdict::allow; }
  bool decided_by(Rule rule) const { return (rules >> static_cast<unsigned>(rule)) & 1u; }
  // The ids of the rules that decided, in catalogue order (built when asked for).
  std::vector<std::string_view> rule_ids() const;
};

// Answers one question. A question that cannot be asked (no requester, a part or
// channel outside the plan's or the policy's lists, a forward without recipient,
// a requester that names no person, ...) throws Error(invalid_argument) or
// Error(schema) as decide() does for the same request.
Answer ask(const PreparedPlan& plan, const Question& question);
// Answers many questions about one plan; answers[i] answers questions[i]. Every
// question is checked before any is answered.
std::vector<Answer> ask_batch(const PreparedPlan& plan, std::span<const Question> questions);

// One party of a prepared plan at one moment, checked and resolved once. Immutable and
// cheap to copy (copies share one state); safe to use from many threads; it keeps
// its prepared plan alive.
class PreparedParty {
 public:
  // Checks the party as a Question's requester is checked (Error(invalid_argument)
  // with the request's pointers, e.g. "/requester/person") and resolves its
  // standing in the plan at `at`.
  PreparedParty(const PreparedPlan& plan, const Party& party, Moment at);

  const PreparedPlan& plan() const;
  const Party& party() const;
  const Moment& at() const;

 private:
  friend const PreparedPartyState& detail::state_of(const PreparedParty& party);
  std::shared_ptr<const PreparedPartyState> state_;
};

// Answers one question of a prepared party: the same answer as ask() gives for the
// Question with this party as requester at the party's moment. A forward needs its
// recipient resolved too: it is asked as a Question (this refuses it at "/action").
// An action, purpose, part or channel outside its list throws Error(invalid_argument)
// with code PP-D-QUESTION at "/action", "/purpose", "/part" or "/channel".
Answer ask(const PreparedParty& party, Action action, Purpose purpose, PartRef part, ChannelRef channel);

// The operations of sharing.hpp on a prepared plan: the same answers, without
// indexing the plan again.
Decision decide(const PreparedPlan& plan, const Request& request);
std::vector<Decision> decide_batch(const PreparedPlan& plan, const std::vector<Request>& requests);
View view(const PreparedPlan& plan, const Request& request);

}  // namespace sharing
}  // namespace perspectief
