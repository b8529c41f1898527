// Fuzz target: municipal settings text -> an engine (R-MINIMUM, local choices,
// profile checks); loading either succeeds or refuses with an Error.
#include "fuzz_support.hpp"
#include "perspectief/workflow.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string profile = pp_fuzz::source_file("profiles/amsterdam-zaanstreek.json");
  pp_fuzz::run([&] {
    const perspectief::Engine engine = perspectief::Engine::load_text(profile, pp_fuzz::text_of(data, size));
    (void)perspectief::workflow::diagram(engine, "mermaid");
  });
  return 0;
}
