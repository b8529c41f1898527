// Sharing decisions from Python: decide, decide_batch and view
// (docs/sharing.md describes the request, decision and view documents).
#include "binding.hpp"
#include "json_python.hpp"

namespace perspectief::python {

void bind_sharing(EngineClass& engine) {
  engine
      .def(
          "decide",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle request) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            const Json request_document = from_python(request, loaded.limits());
            return to_python(without_gil([&] { return loaded.decide(*parsed, request_document); }));
          },
          py::arg("plan"), py::arg("request"))
      .def(
          "decide_batch",
          [](const EngineHandle& self, const PlanHandle& plan, const py::list& requests) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            const Json request_documents = from_python(requests, loaded.limits());
            return to_python(without_gil([&] { return loaded.decide_batch(*parsed, request_documents); }));
          },
          py::arg("plan"), py::arg("requests"))
      .def(
          "view",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle request) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            const Json request_document = from_python(request, loaded.limits());
            return to_python(without_gil([&] { return loaded.view(*parsed, request_document); }));
          },
          py::arg("plan"), py::arg("request"));
}

}  // namespace perspectief::python
