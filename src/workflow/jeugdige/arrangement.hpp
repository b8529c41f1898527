// 004 steps 4 and 5 between the lokale toegang and the chosen provider: the provider's
// answer (can it reach the results?) and the arrangement they fix together. Who counts as
// which side is decided here once, for the effects (effects/provider_steps.cpp) and for
// the guard that asks for a fixed arrangement before the toewijzing (guards/arrangement.cpp).
#pragma once

#include "perspectief/model.hpp"

namespace perspectief::workflow {

// The chosen provider itself: a hoofdaannemer whose organisation is the provider's id.
bool is_the_provider(const Provider& provider, const Actor& actor);
// The lokale toegang: the lokale team, or municipal staff who are the toegang (R-GEMEENTE).
bool is_lokale_toegang(const Actor& actor);
// The arrangement is fixed: the lokale toegang and the provider both agreed to its components.
bool arrangement_fixed(const Provider& provider);

}  // namespace perspectief::workflow
