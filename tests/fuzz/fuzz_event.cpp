// Fuzz target: an event (JSON text) applied to each example plan. An accepted
// event must yield a plan within the engine's limits that parses back and
// replays (issue #10, "limits after every change").
#include "fuzz_support.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/workflow.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<perspectief::Plan> plans = pp_fuzz::example_plans();
  pp_fuzz::run([&] {
    const perspectief::Json event = perspectief::parse_json(pp_fuzz::text_of(data, size), pp_fuzz::engine().limits());
    for (const perspectief::Plan& plan : plans) {
      pp_fuzz::run([&] {
        const perspectief::Plan after = perspectief::json_api::apply_event(pp_fuzz::engine(), plan, event);
        pp_fuzz::expect_plan_round_trips(after);
        (void)perspectief::workflow::replay(pp_fuzz::engine(), after);
      });
    }
  });
  return 0;
}
