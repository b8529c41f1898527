// R-LOG: whether a string can be a natural person's id.
//
// Every act and every disclosure names the natural person who did it (NEN 7513
// logs "the user"): an id that is blank, that hides white space or control
// characters (a non-breaking space looks like nothing in a log viewer), or that
// names no one ("system", "admin", "anonymous") would let a host log an act that
// nobody did. The library cannot authenticate persons (the host does); it only
// refuses ids that cannot be one. One predicate, used wherever an actor or a
// party is read: the workflow's actor, the sharing requester and recipient, and
// the plan's recorded actors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace perspectief {

// Why `person` cannot be a natural person's id, in Dutch and English; nullopt
// when it can.
struct PersonIdFlaw {
  std::string message_nl;
  std::string message_en;
};
std::optional<PersonIdFlaw> person_id_flaw(std::string_view person);

inline bool is_natural_person_id(std::string_view person) { return !person_id_flaw(person); }

}  // namespace perspectief
