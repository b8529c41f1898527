// Deciding a request part by part (docs/sharing.md, "How a part is decided").
//
// A CaseFile holds what decisions about one plan need, computed once per plan:
// the parts, who the plan records as involved, the consents, the safety parts.
// A Decider holds one request resolved against it (the parties' standing, the
// members' ages at the moment) and decides each part:
//   1. R-GEMEENTE: the municipality outside the lokale team gets nothing.
//   2. The policy's grants, in order; the first that allows the part decides.
//      Each rule keeps its meaning: member privacy for the family, only the
//      linked parts and secure channels for the hoofdaannemer, the recording
//      objection for the lokale team's store.
//   3. R-CONSENT-AGE: a valid consent from those whose consent counts.
//   4. Forward: the requester must be allowed to pass the part on and the
//      recipient to receive it; otherwise R-SAFETY-OVERRIDE when break-glass is
//      invoked toward Veilig Thuis or a GI.
//   5. Anything else is denied, with the most specific reason found.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "perspectief/sharing.hpp"
#include "perspectief/time.hpp"
#include "sharing/policy/compiled_policy.hpp"
#include "sharing/case_file/consent.hpp"
#include "sharing/case_file/part_index.hpp"
#include "sharing/case_file/standing.hpp"

namespace perspectief::sharing {

struct CaseFile {
  CaseFile(const CompiledPolicy& policy, const Plan& plan);

  const CompiledPolicy& policy;
  PartIndex parts;
  Involvement involvement;
  ConsentIndex consents;
  std::vector<bool> safety;  // R-SAFETY parts
  BirthDates birth_dates;    // R-CONSENT-AGE: ages are taken at each request's moment
};

// One question put to the Decider, with every text already looked up: a Request that
// passed check_request (asked_of), or a prepared plan's Question.
struct Asked {
  const Party* requester = nullptr;
  const Party* recipient = nullptr;  // forward only
  Action action{};
  Purpose purpose{};
  Moment at{};
  std::size_t channel = 0;  // index into the policy's channels
  bool break_glass = false;
};
// The request must have passed check_request (request_checks.hpp).
Asked asked_of(const CompiledPolicy& policy, const Request& request);

// The parts a request addresses, in document order, without repeats.
std::vector<std::size_t> addressed_parts(const PartIndex& index, const Request& request);

class Decider {
 public:
  Decider(const CaseFile& file, const Asked& asked);

  PartOutcome decide(std::size_t part) const;
  // Another question of the same requester at the same moment: the action (not a
  // forward, which needs the recipient resolved), purpose and channel given here
  // instead of the asked ones. A prepared party (prepared_plan.hpp) asks this way.
  PartOutcome decide(std::size_t part, Action action, Purpose purpose, std::size_t channel) const {
    return receive(requester_, action, purpose, part, channel);
  }
  // A content change made through the workflow (R-CHANGE-SCOPE) reaches the plan
  // itself, not a copy sent over a channel: the grants are applied without one.
  PartOutcome decide_in_place(std::size_t part) const {
    return receive(requester_, asked_.action, asked_.purpose, part, std::nullopt);
  }
  // Works out now what the Decider would otherwise work out the first time it is
  // needed (the date, whose consent counts), so that from here on it writes nothing
  // and may be shared between threads.
  void settle() const;
  // Who receives the content: the recipient of a forward, else the requester.
  const ResolvedParty& audience() const { return recipient_ ? *recipient_ : requester_; }
  const ResolvedParty& requester() const { return requester_; }

 private:
  // `channel`: the channel the part would travel over, or nullopt when it stays in place.
  PartOutcome receive(const ResolvedParty& who, Action action, Purpose purpose, std::size_t part,
                      std::optional<std::size_t> channel) const;
  PartOutcome apply_grant(const Grant& grant, const ResolvedParty& who, std::size_t part) const;
  PartOutcome owner_scope(const ResolvedParty& who, std::size_t part) const;
  PartOutcome consent(const ResolvedParty& who, Action action, Purpose purpose, std::size_t part,
                      std::optional<std::size_t> channel) const;
  PartOutcome forward(std::size_t part) const;
  PartOutcome break_glass(std::size_t part) const;
  bool requester_holds(std::size_t part) const;
  // The member's age in completed years at the question's date; nullopt without birth date.
  std::optional<int> age_of(std::size_t member) const;
  // Whose consent counts for whom at the question's date: worked out the first time a
  // consent is looked at, since most questions are decided by a grant before that.
  const ConsentGivers& givers() const;

  // The question's calendar date, worked out the first time an age is needed.
  std::chrono::year_month_day date() const;

  const CaseFile& file_;
  Asked asked_;
  mutable std::optional<std::chrono::year_month_day> date_;
  mutable std::optional<ConsentGivers> givers_;
  ResolvedParty requester_;
  std::optional<ResolvedParty> recipient_;
};

}  // namespace perspectief::sharing
