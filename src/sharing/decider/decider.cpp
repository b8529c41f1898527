// Deciding a request part by part (see decider.hpp for the order of the steps).
#include "sharing/decider/decider.hpp"

#include <algorithm>

#include "perspectief/calendar.hpp"
#include "perspectief/error.hpp"
#include "perspectief/consent_age.hpp"
#include "perspectief/gezag.hpp"
#include "sharing/case_file/relevance.hpp"

namespace perspectief::sharing {
namespace {

PartOutcome no_rule() { return PartOutcome::deny(Reason::no_rule, Rule::default_deny); }

}  // namespace

CaseFile::CaseFile(const CompiledPolicy& policy_in, const Plan& plan)
    : policy(policy_in),
      parts(plan),
      involvement(plan),
      consents(parts, policy_in),
      safety(safety_parts(parts, policy_in)),
      birth_dates(sharing::birth_dates(plan)) {}

Asked asked_of(const CompiledPolicy& policy, const Request& request) {
  const auto moment = parse_moment(request.at.value);
  const auto channel = policy.channel_index(request.channel);
  if (!moment || !channel) {
    // check_request reports these with pointers; reaching here is a caller's bug.
    throw Error(ErrorCode::invalid_argument, "sharing request was not checked: bad 'at' or 'channel'");
  }
  return Asked{&request.requester, request.recipient ? &*request.recipient : nullptr, request.action,
               request.purpose, *moment, *channel, request.break_glass.has_value()};
}

std::vector<std::size_t> addressed_parts(const PartIndex& index, const Request& request) {
  if (request.parts.empty()) {
    std::vector<std::size_t> all(index.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  std::vector<bool> chosen(index.size(), false);
  for (const PartId& address : request.parts) {
    for (std::size_t i : index.select(address.value)) chosen[i] = true;
  }
  std::vector<std::size_t> parts;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i]) parts.push_back(i);
  }
  return parts;
}

Decider::Decider(const CaseFile& file, const Asked& asked) : file_(file), asked_(asked) {
  requester_ = resolve_party(*asked.requester, file.parts, file.involvement, asked_.at);
  if (asked.recipient) recipient_ = resolve_party(*asked.recipient, file.parts, file.involvement, asked_.at);
}

std::chrono::year_month_day Decider::date() const {
  if (!date_) date_ = asked_.at.local_date();
  return *date_;
}

std::optional<int> Decider::age_of(std::size_t member) const {
  const auto& birth = file_.birth_dates[member];
  if (!birth) return std::nullopt;
  return completed_years(*birth, date());
}

const ConsentGivers& Decider::givers() const {
  if (!givers_) givers_ = consent_givers(file_.parts.plan(), member_ages(file_.birth_dates, date()));
  return *givers_;
}

PartOutcome Decider::decide(std::size_t part) const {
  if (asked_.action == Action::forward) return forward(part);
  return receive(requester_, asked_.action, asked_.purpose, part, asked_.channel);
}

void Decider::settle() const {
  givers();  // works out the date on its way
}

// May `who` get this part by `action` (steps 1-3, and 5)?
PartOutcome Decider::receive(const ResolvedParty& who, Action action, Purpose purpose, std::size_t part,
                             std::optional<std::size_t> channel) const {
  if (who.gemeente) return PartOutcome::deny(Reason::gemeente, Rule::gemeente);
  const CompiledPolicy& policy = file_.policy;
  const PartKind kind = file_.parts[part].kind;
  PartOutcome best = who.standings.any() ? no_rule() : who.without_standing;
  for (const std::uint16_t g : policy.grants_for(action, purpose, kind)) {
    const Grant& grant = policy.grants[g];
    if ((grant.audience & who.standings).none()) continue;
    if (channel && !grant.channels[*channel]) {
      const bool insecure = !policy.channels[*channel].secure && grant.rule == Rule::share_hoofdaannemer;
      best.prefer_more_specific(
          PartOutcome::deny(insecure ? Reason::insecure_channel : Reason::channel_not_allowed, grant.rule));
      continue;
    }
    PartOutcome outcome = apply_grant(grant, who, part);
    if (outcome.allowed) return outcome;
    best.prefer_more_specific(outcome);
  }
  PartOutcome by_consent = consent(who, action, purpose, part, channel);
  if (by_consent.allowed) return by_consent;
  best.prefer_more_specific(by_consent);
  return best;
}

