// Runs the benchmarks, then prints every registered ratio and exits non-zero
// when one exceeds its target.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "ratio_targets.hpp"

namespace perspectief::bench {

std::vector<RatioTarget>& ratio_targets() {
  static std::vector<RatioTarget> targets;
  return targets;
}

namespace {

// Collects the time per iteration of every run while still printing as usual.
class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& run : runs) {
      if (run.iterations > 0 && run.run_type == Run::RT_Iteration) {
        seconds_per_iteration[run.benchmark_name()] =
            run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> seconds_per_iteration;
};

}  // namespace
}  // namespace perspectief::bench

int main(int argc, char** argv) {
  using namespace perspectief::bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  int failures = 0;
  std::printf("\n%-44s %-36s %8s %8s\n", "benchmark", "reference", "ratio", "target");
  for (const auto& target : ratio_targets()) {
    const auto measured = reporter.seconds_per_iteration.find(target.benchmark);
    const auto reference = reporter.seconds_per_iteration.find(target.reference);
    if (measured == reporter.seconds_per_iteration.end() || reference == reporter.seconds_per_iteration.end()) {
      continue;  // filtered out with --benchmark_filter
    }
    const double ratio = measured->second / reference->second;
    const bool ok = ratio <= target.max_ratio;
    failures += ok ? 0 : 1;
    std::printf("%-44s %-36s %8.2f %8.2f %s\n", target.benchmark.c_str(), target.reference.c_str(), ratio,
                target.max_ratio, ok ? "ok" : "OVER TARGET");
    if (!ok) std::printf("    protects: %s\n", target.why.c_str());
  }
  std::printf("ratio targets: %d passed, %d failed\n", static_cast<int>(ratio_targets().size()) - failures, failures);
  // A smoke run (the test command) proves the benchmarks run; its ratios are not measurements.
  if (std::getenv("PP_BENCH_SMOKE") != nullptr) return 0;
  return failures == 0 ? 0 : 1;
}
