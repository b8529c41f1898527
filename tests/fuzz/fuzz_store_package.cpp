// Fuzz target: dossier package text -> verify_package and, when it verifies, import
// into a store (docs/store.md). A package from anywhere (another region, a bezwaar
// procedure, an attacker) is either refused with an Error or verified; one that
// verifies imports, and then verifies in the store with the same heads.
#include "fuzz_support.hpp"
#include "perspectief/store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pp_fuzz::run([&] {
    const std::string_view text = pp_fuzz::text_of(data, size);
    const perspectief::Json report = perspectief::store::verify_package(text);
    if (!report.at("ok").get<bool>()) return;
    perspectief::store::Store store(perspectief::store::memory_backend());
    store.import_plan(text);
    const perspectief::Json again = store.verify({});
    if (!again.at("ok").get<bool>()) pp_fuzz::finding("a package that verifies does not verify once imported");
    if (again.at("heads") != report.at("heads")) pp_fuzz::finding("an imported package has other heads than it stated");
  });
  return 0;
}
