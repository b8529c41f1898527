// Sharing decisions from Python: decide, decide_batch and view
// (docs/sharing.md describes the request, decision and view documents).
#include "perspectief/json_api.hpp"
#include "binding.hpp"

namespace perspectief::python {

void bind_sharing(EngineClass& engine) {
  engine
      .def(
          "decide",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle request) {
            return to_python(run_on_plan(self, plan, request, [](const Engine& loaded, const Plan& parsed,
                                                                 const Json& document) {
              return json_api::decide(loaded, parsed, document);
            }));
          },
          py::arg("plan"), py::arg("request"))
      .def(
          "decide_batch",
          [](const EngineHandle& self, const PlanHandle& plan, const py::list& requests) {
            return to_python(run_on_plan(self, plan, requests, [](const Engine& loaded, const Plan& parsed,
                                                                  const Json& documents) {
              return json_api::decide_batch(loaded, parsed, documents);
            }));
          },
          py::arg("plan"), py::arg("requests"))
      .def(
          "view",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle request) {
            return to_python(run_on_plan(self, plan, request, [](const Engine& loaded, const Plan& parsed,
                                                                 const Json& document) {
              return json_api::view(loaded, parsed, document);
            }));
          },
          py::arg("plan"), py::arg("request"));
}

}  // namespace perspectief::python
