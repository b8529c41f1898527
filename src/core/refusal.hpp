// One way to refuse with every problem found: a document that does not have the
// expected shape (plan, event, actor, request, settings), a profile section that
// is not usable, an event that the rules refuse. The error carries all problems;
// its message names what was refused, how many problems there are and the first
// one with its place, in the same words everywhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "perspectief/error.hpp"

namespace perspectief {

// Throws Error(code) with `problems` (at least one) and `rules`; the message reads
// "<what>: <n> problem(s), first at '<pointer>': <first problem's English text>".
[[noreturn]] void refuse(ErrorCode code, std::string_view what, std::vector<Problem> problems,
                         std::vector<std::string> rules = {});

// refuse() when there is any problem; nothing otherwise.
inline void refuse_if_any(ErrorCode code, std::string_view what, std::vector<Problem> problems) {
  if (!problems.empty()) refuse(code, what, std::move(problems));
}

}  // namespace perspectief
