// R-CONSENT-VALID: what a recorded consent must say before it counts.
//
// A consent names who gave it (members of the family), whose information it
// covers (a member), the recipient, the purposes and actions from the
// profile's vocabulary, and its period. The recipient is a named
// organisation (by AGB code or KvK number) or a named person (a person id, or
// a member of the family): a role alone ("hoofdaannemer") names nobody, so any
// organisation in that role would receive (docs/sharing.md, "Consent").
//
// Validation (Engine::validate) reports every problem with its pointer; the
// consent index (consent.cpp) uses the same check, so a consent validation
// refuses never counts in a decision.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/model.hpp"
#include "sharing/policy/compiled_policy.hpp"

namespace perspectief::sharing {

// One recipient entry, "agb:<8 digits>", "kvk:<8 digits>", "person:<id>" or "member:<member id>".
struct ConsentRecipient {
  enum class Kind { agb, kvk, person, member };
  Kind kind;
  std::string id;

  bool organisation() const { return kind == Kind::agb || kind == Kind::kvk; }
};

// The recipient an entry names, or nullopt when it names none in this form
// (an older plan's bare role or free text).
std::optional<ConsentRecipient> parse_consent_recipient(std::string_view text);

// Every reason consent `index` of the plan does not count, pointers under /consents/<index>.
std::vector<Problem> consent_problems(const Plan& plan, const CompiledPolicy& policy, std::size_t index);

}  // namespace perspectief::sharing
