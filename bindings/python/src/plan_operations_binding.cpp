// Engine operations on plans: parse, validate, and flat records for tables.
#include <string>
#include <vector>

#include "binding.hpp"
#include "errors.hpp"
#include "json_python.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/analysis.hpp"

namespace perspectief::python {

py::list rows_to_python(const std::vector<Json>& batches, std::string_view kind) {
  const auto& columns = analysis::record_columns(kind);
  std::vector<py::str> keys;
  keys.reserve(columns.size());
  for (auto column : columns) keys.emplace_back(std::string(column));
  py::list rows;
  for (const Json& batch : batches) {
    for (const Json& row : batch) {
      py::dict out;
      for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto found = row.find(columns[i]);
        out[keys[i]] = found == row.end() ? py::object(py::none()) : to_python(*found);
      }
      rows.append(std::move(out));
    }
  }
  return rows;
}

void bind_plan_operations(EngineClass& engine) {
  engine
      .def(
          "parse",
          [](const EngineHandle& self, py::handle source) { return parse_plan(source, self.get().limits()); },
          py::arg("source"))
      .def(
          "validate",
          [](const EngineHandle& self, const PlanHandle& plan) {
            const Engine loaded = self.get();
            const auto parsed = plan.get();
            return problems_to_python(without_gil([&] { return loaded.validate(*parsed); }));
          },
          py::arg("plan"))
      .def(
          "records",
          [](const EngineHandle& self, const std::vector<const PlanHandle*>& plans, const std::string& kind) {
            const Engine loaded = self.get();
            (void)analysis::record_columns(kind);  // an unknown kind fails even for no plans
            std::vector<std::shared_ptr<const Plan>> parsed;
            parsed.reserve(plans.size());
            for (const PlanHandle* plan : plans) {
              if (plan == nullptr) throw py::type_error("records() takes plans, not None");
              parsed.push_back(plan->get());
            }
            const std::vector<Json> batches = without_gil([&] {
              std::vector<Json> out;
              out.reserve(parsed.size());
              for (const auto& plan : parsed) out.push_back(json_api::records(loaded, *plan, kind));
              return out;
            });
            return rows_to_python(batches, kind);
          },
          py::arg("plans"), py::arg("kind"));
}

}  // namespace perspectief::python
