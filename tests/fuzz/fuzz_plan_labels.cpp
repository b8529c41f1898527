// Fuzz target: the plan id and region every JSONL host peeks from a line before
// parsing it (jsonl/, plan_labels.hpp), held to the strict parser. The peek reads
// untrusted text with a hand-written scanner, so besides "no crash" it must never
// name an id or region the document does not have: whenever parse_json accepts
// the text as an object, each label is that object's top-level string member,
// or nothing when the member is missing or not a string. (On text parse_json
// refuses the peek may say anything: the line fails with the parser's error.)
#include "fuzz_support.hpp"
#include "perspectief_jsonl/plan_labels.hpp"

namespace {

std::optional<std::string> member_text(const perspectief::Json& document, const char* name) {
  const auto found = document.find(name);
  if (found == document.end() || !found->is_string()) return std::nullopt;
  return found->get<std::string>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = pp_fuzz::text_of(data, size);
  const perspectief::jsonl::PlanLabels labels = perspectief::jsonl::peek_plan_labels(text);
  perspectief::Json document;
  try {
    document = perspectief::parse_json(text);
  } catch (const perspectief::Error&) {
    return 0;
  }
  if (!document.is_object()) {
    if (labels.id || labels.profile) pp_fuzz::finding("labels peeked from a document that is not an object");
    return 0;
  }
  if (labels.id != member_text(document, "id")) pp_fuzz::finding("a peeked id that is not the document's");
  if (labels.profile != member_text(document, "profile")) pp_fuzz::finding("a peeked region that is not the document's");
  return 0;
}
