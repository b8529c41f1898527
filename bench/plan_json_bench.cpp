// Plan parsing and canonical serialisation against plain nlohmann/json on the
// same document: the typed model (with problem collection and unknown-field
// preservation) should cost a small constant factor over the JSON library itself.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "perspectief/model.hpp"
#include "ratio_targets.hpp"

namespace {

std::string example_plan_text() {
  // The richest example family: two children, several leefgebieden and perspectives.
  const std::filesystem::path path =
      std::filesystem::path(PP_SOURCE_DIR) / "examples/families/amsterdam-twee-kinderen-segment-c.json";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string& plan_text() {
  static const std::string text = example_plan_text();
  return text;
}

// The strict parse and nlohmann's own dump (canonical_json writes trees with the
// library's text writer since issue #14, which is faster than the reference should be).
void BM_Reference_JsonParseDump(benchmark::State& state) {
  for (auto _ : state) {
    auto json = perspectief::parse_json(plan_text());
    benchmark::DoNotOptimize(json.dump());
  }
}
BENCHMARK(BM_Reference_JsonParseDump);

void BM_PlanParseSerialize(benchmark::State& state) {
  for (auto _ : state) {
    auto plan = perspectief::plan_from_text(plan_text());
    benchmark::DoNotOptimize(perspectief::plan_to_canonical(plan));
  }
}
BENCHMARK(BM_PlanParseSerialize);

// Writing a typed plan as canonical text (issue #14: straight from the typed model,
// model/text_mapping.hpp) against nlohmann dumping the plan's tree, built beforehand.
const perspectief::Plan& parsed_plan() {
  static const perspectief::Plan plan = perspectief::plan_from_text(plan_text());
  return plan;
}

void BM_Reference_TreeDump(benchmark::State& state) {
  const perspectief::Json tree = perspectief::plan_to_json(parsed_plan());
  for (auto _ : state) benchmark::DoNotOptimize(tree.dump());
}
BENCHMARK(BM_Reference_TreeDump);

void BM_PlanTextDump(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::plan_to_canonical(parsed_plan()));
}
BENCHMARK(BM_PlanTextDump);

const perspectief::bench::RegisterRatio plan_text_dump{
    {"BM_PlanTextDump", "BM_Reference_TreeDump", 1.0,
     "the typed plan is written as text at least as fast as nlohmann dumps its ready-made tree"}};

const perspectief::bench::RegisterRatio plan_round_trip{
    {"BM_PlanParseSerialize", "BM_Reference_JsonParseDump", 3.0,
     "reading a plan into the typed model and writing it back stays within 3x of plain JSON parse+dump"}};

}  // namespace