// R-DWANG-GI within R-MEMBER-PRIVACY: a GI's case is the jeugdigen its measure concerns
// (standing.hpp gi_jeugdigen). The family's shared parts are part of it; a sibling's own
// parts are not, nor the consents about that sibling, nor the history (its payloads carry
// every jeugdige's content) unless the case covers every jeugdige. Any other party is
// not narrowed here.
namespace {
bool within_gi_case(const ResolvedParty& who, const IndexedPart& p, const Plan& plan) {
  if (who.party->role != Role::gi) return true;
  const auto covers = [&](int child) {
    return std::find(who.gi_children.begin(), who.gi_children.end(), child) != who.gi_children.end();
  };
  if (p.kind == PartKind::history) return who.gi_children.size() == plan.children.size();
  if (p.child >= 0) return covers(p.child);
  if (p.kind == PartKind::consent) {
    for (std::size_t c = 0; c < plan.children.size(); ++c) {
      if (plan.children[c].jeugdige == p.subject_id) return covers(static_cast<int>(c));
    }
  }
  return true;
}
}  // namespace

// What each granting rule means beyond its audience, actions, purposes, channels and kinds.
PartOutcome Decider::apply_grant(const Grant& grant, const ResolvedParty& who, std::size_t part) const {
  const IndexedPart& p = file_.parts[part];
  switch (grant.rule) {
    case Rule::owner: return owner_scope(who, part);
    case Rule::lt_involved: return PartOutcome::allow(Reason::lt_involved, rules_of({Rule::lt_involved}));
    case Rule::dwang_gi:
      if (!within_gi_case(who, p, file_.parts.plan())) return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
      return PartOutcome::allow(Reason::dwang_gi, rules_of({Rule::dwang_gi}));
    case Rule::regie_mandate: return PartOutcome::allow(Reason::regie_mandate, rules_of({Rule::regie_mandate}));
    case Rule::referrer_involved:
      if (!within_gi_case(who, p, file_.parts.plan())) return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
      return PartOutcome::allow(Reason::referrer_involved, rules_of({Rule::referrer_involved}));
    case Rule::lt_store: {
      if (!file_.parts.plan().recording_objection.value_or(false)) {
        return PartOutcome::allow(Reason::lt_store, rules_of({Rule::lt_store}));
      }
      if (file_.policy.own_account.test(bit(p.kind))) {
        return PartOutcome::allow(Reason::lt_store_own_account, rules_of({Rule::lt_store}),
                                  obligations_of({ObligationCode::own_account_only}));
      }
      return PartOutcome::deny(Reason::recording_objection, Rule::lt_store);
    }
    case Rule::share_hoofdaannemer: {
      if (!who.linked.empty() && who.linked[part]) {
        return PartOutcome::allow(Reason::toewijzing_linked, rules_of({Rule::share_hoofdaannemer}),
                                  obligations_of({ObligationCode::secure_channel, ObligationCode::toewijzing_parts_only}));
      }
      const bool own_client = std::find(who.toewijzing_children.begin(), who.toewijzing_children.end(), p.child) !=
                              who.toewijzing_children.end();
      if (p.subject != kFamilyLevel && !own_client) return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
      return PartOutcome::deny(Reason::toewijzing_not_linked, Rule::share_hoofdaannemer);
    }
    case Rule::safety: {
      if (!file_.safety[part]) return no_rule();
      // A provider involved only through its toewijzingen gets the family's
      // safety information and that of its own clients, not of their siblings.
      StandingSet wider = grant.audience & who.standings;
      wider.reset(bit(Standing::toewijzing_holder));
      // Likewise a GI: the safety of a sibling outside its case is not its to read.
      if (!within_gi_case(who, p, file_.parts.plan())) wider.reset();
      const bool own_client = p.child < 0 || std::find(who.toewijzing_children.begin(), who.toewijzing_children.end(),
                                                       p.child) != who.toewijzing_children.end();
      if (wider.none() && !own_client) return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
      return PartOutcome::allow(Reason::safety, rules_of({Rule::safety}), obligations_of({ObligationCode::in_overleg}));
    }
    default: return no_rule();
  }
}

// R-OWNER within R-MEMBER-PRIVACY: the family part and the member's own parts;
// a parent with gezag also the parts of a child under 16.
PartOutcome Decider::owner_scope(const ResolvedParty& who, std::size_t part) const {
  const IndexedPart& p = file_.parts[part];
  if (p.subject == kFamilyLevel || p.subject == who.member) {
    return PartOutcome::allow(Reason::owner, rules_of({Rule::owner}));
  }
  if (p.subject == kUnknownMember) return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
  const Plan& plan = file_.parts.plan();
  const Member& subject = plan.family.members[static_cast<std::size_t>(p.subject)];
  // R-GEZAG: gezag over this member, as the workflow asks it (unrecorded is not held).
  if (!holds_gezag(plan, plan.family.members[static_cast<std::size_t>(who.member)].id, subject.id)) {
    return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
  }
  const auto age = age_of(static_cast<std::size_t>(p.subject));
  if (!age) {
    // A parent or other adult member without birth date is not a child; a jeugdige's age must be known.
    if (subject.role == Role::jeugdige) return PartOutcome::deny(Reason::givers_unknown, Rule::consent_age);
    return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
  }
  // Jeugdwet 7.3.11 lid 2b with 7.3.4: while the parents' consent counts, they are not "others".
  if (consent_by_age(*age).parents) {
    return PartOutcome::allow(Reason::owner_representative, rules_of({Rule::owner, Rule::consent_age}));
  }
  return PartOutcome::deny(Reason::member_privacy, Rule::member_privacy);
}

