// R-CONSENT-AGE: consent recorded on the plan, and whose consent counts.
//
// The subject's age at the moment of the request decides (Jeugdwet 7.3.4 and
// 7.3.5; BW 7:447 and 7:450, WGBO): under 12 the parents with gezag; from 12
// to 15 the child and those parents; from 16 the child alone. Information
// about the family as a whole concerns every member, so it needs everyone
// whose consent counts for each member (Jeugdwet 7.3.11 lid 1: not where it
// harms another person's privacy).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "perspectief/sharing.hpp"
#include "perspectief/time.hpp"
#include "sharing/policy/compiled_policy.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief::sharing {

using BirthDates = std::vector<std::optional<std::chrono::year_month_day>>;

// Every member's birth date, read once per plan; nullopt when missing.
BirthDates birth_dates(const Plan& plan);
// Age in completed years of every member at one date; nullopt when the birth date is missing.
std::vector<std::optional<int>> member_ages(const BirthDates& birth_dates, std::chrono::year_month_day date);

// Members whose consent counts for information about `member`; nullopt when it
// cannot be determined (a jeugdige without birth date; a minor without a parent
// with gezag on record). Parents and other members without a birth date are
// taken as adults.
std::optional<std::vector<int>> required_givers(const Plan& plan, const std::vector<std::optional<int>>& ages,
                                                int member);

// Whose consent counts, for every member and for the family as a whole, at
// one request's moment; computed once per request.
struct ConsentGivers {
  std::vector<std::optional<std::vector<int>>> members;  // per member (see required_givers)
  std::optional<std::vector<int>> family;                // everyone whose consent counts for any member
};
ConsentGivers consent_givers(const Plan& plan, const std::vector<std::optional<int>>& ages);

enum class ConsentResult {
  allowed,      // a consent covers the part, the purpose and the recipient, is valid now and given by the right people
  none,         // no consent is about this part, purpose and recipient
  givers_unknown,  // whose consent counts cannot be determined
  givers,       // a consent exists but not from everyone whose consent counts
  not_valid,    // a consent exists but is not valid at this moment
  provider_scope,  // a consent to a provider without its organisation or the parts (R-CONSENT-VALID)
  invalid,      // the consent that would apply fails R-CONSENT-VALID (consent_validity.hpp)
};

// The plan's consents, read once per plan. A consent that fails
// R-CONSENT-VALID never allows; where it would have applied as written, the
// decision says so (ConsentResult::invalid).
class ConsentIndex {
 public:
  ConsentIndex(const PartIndex& index, const CompiledPolicy& policy);

  ConsentResult check(std::size_t part, Action action, Purpose purpose, const Party& recipient, const Moment& at,
                      const ConsentGivers& givers) const;

 private:
  struct Entry {
    const Consent* consent;
    bool valid = false;       // R-CONSENT-VALID
    std::vector<int> givers;  // member indices
    PurposeSet purposes;
    ActionSet actions;
    std::vector<bool> covers;  // per part
    std::optional<Moment> from;
    std::optional<Moment> until;
    std::optional<Moment> withdrawn;
  };
  enum class Naming { no, person, organisation };
  // How the consent names the recipient: not, as a person, or as its organisation.
  static Naming names_recipient(const Consent& consent, const Party& recipient);
  // An invalid consent as its writer meant it: a bare role, name or id that fits the recipient.
  static bool meant_for(const Consent& consent, const Party& recipient);

  const PartIndex* index_;
  std::vector<Entry> entries_;
};

}  // namespace perspectief::sharing
