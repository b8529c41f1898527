// Reports over many plans: the verblijf report (docs/analysis.md).
#include <memory>
#include <vector>

#include "binding.hpp"
#include "perspectief/json_api.hpp"

namespace perspectief::python {

void bind_reports(EngineClass& engine) {
  engine.def(
      "verblijf_report",
      [](const EngineHandle& self, const std::vector<const PlanHandle*>& plans, py::handle options) {
        const Engine loaded = self.get();
        // Each plan's own reference, so that closing a plan on another thread
        // cannot free it while the report runs.
        std::vector<std::shared_ptr<const Plan>> held;
        held.reserve(plans.size());
        for (const PlanHandle* plan : plans) {
          if (plan == nullptr) throw py::type_error("verblijf_report() takes plans, not None");
          held.push_back(plan->get());
        }
        const Json document = options.is_none() ? Json(nullptr) : from_python(options, loaded.limits());
        const Json report = without_gil([&] {
          std::vector<const Plan*> pointers;
          pointers.reserve(held.size());
          for (const auto& plan : held) pointers.push_back(plan.get());
          return json_api::verblijf_report(loaded, pointers, document);
        });
        return to_python(report);
      },
      py::arg("plans"), py::arg("options") = py::none());
}

}  // namespace perspectief::python
