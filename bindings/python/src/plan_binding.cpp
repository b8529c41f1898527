// A parsed plan seen from Python: its canonical JSON and the values in it.
#include <string>

#include "binding.hpp"
#include "json_python.hpp"
#include "perspectief/json_api.hpp"
#include "text_input.hpp"

namespace perspectief::python {
namespace {

std::shared_ptr<const Json> document_of(const PlanHandle& self) {
  const auto plan = self.get();
  return without_gil([&] { return self.json(plan); });
}

}  // namespace

std::unique_ptr<PlanHandle> parse_plan(py::handle source, const JsonLimits& limits) {
  if (PyDict_Check(source.ptr())) {
    const Json document = from_python(source, limits);
    return new_plan(without_gil([&] { return plan_from_json(document); }));
  }
  const TextInput text(source);
  return new_plan(without_gil([&] { return plan_from_text(text.view(), limits); }));
}

void bind_plan(PlanClass& plan) {
  plan.def("to_json",
           [](const PlanHandle& self) {
             // Straight from the typed plan to text: no tree is built for it.
             const auto parsed = self.get();
             return without_gil([&] { return plan_to_canonical(*parsed); });
           })
      .def("to_dict", [](const PlanHandle& self) { return to_python(*document_of(self)); })
      .def("get", [](const PlanHandle& self, const std::string& pointer) {
        return to_python(json_api::value_at(*document_of(self), pointer));
      }, py::arg("pointer"))
      .def("keys",
           [](const PlanHandle& self) {
             py::list keys;
             for (const auto& item : document_of(self)->items()) keys.append(item.key());
             return keys;
           })
      .def("contains", [](const PlanHandle& self, const std::string& key) {
        return document_of(self)->contains(key);
      }, py::arg("key"))
      .def("close", &PlanHandle::close)
      .def_property_readonly("closed", &PlanHandle::closed);
}

}  // namespace perspectief::python
