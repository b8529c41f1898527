// Fuzz target: the security oracle of the property test (tests/cpp/security_oracle.hpp)
// driven by the fuzzer. R-CHANGE-SCOPE and R-STANDING hold after every accepted event:
// the author's view gains no value withheld from them before, and nobody's standing
// grows except through an event that assigns.
//
// The input is either a JSON array of events (the committed corpus holds such arrays,
// so that mutations stay close to real events) or, when it is not, a seed for the
// oracle's own random events. Every sequence starts from the property test's plans.
#include <gtest/gtest.h>

#include "fuzz_support.hpp"
#include "security_oracle.hpp"
#include "workflow_support.hpp"

namespace {

const std::vector<perspectief::Plan>& starts() {
  static const std::vector<perspectief::Plan> plans = [] {
    const wf_test::Engine& e = wf_test::engine();
    return std::vector<perspectief::Plan>{wf_test::plan_ready_for_akkoord(e), wf_test::plan_with_help(e),
                                          wf_test::plan_ready_for_akkoord(e, {{"kader", "dwang"}})};
  }();
  return plans;
}

void report(const std::optional<std::string>& violation) {
  if (violation) pp_fuzz::finding(violation->c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const wf_test::Engine& e = wf_test::engine();
  const std::string_view text = pp_fuzz::text_of(data, size);
  std::uint64_t seed = 1469598103934665603ull;  // FNV-1a of the input, for the random mode
  for (const char c : text) seed = (seed ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  perspectief::Plan plan = starts()[seed % starts().size()];
  perspectief::Json events;
  try {
    events = perspectief::parse_json(text, e.limits());
  } catch (const perspectief::Error&) {
    report(security_oracle::run_random_events(e, plan, seed, 40));
    return 0;
  }
  if (!events.is_array()) return 0;
  std::size_t applied = 0;
  for (const perspectief::Json& event : events) {
    if (++applied > 64) break;
    pp_fuzz::run([&] { report(security_oracle::check_event(e, plan, event)); });
  }
  return 0;
}
