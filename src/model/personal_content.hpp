// R-MEMBER-PRIVACY for adults too: whose personal information an entry of the plan is.
//
// A perspective, result or agreement may be marked `personal`: it is then the personal
// information of one member - the member it is `about`, else the member who wrote it (a
// perspective's author, a result's set_by, an agreement's responsible). The sharing rules
// give every member's personal entries of one container (the family part or a jeugdige's
// part) their own part, "<container>/personal/<member>", about that member, so the
// decision procedure treats them like a member's own part: the member sees it, the
// parents with gezag for a child under 16, professionals by their rules, other members
// only by that member's consent. The choice (attribution on entries, not an individual
// part per adult) and its reasons are in docs/sharing.md, "Personal content".
//
// Both the typed plan (part index, validation) and a plan as JSON (R-CHANGE-SCOPE, which
// locates the targets of a patch in the JSON it applies to) ask here, so the rule of who
// owns an entry is written once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "perspectief/model.hpp"

namespace perspectief {

// nullopt when the entry is not personal; the owner's member id when it is; an empty
// string when it is personal but names no member (validation reports PP-V-PERSONAL-OWNER,
// and the sharing rules show it to no member).
std::optional<std::string> personal_owner(const Perspective& entry);
std::optional<std::string> personal_owner(const Result& entry);
std::optional<std::string> personal_owner(const Agreement& entry);

// The same for an entry as JSON: `list` is where it stands ("perspectives", "results",
// "agreements"); anything that is not a well-formed personal entry is not personal.
std::optional<std::string> personal_owner(const Json& entry, std::string_view list);

}  // namespace perspectief
