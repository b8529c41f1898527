// Regenerates examples/plans/<name>.json from examples/scenarios/<name>.json by
// applying each scenario's events. Usage: generate_plans <repository root>
// (the build's `example-plans` target runs it on the source tree).
#include <iostream>

#include "scenario_runner.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: generate_plans <repository root>\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path root = argv[1];
  int failures = 0;
  for (const auto& entry : fs::directory_iterator(root / "examples" / "scenarios")) {
    if (entry.path().extension() != ".json") continue;
    const fs::path out = root / "examples" / "plans" / entry.path().filename();
    try {
      const perspectief::Json scenario = perspectief::parse_json(perspectief::examples::read_text(entry.path()));
      const perspectief::Plan plan = perspectief::examples::run_scenario(root, scenario);
      std::ofstream(out, std::ios::binary) << perspectief::examples::plan_file_text(plan);
      std::cout << "wrote " << out.string() << " (" << plan.history.size() << " events, status " << plan.status << ")\n";
    } catch (const std::exception& error) {
      std::cerr << entry.path().string() << ": " << error.what() << "\n";
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
