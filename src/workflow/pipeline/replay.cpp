// replay: the plan rebuilt from its history alone. Each entry is applied again, as the
// event it recorded, to the plan the entries before it built, starting from nothing.
#include "perspectief/workflow.hpp"

namespace perspectief::workflow {

Plan replay(const Engine& engine, const Plan& plan) {
  if (plan.history.empty()) {
    throw Error(ErrorCode::validation, "the plan has no history to rebuild it from", "/history",
                {Problem{"PP-W-NO-HISTORY", "/history", "het plan heeft geen geschiedenis om het uit op te bouwen",
                         "the plan has no history to rebuild it from", {}}});
  }
  Plan rebuilt;
  for (std::size_t i = 0; i < plan.history.size(); ++i) {
    const HistoryEntry& entry = plan.history[i];
    const Event event{entry.event, entry.actor, entry.at, entry.reason, entry.payload};
    try {
      rebuilt = apply(engine, rebuilt, event);
    } catch (const Error& error) {
      const std::string pointer = "/history/" + std::to_string(i);
      std::vector<Problem> problems = error.problems();
      for (Problem& problem : problems) {
        problem.message_nl = "geschiedenis #" + std::to_string(entry.seq) + ": " + problem.message_nl;
        problem.message_en = "history #" + std::to_string(entry.seq) + ": " + problem.message_en;
      }
      throw Error(ErrorCode::validation, "history entry " + pointer + " cannot be replayed: " + error.what(), pointer,
                  std::move(problems), error.rules());
    }
  }
  return rebuilt;
}

}  // namespace perspectief::workflow
