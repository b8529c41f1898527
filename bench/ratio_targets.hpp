// Ratio targets: a benchmark is compared with a reference benchmark measured in
// the same process, so the target holds on any machine and in any build type.
#pragma once

#include <string>
#include <vector>

namespace perspectief::bench {

struct RatioTarget {
  std::string benchmark;  // the measured benchmark's name
  std::string reference;  // the reference benchmark's name
  double max_ratio;       // time(benchmark) / time(reference) must stay at or below this
  std::string why;        // what the target protects
};

// Each benchmark file registers its targets at static-initialisation time.
std::vector<RatioTarget>& ratio_targets();

struct RegisterRatio {
  explicit RegisterRatio(RatioTarget target) { ratio_targets().push_back(std::move(target)); }
};

}  // namespace perspectief::bench
