// The workflow from Python: available events, apply, replay, deadlines, regie advice, diagram
// (docs/workflow.md describes the documents).
#include <optional>
#include <string>

#include "binding.hpp"
#include "json_python.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/workflow.hpp"

namespace perspectief::python {
void bind_workflow(EngineClass& engine) {
  engine
      .def(
          "available_events",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle actor, const std::string& at) {
            return to_python(run_on_plan(self, plan, actor, [&](const Engine& loaded, const Plan& parsed,
                                                                const Json& document) {
              return json_api::available_events(loaded, parsed, document, at);
            }));
          },
          py::arg("plan"), py::arg("actor"), py::arg("at"))
      .def(
          "create",
          [](const EngineHandle& self, py::handle event) {
            const Engine loaded = self.get();
            const Json event_document = from_python(event, loaded.limits());
            return new_plan(without_gil([&] {
              return json_api::create(loaded, event_document);
            }));
          },
          py::arg("event"))
      .def(
          "apply",
          [](const EngineHandle& self, const PlanHandle& plan, py::handle event) {
            return new_plan(run_on_plan(self, plan, event, [](const Engine& loaded, const Plan& parsed,
                                                              const Json& document) {
              return json_api::apply_event(loaded, parsed, document);
            }));
          },
          py::arg("plan"), py::arg("event"))
      .def(
          "apply_all",
          [](const EngineHandle& self, const PlanHandle& plan, const py::list& events) {
            return new_plan(run_on_plan(self, plan, events, [](const Engine& loaded, const Plan& parsed,
                                                               const Json& documents) {
              return json_api::apply_all(loaded, parsed, documents);
            }));
          },
          py::arg("plan"), py::arg("events"))
      .def(
          "replay",
          [](const EngineHandle& self, const PlanHandle& plan) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            return new_plan(without_gil([&] { return perspectief::workflow::replay(loaded, *parsed); }));
          },
          py::arg("plan"))
      .def(
          "deadlines",
          [](const EngineHandle& self, const PlanHandle& plan, const std::string& at) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            return to_python(without_gil([&] { return json_api::deadlines(loaded, *parsed, at); }));
          },
          py::arg("plan"), py::arg("at"))
      .def(
          "regie_advice",
          [](const EngineHandle& self, const PlanHandle& plan, const std::string& jeugdige,
             std::optional<std::string> situatie, std::optional<std::string> fase) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            return to_python(without_gil([&] {
              return json_api::regie_advice(loaded, *parsed, jeugdige, situatie ? std::optional<std::string_view>(*situatie) : std::nullopt,
                                         fase ? std::optional<std::string_view>(*fase) : std::nullopt);
            }));
          },
          py::arg("plan"), py::arg("jeugdige"), py::arg("situatie") = py::none(), py::arg("fase") = py::none())
      .def(
          "diagram",
          [](const EngineHandle& self, const std::string& format) {
            const Engine loaded = self.get();
            return without_gil([&] { return perspectief::workflow::diagram(loaded, format); });
          },
          py::arg("format"));
}

}  // namespace perspectief::python
