// Fuzz target: a sharing request (JSON text) decided and viewed on each example
// plan: decide and view agree, and the view stays within the engine's limits.
#include "fuzz_support.hpp"
#include "perspectief/json_api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<perspectief::Plan> plans = pp_fuzz::example_plans();
  pp_fuzz::run([&] {
    const perspectief::Json request = perspectief::parse_json(pp_fuzz::text_of(data, size), pp_fuzz::engine().limits());
    for (const perspectief::Plan& plan : plans) {
      pp_fuzz::run([&] {
        const perspectief::Json decision = perspectief::json_api::decide(pp_fuzz::engine(), plan, request);
        const perspectief::Json view = perspectief::json_api::view(pp_fuzz::engine(), plan, request);
        if (decision.at("decision") != view.at("decision").at("decision")) pp_fuzz::finding("decide and view disagree");
        if (!perspectief::within_limits(perspectief::json_extent(view), pp_fuzz::engine().limits())) {
          pp_fuzz::finding("a view beyond the engine's limits");
        }
      });
    }
  });
  return 0;
}
