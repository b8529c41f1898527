// Fuzz target: the fast reader of plan text against the thorough one
// (src/model/plan_text_reader.hpp). Whatever the input, the fast reader either gives
// nothing or exactly the plan the thorough reader gives; it never reads a text the
// thorough reader refuses.
#include <optional>

#include "fuzz_support.hpp"
#include "model/plan_text_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = pp_fuzz::text_of(data, size);
  const perspectief::JsonLimits limits;
  const std::optional<perspectief::Plan> fast = perspectief::detail::read_plan_text(text, limits);
  if (!fast) return 0;
  std::optional<perspectief::Plan> thorough;
  try {
    thorough = perspectief::plan_from_json(perspectief::parse_json(text, limits));
  } catch (const perspectief::Error&) {
    pp_fuzz::finding("the fast reader accepted a plan the thorough reader refuses");
  }
  if (perspectief::plan_to_canonical(*fast) != perspectief::plan_to_canonical(*thorough)) {
    pp_fuzz::finding("the fast reader read a plan differently from the thorough reader");
  }
  return 0;
}
