// Building the disclosure record (see disclosure.hpp). NEN 7513 asks of a log
// of access to care records: the event, its date and time, the client, the
// user (a natural person), the responsible user on whose behalf, the
// organisation and role, the access point, and the objects concerned; R-LOG
// adds the purpose, the rule that allowed it and whether break-glass was used.
#include "sharing/release/disclosure.hpp"

#include <algorithm>

namespace perspectief::sharing {
namespace {

DisclosureParty party_of(const Party& party) {
  return DisclosureParty{party.person, party.name, party.role, party.organisation};
}

// What every record says about the attempt itself, released or refused.
DisclosureRecord record_of(const Request& request, const Plan& plan, std::string_view outcome) {
  DisclosureRecord record;
  record.outcome = std::string(outcome);
  record.event = request.action;
  record.at = request.at.value;
  record.client.plan = plan.id;
  record.client.plan_version = plan.version;
  record.user = party_of(request.requester);
  record.responsible_user = request.requester.on_behalf_of.value_or(request.requester.person);
  if (request.recipient) record.recipient = party_of(*request.recipient);
  record.channel = request.channel;
  record.purpose = request.purpose;
  return record;
}

}  // namespace

std::optional<DisclosureRecord> make_disclosure(const PartIndex& index, const Request& request,
                                                const DecidedParts& decided) {
  DisclosureRecord record = record_of(request, index.plan(), kOutcomeReleased);
  RuleSet rules;
  for (std::size_t i = 0; i < decided.parts.size(); ++i) {
    const PartOutcome& outcome = decided.outcomes[i];
    if (!outcome.allowed) continue;
    const IndexedPart& part = index[decided.parts[i]];
    record.objects.push_back(part.id);
    rules |= outcome.rules;
    if (outcome.reason == Reason::break_glass) record.break_glass = true;
    if (part.subject_id.empty()) {
      record.client.family = true;
    } else if (std::find(record.client.members.begin(), record.client.members.end(), part.subject_id) ==
               record.client.members.end()) {
      record.client.members.push_back(part.subject_id);
    }
  }
  if (record.objects.empty()) return std::nullopt;
  record.rules = rule_ids(rules);
  if (record.break_glass) record.break_glass_reason = request.break_glass->reason;
  return record;
}


std::optional<DisclosureRecord> make_refusal(const Request& request, const Plan& plan, const DecidedParts& decided) {
  RuleSet rules;
  for (const PartOutcome& outcome : decided.outcomes) {
    if (outcome.allowed) return std::nullopt;
    rules |= outcome.rules;
  }
  if (decided.parts.empty()) rules.set(static_cast<std::size_t>(Rule::default_deny));
  DisclosureRecord record = record_of(request, plan, kOutcomeDenied);
  if (request.parts.empty()) {
    record.objects.push_back(PartId{""});
  } else {
    record.objects = request.parts;
  }
  record.rules = rule_ids(rules);
  return record;
}

}  // namespace perspectief::sharing
