// The security oracle (security_oracle.hpp) over 100,000 random events by random actors,
// with a fixed seed: JSON Patch copy/move/test and merge patches aimed at withheld parts,
// assignments by actors without standing, toewijzingen for strangers, and the ordinary
// events. R-CHANGE-SCOPE and R-STANDING hold after every accepted event.
#include <gtest/gtest.h>

#include "security_oracle.hpp"
#include "workflow_support.hpp"

namespace {

TEST(SecurityProperty, NoEventRevealsWithheldContentOrGrowsStanding) {
  const wf_test::Engine& e = wf_test::engine();
  // Sequences start from plans in several phases and both kaders; each runs 100 events
  // (short sequences keep the history, which every apply measures, small).
  const std::vector<wf_test::Plan> starts = {
      wf_test::plan_ready_for_akkoord(e), wf_test::plan_with_help(e),
      wf_test::plan_ready_for_akkoord(e, {{"kader", "dwang"}})};
  constexpr std::size_t kSequences = 1000;
  constexpr std::size_t kEvents = 100;
  std::size_t accepted = 0;
  for (std::size_t s = 0; s < kSequences; ++s) {
    const auto violation =
        security_oracle::run_random_events(e, starts[s % starts.size()], 0x5EC0000 + s, kEvents, &accepted);
    ASSERT_FALSE(violation) << "sequence " << s << ": " << *violation;
  }
  // The generator must reach the interesting cases, not only refusals.
  EXPECT_GT(accepted, kSequences * 5);
  RecordProperty("events", static_cast<int>(kSequences * kEvents));
  RecordProperty("accepted", static_cast<int>(accepted));
}

}  // namespace
