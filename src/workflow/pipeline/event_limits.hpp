// Limits after every change (issue #10): no event that the workflow accepts may
// produce a plan that no longer parses or replays under the engine's JsonLimits,
// and no event may make the engine build something huge or deep on the way.
//
// Two places in the pipeline (apply.cpp):
//   * before the effect, the event is measured as the history will store it (the
//     payload sits three levels down in the plan: plan / history / entry), and every
//     JSON Patch operation by where its value ends up (path length plus the value's
//     own depth), so that many small operations nesting one level each stop at the
//     first that crosses the depth limit, long before anything recursive runs. Size
//     cannot grow faster than the event: the values all come from the event itself
//     (copy and move, which could double the plan per operation, are refused by
//     R-CHANGE-SCOPE);
//   * after the candidate is finished (history entry appended), the plan itself is
//     measured: its canonical text must fit max_bytes and its nesting max_depth.
// Both refuse with Error(limit_exceeded), problem PP-W-LIMIT, and a pointer into
// the event.
#pragma once

#include "workflow/pipeline/event_context.hpp"

namespace perspectief::workflow {

// Levels the history adds above a payload: the plan object, the history array and
// the entry object.
inline constexpr std::size_t kHistoryPayloadLevels = 3;

void check_event_within_limits(const EventContext& context);
void check_candidate_within_limits(const EventContext& context, const Plan& candidate);

}  // namespace perspectief::workflow
