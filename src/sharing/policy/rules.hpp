// The sharing rules, the reasons a part is released or withheld, and the
// obligations a release carries: the vocabulary every decision is built from.
// The rules themselves (Rule, rule_id) are public, in perspectief/sharing.hpp.
// Texts live in rules.cpp, next to the table they belong to; docs/sharing.md
// cites the seed or article behind every rule.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/sharing.hpp"

namespace perspectief::sharing {

using RuleSet = std::bitset<kRuleCount>;

std::optional<Rule> rule_from_id(std::string_view id);
// The ids in catalogue order.
std::vector<std::string> rule_ids(const RuleSet& rules);

// Why a part was released or withheld. Denial reasons are ordered from the
// most to the least specific: when several apply, the first is reported.
enum class Reason : std::uint8_t {
  // released
  owner,                  // the family member's own or the family's part
  owner_representative,   // a parent with gezag, for a child under 16
  lt_involved,
  lt_store,
  lt_store_own_account,   // the family objected to recording: only the team's own account
  regie_mandate,
  referrer_involved,
  dwang_gi,
  toewijzing_linked,
  safety,
  consent,
  break_glass,
  // withheld
  gemeente,
  break_glass_recipient,
  break_glass_purpose,
  break_glass_requester,
  givers_unknown,
  consent_givers,
  consent_not_valid,
  consent_provider_scope,  // a consent to a provider names its organisation and the parts (R-CONSENT-VALID)
  consent_invalid,         // the consent that would apply does not say what a consent must (R-CONSENT-VALID)
  member_privacy,
  toewijzing_not_linked,
  toewijzing_inactive,
  toewijzing_not_held,
  insecure_channel,
  channel_not_allowed,
  recording_objection,
  forwarder_not_allowed,
  not_involved,
  no_rule,
};
inline constexpr std::size_t kReasonCount = static_cast<std::size_t>(Reason::no_rule) + 1;

struct ReasonInfo {
  std::string_view code;  // stable, in decisions ("member_privacy")
  bool releases;
  std::string_view nl;
  std::string_view en;
};
const ReasonInfo& reason_info(Reason reason);

enum class ObligationCode : std::uint8_t {
  secure_channel,
  toewijzing_parts_only,
  own_account_only,
  in_overleg,
  consent_scope,
  break_glass_review,
};
inline constexpr std::size_t kObligationCount = static_cast<std::size_t>(ObligationCode::break_glass_review) + 1;
using ObligationSet = std::bitset<kObligationCount>;

struct ObligationInfo {
  std::string_view code;
  Rule rule;
  std::string_view nl;
  std::string_view en;
};
const ObligationInfo& obligation_info(ObligationCode code);

// The outcome for one part: released or not, why, by which rules, and on which conditions.
struct PartOutcome {
  bool allowed = false;
  Reason reason = Reason::no_rule;
  RuleSet rules;
  ObligationSet obligations;

  static PartOutcome allow(Reason reason, RuleSet rules, ObligationSet obligations = {}) {
    return PartOutcome{true, reason, rules, obligations};
  }
  static PartOutcome deny(Reason reason, Rule rule) {
    RuleSet rules;
    rules.set(static_cast<std::size_t>(rule));
    return PartOutcome{false, reason, rules, {}};
  }
  // Keeps the more specific of two denials (see Reason).
  void prefer_more_specific(const PartOutcome& other) {
    if (!allowed && !other.allowed && other.reason < reason) *this = other;
  }
};

inline RuleSet rules_of(std::initializer_list<Rule> rules) {
  RuleSet set;
  for (Rule r : rules) set.set(static_cast<std::size_t>(r));
  return set;
}

inline ObligationSet obligations_of(std::initializer_list<ObligationCode> codes) {
  ObligationSet set;
  for (ObligationCode c : codes) set.set(static_cast<std::size_t>(c));
  return set;
}

}  // namespace perspectief::sharing
