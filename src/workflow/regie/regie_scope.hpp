// Who needs a perspectiefregisseur (R-REGIE-VERBLIJF, 002 "Scope van de functie"): a
// jeugdige placed in residential care (an addition the profile marks residential) in
// the vrijwillig kader; wider when the municipality chose regie_breder_inzetten.
#pragma once

#include "perspectief/engine.hpp"

namespace perspectief::workflow {

bool is_residential(const Engine& engine, const ChildPart& child);
bool regie_required(const Engine& engine, const Plan& plan, const ChildPart& child);

}  // namespace perspectief::workflow
