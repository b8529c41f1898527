// Module-level functions: built-in profiles, canonical JSON, record kinds.
#include <string>

#include "binding.hpp"
#include "json_python.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/profile.hpp"
#include "perspectief/workflow.hpp"
#include "text_input.hpp"

namespace perspectief::python {

void bind_functions(py::module_& module) {
  module.def("profiles", [] {
    return to_python(json_api::profile_list());
  });
  module.def(
      "profile_document", [](const std::string& profile_id) { return to_python(builtin_profile_json(profile_id)); },
      py::arg("profile_id"));
  module.def(
      "canonicalize",
      [](py::handle source, std::size_t max_depth, std::size_t max_bytes) {
        const JsonLimits limits = json_api::checked_limits(max_depth, max_bytes);
        const TextInput text(source);
        return without_gil([&] { return canonicalize_json(text.view(), limits); });
      },
      py::arg("text"), py::arg("max_depth") = JsonLimits{}.max_depth, py::arg("max_bytes") = JsonLimits{}.max_bytes);
  module.def(
      "canonical",
      [](py::handle value, std::size_t max_depth) {
        const Json document = from_python(value, json_api::checked_limits(max_depth, JsonLimits{}.max_bytes));
        return without_gil([&] { return canonical_json(document); });
      },
      py::arg("value"), py::arg("max_depth") = JsonLimits{}.max_depth);
  module.def(
      "parse_plan",
      [](py::handle source, std::size_t max_depth, std::size_t max_bytes) {
        return parse_plan(source, json_api::checked_limits(max_depth, max_bytes));
      },
      py::arg("source"), py::arg("max_depth") = JsonLimits{}.max_depth, py::arg("max_bytes") = JsonLimits{}.max_bytes);
  module.def(
      "initial_content",
      [](py::handle document, std::size_t max_depth) {
        return to_python(workflow::initial_content(from_python(document, json_api::checked_limits(max_depth, JsonLimits{}.max_bytes))));
      },
      py::arg("document"), py::arg("max_depth") = JsonLimits{}.max_depth);
  module.def("record_columns", [](const std::string& kind) {
    py::list columns;
    for (auto column : analysis::record_columns(kind)) columns.append(std::string(column));
    return columns;
  }, py::arg("kind"));
  // The same columns with their types (pp_record_columns), as (name, type) pairs.
  module.def("record_schema", [](const std::string& kind) {
    py::list columns;
    for (const auto& column : analysis::record_column_types(kind)) {
      columns.append(py::make_tuple(std::string(column.name), std::string(column.type)));
    }
    return columns;
  }, py::arg("kind"));
  py::list kinds;
  for (auto kind : analysis::kRecordKinds) kinds.append(std::string(kind));
  module.attr("RECORD_KINDS") = py::tuple(kinds);
  module.def("error_code_name", [](int code) { return std::string(error_code_name(static_cast<ErrorCode>(code))); },
             py::arg("code"));
}

}  // namespace perspectief::python
