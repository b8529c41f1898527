// The conformance operations `ask` and `ask_party` through the C ABI's fast path
// (docs/conformance.md): a plan prepared once, one party's questions about the listed
// parts in one pp_sharing_ask_batch, or one by one of the party prepared at the moment
// (each answer checked to be the question's); the answers as {"verdict", "rules", "reason"}.
#pragma once

#include "library.hpp"

namespace cli {

Json ask_answers(const Engine& engine, const Plan& plan, const Json& input);
Json ask_party_answers(const Engine& engine, const Plan& plan, const Json& input);

}  // namespace cli
