// Reading event payloads with the model's declarative mapping: each effect declares
// a small payload struct with Fields<>; unknown members are refused (they are typos),
// and every problem points under /payload.
#pragma once

#include <optional>
#include <string_view>

#include "model/plan_fields.hpp"
#include "workflow/pipeline/event_context.hpp"
#include "workflow/pipeline/findings.hpp"

namespace perspectief::workflow {

template <class T>
std::optional<T> read_payload(const Json& payload, Findings& findings) {
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  reader.enter("payload");
  T out{};
  detail::read(payload.is_null() ? Json::object() : payload, out, reader);
  reader.leave();
  if (problems.empty()) return out;
  for (Problem& problem : problems) findings.add(std::move(problem));
  return std::nullopt;
}

// Index of the jeugdige's part; adds PP-W-JEUGDIGE at `pointer` when there is none.
std::optional<std::size_t> find_child(const Plan& plan, std::string_view jeugdige, Findings& findings,
                                      std::string_view pointer = "/payload/jeugdige");

// The common shape of an effect on one jeugdige's part: read payload P (which names
// `jeugdige`), find that part, and let `change(payload, plan, part)` edit a copy of the
// plan; `change` returns false after adding a problem to refuse. On success the copy
// is the candidate and the jeugdige is recorded.
template <class P, class Change>
void change_child_part(const EventContext& context, EffectOutcome& outcome, Findings& findings, Change&& change) {
  auto payload = read_payload<P>(context.event.payload, findings);
  if (!payload) return;
  auto child = find_child(context.before, payload->jeugdige, findings);
  if (!child) return;
  Plan plan = context.before;
  if (!change(*payload, plan, plan.children.edit(*child))) return;
  outcome.jeugdige = payload->jeugdige;
  outcome.plan = std::move(plan);
}

}  // namespace perspectief::workflow
