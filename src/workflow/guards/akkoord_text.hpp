// Words shared by the akkoord guards: who an actor is, and why an akkoord no longer counts.
#pragma once

#include <string>

#include "perspectief/model.hpp"
#include "workflow/pipeline/history_facts.hpp"

namespace perspectief::workflow {

// "Ilse Verhoeven (Buurtteam Noord)" or the person id when there is no name.
std::string describe(const Actor& actor);

// Dutch / English names of the approving body (lokale team or GI).
std::string approver_nl(Role role);
std::string approver_en(Role role);

// When the last akkoord of `role` exists but no longer counts (R-REOPEN), the sentence
// saying so; empty otherwise.
std::string stale_akkoord_nl(const HistoryFacts& facts, Role role);
std::string stale_akkoord_en(const HistoryFacts& facts, Role role);

}  // namespace perspectief::workflow
