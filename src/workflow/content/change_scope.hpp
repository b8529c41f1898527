// R-CHANGE-SCOPE: a content change (plan_wijzigen) reads only what its author may read
// and writes only what its author may amend (docs/security.md, "Change scope").
//
// The decision is taken on the locations a change *addresses*, never on the difference
// it makes: a merge patch that sends a value equal to withheld content makes no
// difference, and accepting it while refusing a different value would answer "is this
// the withheld value?". Every location a JSON Patch operation or a merge-patch member
// names is mapped to the sharing parts it lies in or covers (the part addressing of
// docs/sharing.md) and the author must be allowed both `read` and `amend` on each of
// them, by the same Decider that answers sharing requests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/model.hpp"

namespace perspectief::workflow {

// The tokens of a JSON pointer (RFC 6901), unescaped; nullopt when it is malformed.
std::optional<std::vector<std::string>> pointer_tokens(std::string_view pointer);

// How a location is addressed.
enum class Reach {
  covering,  // the location and everything below it is replaced or deleted
  touching,  // only the location's own part is changed (a merge into an object)
};

// The part address (docs/sharing.md) of a location in a plan's content document: the
// part it lies in, or, above part level, the level that covers the parts below it
// ("children/j1", "family_part", "" for the whole plan). Array positions that do not
// exist (or "-") stop at the list ("children/j1/results"). Computed from the document
// alone, so it works for the intermediate documents of a JSON Patch too.
struct PartLocation {
  std::string address;
  bool part_level = false;  // the address names one part (or a location inside one)
  // R-MEMBER-PRIVACY: replacing a list that can hold members' personal entries (results,
  // agreements, the analysis or an entry's perspectives) replaces those entries too, so the
  // container's personal parts ("family_part/personal") are addressed as well - whatever
  // the list holds, so that the outcome does not depend on what the author cannot read.
  std::string personal_too;
};
PartLocation locate_part(const Json& content, const std::vector<std::string>& tokens);

// The author's rights on a plan before a change and on the candidate after it.
class ChangeScope {
 public:
  ChangeScope(const Engine& engine, const Plan& before, const Actor& author, const Timestamp& at);
  ~ChangeScope();
  ChangeScope(const ChangeScope&) = delete;
  ChangeScope& operator=(const ChangeScope&) = delete;

  // Records a location the change addresses, as it is found in `content` (the
  // document the operation applies to, or the one it produced).
  void address(const Json& content, const std::vector<std::string>& tokens, Reach reach);

  // Whether the author may read and amend every recorded location: parts present
  // before are decided on the plan before, parts present in `after` (when the
  // candidate could be built) on it; a location in neither is decided by the nearest
  // level above it that the plan before has.
  bool allowed(const Plan* after) const;

 private:
  friend bool widens_own_rights(const Engine&, const Plan&, const Plan&, const Actor&, const Timestamp&);
  struct Rights;
  const Engine& engine_;
  Actor author_;
  Timestamp at_;
  std::vector<std::string> addresses_;  // covering addresses, deduplicated
  // Personal parts covered by a replaced list (PartLocation::personal_too): where there are
  // none, nothing more is addressed, and no level above decides in their place.
  std::vector<std::string> personal_addresses_;
  std::unique_ptr<Rights> rights_before_;
};

// R-STANDING, "acting never creates standing": whether `after` lets `author` read or
// amend a part that `before` already had and did not let them read or amend. Parts
// the event itself created (a new result, a toewijzing) are not counted: their content
// came from the event. Decided by the same Decider as sharing requests, so that an
// assignment, a regie or a toewijzing naming its own author, or any other change to the
// facts standing rests on, cannot widen what the author sees.
bool widens_own_rights(const Engine& engine, const Plan& before, const Plan& after, const Actor& author,
                       const Timestamp& at);

}  // namespace perspectief::workflow
