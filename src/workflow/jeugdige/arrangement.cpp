#include "workflow/jeugdige/arrangement.hpp"

#include <algorithm>

namespace perspectief::workflow {

bool is_the_provider(const Provider& provider, const Actor& actor) {
  return actor.role == Role::hoofdaannemer && actor.organisation && *actor.organisation == provider.id;
}

bool is_lokale_toegang(const Actor& actor) {
  return actor.role == Role::lokaal_team || actor.role == Role::gemeentelijke_toegang;
}

bool arrangement_fixed(const Provider& provider) {
  if (!provider.arrangement) return false;
  const auto& agreed = provider.arrangement->agreed_by;
  return std::any_of(agreed.begin(), agreed.end(), is_lokale_toegang) &&
         std::any_of(agreed.begin(), agreed.end(), [&](const Actor& a) { return is_the_provider(provider, a); });
}

}  // namespace perspectief::workflow