PartOutcome Decider::consent(const ResolvedParty& who, Action action, Purpose purpose, std::size_t part,
                             std::optional<std::size_t> channel) const {
  const CompiledPolicy& policy = file_.policy;
  if (!policy.consent_enabled || !policy.consent_actions.test(bit(action))) return no_rule();
  if (channel && !policy.consent_channels.test(*channel)) {
    return PartOutcome::deny(Reason::channel_not_allowed, Rule::consent_age);
  }
  switch (file_.consents.check(part, action, purpose, *who.party, asked_.at, givers())) {
    case ConsentResult::allowed:
      return PartOutcome::allow(Reason::consent, rules_of({Rule::consent_age}),
                                obligations_of({ObligationCode::consent_scope}));
    case ConsentResult::givers_unknown: return PartOutcome::deny(Reason::givers_unknown, Rule::consent_age);
    case ConsentResult::givers: return PartOutcome::deny(Reason::consent_givers, Rule::consent_age);
    case ConsentResult::not_valid: return PartOutcome::deny(Reason::consent_not_valid, Rule::consent_age);
    case ConsentResult::provider_scope:
      return PartOutcome::deny(Reason::consent_provider_scope, Rule::consent_valid);
    case ConsentResult::invalid: return PartOutcome::deny(Reason::consent_invalid, Rule::consent_valid);
    case ConsentResult::none: break;
  }
  return no_rule();
}

// Step 4: the requester passes the part on; both ends must be allowed.
PartOutcome Decider::forward(std::size_t part) const {
  const ResolvedParty& recipient = *recipient_;
  if (requester_.gemeente || recipient.gemeente) return PartOutcome::deny(Reason::gemeente, Rule::gemeente);
  const PartOutcome sender = receive(requester_, Action::forward, asked_.purpose, part, asked_.channel);
  const PartOutcome receiver = receive(recipient, Action::read, asked_.purpose, part, asked_.channel);
  if (sender.allowed && receiver.allowed) {
    return PartOutcome{true, receiver.reason, sender.rules | receiver.rules, sender.obligations | receiver.obligations};
  }
  if (asked_.break_glass) return break_glass(part);
  if (!sender.allowed) {
    return sender.reason == Reason::no_rule ? PartOutcome::deny(Reason::forwarder_not_allowed, Rule::default_deny)
                                            : sender;
  }
  return receiver;
}

// R-SAFETY-OVERRIDE: without consent, to Veilig Thuis (meldrecht, Wmo 2015
// art. 5.2.6) or a GI carrying out a supervision order (Jeugdwet 7.3.11 lid 4),
// by a professional who holds the information, for safety, with a reason.
PartOutcome Decider::break_glass(std::size_t part) const {
  const CompiledPolicy& policy = file_.policy;
  if (!policy.break_glass_enabled) return no_rule();
  if (!policy.break_glass_recipients.test(bit(recipient_->party->role))) {
    return PartOutcome::deny(Reason::break_glass_recipient, Rule::safety_override);
  }
  if (asked_.purpose != Purpose::veiligheid) {
    return PartOutcome::deny(Reason::break_glass_purpose, Rule::safety_override);
  }
  if (!policy.break_glass_channels.test(asked_.channel)) {
    return PartOutcome::deny(Reason::channel_not_allowed, Rule::safety_override);
  }
  if (!requester_.professional() || !requester_holds(part)) {
    return PartOutcome::deny(Reason::break_glass_requester, Rule::safety_override);
  }
  return PartOutcome::allow(Reason::break_glass, rules_of({Rule::safety_override}),
                            obligations_of({ObligationCode::break_glass_review}));
}

// One can only pass on what one has: the requester may read the part for
// carrying out the help or for safety, wherever they read it.
bool Decider::requester_holds(std::size_t part) const {
  return receive(requester_, Action::read, Purpose::uitvoering, part, std::nullopt).allowed ||
         receive(requester_, Action::read, Purpose::veiligheid, part, std::nullopt).allowed;
}

}  // namespace perspectief::sharing
