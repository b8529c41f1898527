// Fuzz target: plan text -> parse -> validate -> canonical form, which must parse
// back to itself (lossless round trip, strict input, limits).
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pp_fuzz::run([&] {
    const perspectief::Plan plan = pp_fuzz::engine().parse_plan(pp_fuzz::text_of(data, size));
    (void)pp_fuzz::engine().validate(plan);
    pp_fuzz::expect_plan_round_trips(plan);
  });
  pp_fuzz::run([&] {
    const std::string canonical = perspectief::canonicalize_json(pp_fuzz::text_of(data, size));
    if (perspectief::canonicalize_json(canonical) != canonical) pp_fuzz::finding("canonical form is not a fixed point");
  });
  return 0;
}
