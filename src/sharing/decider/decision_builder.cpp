// Assembling a Decision and its explanation (see decision_builder.hpp).
#include "sharing/decider/decision_builder.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace perspectief::sharing {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// One sentence per group of parts decided for the same reason by the same
// rules, in the order the groups first occur; released groups first.
// `counted` false leaves out how many parts each group has: a party denied
// everything learns why, not how many parts the plan has (issue #10).
void explain(const std::vector<PartOutcome>& outcomes, bool nothing_addressed, bool counted, Decision& decision) {
  if (nothing_addressed) {
    decision.explanation_nl = "Geweigerd: het plan heeft geen onderdeel op de gevraagde adressen (R-DEFAULT-DENY).";
    decision.explanation_en = "Denied: the plan has no part at the requested addresses (R-DEFAULT-DENY).";
    return;
  }
  struct Group {
    bool allowed;
    Reason reason;
    RuleSet rules;
    std::size_t count;
  };
  std::vector<Group> groups;
  for (const PartOutcome& o : outcomes) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return g.allowed == o.allowed && g.reason == o.reason && g.rules == o.rules;
    });
    if (it == groups.end()) {
      groups.push_back(Group{o.allowed, o.reason, o.rules, 1});
    } else {
      ++it->count;
    }
  }
  std::stable_partition(groups.begin(), groups.end(), [](const Group& g) { return g.allowed; });
  std::string nl;
  std::string en;
  for (const Group& g : groups) {
    const ReasonInfo& info = reason_info(g.reason);
    const std::string n = std::to_string(g.count);
    const std::string rules = join(rule_ids(g.rules));
    if (!nl.empty()) {
      nl += ' ';
      en += ' ';
    }
    if (counted) {
      nl.append(g.allowed ? "Toegestaan, " : "Geweigerd, ").append(n).append(g.count == 1 ? " onderdeel: " : " onderdelen: ");
      en.append(g.allowed ? "Allowed, " : "Denied, ").append(n).append(g.count == 1 ? " part: " : " parts: ");
    } else {
      nl.append(g.allowed ? "Toegestaan: " : "Geweigerd: ");
      en.append(g.allowed ? "Allowed: " : "Denied: ");
    }
    nl.append(info.nl).append(" (").append(rules).append(").");
    en.append(info.en).append(" (").append(rules).append(").");
  }
  decision.explanation_nl = std::move(nl);
  decision.explanation_en = std::move(en);
}

}  // namespace

DecidedParts decide_parts(const Decider& decider, std::vector<std::size_t> parts) {
  DecidedParts decided;
  decided.parts = std::move(parts);
  decided.outcomes.reserve(decided.parts.size());
  for (std::size_t part : decided.parts) decided.outcomes.push_back(decider.decide(part));
  return decided;
}

Decision make_decision(const PartIndex& index, const DecidedParts& decided, bool show_withheld) {
  Decision decision;
  RuleSet allowing;
  RuleSet withholding;
  ObligationSet obligations;
  std::vector<PartOutcome> shown;
  std::vector<PartOutcome> denied;
  for (std::size_t i = 0; i < decided.parts.size(); ++i) {
    const PartOutcome& o = decided.outcomes[i];
    if (o.allowed) {
      allowing |= o.rules;
      obligations |= o.obligations;
      if (o.reason == Reason::break_glass) decision.break_glass = true;
    } else {
      withholding |= o.rules;
      denied.push_back(o);
      if (!show_withheld) continue;
    }
    shown.push_back(o);
    decision.parts.push_back(PartDecision{index[decided.parts[i]].id, o.allowed ? Verdict::allow : Verdict::deny,
                                          rule_ids(o.rules), std::string(reason_info(o.reason).code)});
  }
  decision.decision = allowing.any() ? Verdict::allow : Verdict::deny;
  decision.rules = rule_ids(allowing);
  // A party denied everything learns that, and which rules decided, even when it may
  // not see the list of withheld parts; a party that received something and may not
  // see the list does not learn that anything was withheld.
  const bool denied_everything = !allowing.any() && !decided.parts.empty();
  if (show_withheld || denied_everything) {
    for (auto& id : rule_ids(withholding & ~allowing)) decision.rules.push_back(std::move(id));
  }
  if (decided.parts.empty()) decision.rules.emplace_back(rule_id(Rule::default_deny));
  for (std::size_t c = 0; c < kObligationCount; ++c) {
    if (!obligations.test(c)) continue;
    const ObligationInfo& info = obligation_info(static_cast<ObligationCode>(c));
    decision.obligations.push_back(
        Obligation{std::string(info.code), std::string(rule_id(info.rule)), std::string(info.nl), std::string(info.en)});
  }
  if (!show_withheld && denied_everything) {
    explain(denied, false, false, decision);
  } else {
    explain(shown, decided.parts.empty(), true, decision);
  }
  return decision;
}

}  // namespace perspectief::sharing
