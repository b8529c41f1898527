// R-CONSENT-AGE (see consent.hpp).
#include "sharing/case_file/consent.hpp"

#include <algorithm>

#include "perspectief/calendar.hpp"
#include "perspectief/consent_age.hpp"
#include "perspectief/gezag.hpp"
#include "sharing/case_file/consent_validity.hpp"

namespace perspectief::sharing {
namespace {


void add_unique(std::vector<int>& into, int member) {
  if (std::find(into.begin(), into.end(), member) == into.end()) into.push_back(member);
}

}  // namespace

BirthDates birth_dates(const Plan& plan) {
  BirthDates dates;
  dates.reserve(plan.family.members.size());
  for (const Member& m : plan.family.members) {
    dates.push_back(m.birth_date ? parse_iso_date(m.birth_date->value) : std::nullopt);
  }
  return dates;
}

std::vector<std::optional<int>> member_ages(const BirthDates& dates, std::chrono::year_month_day date) {
  std::vector<std::optional<int>> ages;
  ages.reserve(dates.size());
  for (const auto& birth : dates) {
    ages.push_back(birth ? std::optional<int>(completed_years(*birth, date)) : std::nullopt);
  }
  return ages;
}

std::optional<std::vector<int>> required_givers(const Plan& plan, const std::vector<std::optional<int>>& ages,
                                                int member) {
  if (member < 0) return std::nullopt;
  const Member& m = plan.family.members[static_cast<std::size_t>(member)];
  const auto& age = ages[static_cast<std::size_t>(member)];
  if (!age) {
    if (m.role == Role::jeugdige) return std::nullopt;
    return std::vector<int>{member};
  }
  const ConsentByAge by_age = consent_by_age(*age);
  if (!by_age.parents) return std::vector<int>{member};
  std::vector<int> givers;
  for (std::size_t i = 0; i < plan.family.members.size(); ++i) {
    const Member& p = plan.family.members[i];
    if (holds_gezag(plan, p.id, m.id)) givers.push_back(static_cast<int>(i));  // R-GEZAG, as the workflow asks
  }
  if (givers.empty()) return std::nullopt;
  if (by_age.child) add_unique(givers, member);
  return givers;
}

ConsentIndex::ConsentIndex(const PartIndex& index, const CompiledPolicy& policy) : index_(&index) {
  const Plan& plan = index.plan();
  for (std::size_t c = 0; c < plan.consents.size(); ++c) {
    const Consent& consent = plan.consents[c];
    Entry entry;
    entry.consent = &consent;
    entry.valid = consent_problems(plan, policy, c).empty();
    for (const auto& giver : consent.given_by) entry.givers.push_back(index.member_index(giver));
    for (const auto& purpose : consent.purposes) {
      if (auto p = enum_from_string<Purpose>(purpose)) entry.purposes.set(bit(*p));
    }
    for (const auto& action : consent.actions) {
      if (auto a = enum_from_string<Action>(action)) entry.actions.set(bit(*a));
    }
    entry.covers.assign(index.size(), false);
    if (consent.parts.empty()) {
      // No parts named: everything about the subject, but nothing about the family as a whole.
      for (std::size_t i = 0; i < index.size(); ++i) {
        if (!index[i].subject_id.empty() && index[i].subject_id == consent.subject) entry.covers[i] = true;
      }
    } else {
      for (const auto& address : consent.parts) {
        for (std::size_t i : index.select(address)) entry.covers[i] = true;
      }
    }
    entry.from = parse_moment(consent.from.value);
    if (consent.until) entry.until = parse_moment(consent.until->value);
    if (consent.withdrawn_at) entry.withdrawn = parse_moment(consent.withdrawn_at->value);
    entries_.push_back(std::move(entry));
  }
}

ConsentIndex::Naming ConsentIndex::names_recipient(const Consent& consent, const Party& recipient) {
  Naming naming = Naming::no;
  for (const std::string& text : consent.recipients) {
    const auto r = parse_consent_recipient(text);
    if (!r) continue;
    switch (r->kind) {
      case ConsentRecipient::Kind::agb:
      case ConsentRecipient::Kind::kvk:
        // The party's organisation id is the number it is known by (toewijzing.aanbieder is an AGB code).
        if (recipient.organisation && *recipient.organisation == r->id) return Naming::organisation;
        break;
      case ConsentRecipient::Kind::person:
        if (recipient.person == r->id) naming = Naming::person;
        break;
      case ConsentRecipient::Kind::member:
        if (recipient.member && *recipient.member == r->id) naming = Naming::person;
        break;
    }
  }
  return naming;
}

bool ConsentIndex::meant_for(const Consent& consent, const Party& recipient) {
  if (consent.recipients.empty() || names_recipient(consent, recipient) != Naming::no) return true;
  const std::string_view role = to_string(recipient.role);
  return std::any_of(consent.recipients.begin(), consent.recipients.end(), [&](const std::string& r) {
    return r == role || r == recipient.person || (recipient.organisation && r == *recipient.organisation) ||
           (recipient.member && r == *recipient.member);
  });
}

ConsentGivers consent_givers(const Plan& plan, const std::vector<std::optional<int>>& ages) {
  ConsentGivers out;
  out.family.emplace();
  for (std::size_t m = 0; m < plan.family.members.size(); ++m) {
    out.members.push_back(required_givers(plan, ages, static_cast<int>(m)));
    if (!out.members.back()) {
      out.family.reset();
    } else if (out.family) {
      for (int g : *out.members.back()) add_unique(*out.family, g);
    }
  }
  return out;
}

ConsentResult ConsentIndex::check(std::size_t part, Action action, Purpose purpose, const Party& recipient,
                                  const Moment& at, const ConsentGivers& givers) const {
  // Without consents on the plan the decider computes no givers (givers.members is
  // empty), so nothing below may index them: no consent covers anything.
  if (entries_.empty()) return ConsentResult::none;
  const IndexedPart& p = (*index_)[part];
  // Whose consent counts for this part: the subject's, or everyone's for the family as a whole.
  const std::optional<std::vector<int>>* required = &givers.family;
  static const std::optional<std::vector<int>> kUndeterminable;
  if (p.subject != kFamilyLevel) {
    const auto subject = static_cast<std::size_t>(p.subject);
    required = p.subject >= 0 && subject < givers.members.size() ? &givers.members[subject] : &kUndeterminable;
  }

  ConsentResult best = ConsentResult::none;
  auto prefer = [&](ConsentResult r) {
    // The most helpful explanation when no consent counts: age, givers, period, provider scope, validity.
    auto rank = [](ConsentResult x) {
      switch (x) {
        case ConsentResult::givers_unknown: return 5;
        case ConsentResult::givers: return 4;
        case ConsentResult::not_valid: return 3;
        case ConsentResult::provider_scope: return 2;
        case ConsentResult::invalid: return 1;
        default: return 0;
      }
    };
    if (rank(r) > rank(best)) best = r;
  };
  // Providers get what their toewijzing ties them to (R-SHARE-HOOFDAANNEMER); a
  // consent adds to that only when it names their organisation and the parts.
  const bool provider = recipient.role == Role::hoofdaannemer || recipient.role == Role::onderaannemer;
  for (const Entry& e : entries_) {
    if (!e.covers[part]) continue;
    if (p.subject != kFamilyLevel && e.consent->subject != p.subject_id) continue;
    if (!e.valid) {
      // Said only to the party the consent was meant for, for the purpose it states.
      const bool as_meant = e.purposes.test(bit(purpose)) || e.purposes.none();
      if (as_meant && meant_for(*e.consent, recipient)) prefer(ConsentResult::invalid);
      continue;
    }
    const Naming naming = names_recipient(*e.consent, recipient);
    if (naming == Naming::no || !e.purposes.test(bit(purpose)) || !e.actions.test(bit(action))) continue;
    if (provider && (naming != Naming::organisation || e.consent->parts.empty())) {
      prefer(ConsentResult::provider_scope);
      continue;
    }
    const bool valid = e.from && *e.from <= at && (!e.until || at < *e.until) && (!e.withdrawn || at < *e.withdrawn);
    if (!valid) {
      prefer(ConsentResult::not_valid);
      continue;
    }
    if (!*required) {
      prefer(ConsentResult::givers_unknown);
      continue;
    }
    const bool all_gave = std::all_of((*required)->begin(), (*required)->end(), [&](int g) {
      return std::find(e.givers.begin(), e.givers.end(), g) != e.givers.end();
    });
    if (all_gave) return ConsentResult::allowed;
    prefer(ConsentResult::givers);
  }
  return best;
}

}  // namespace perspectief::sharing
