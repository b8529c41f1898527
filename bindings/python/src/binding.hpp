// Shared pieces of the pybind11 module: each *_binding.cpp adds one group of
// operations to the classes declared here, and module.cpp puts them together.
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "handles.hpp"
#include "json_python.hpp"
#include "prepared_handle.hpp"

namespace perspectief::python {

namespace py = pybind11;

using EngineClass = py::class_<EngineHandle>;
using PlanClass = py::class_<PlanHandle>;
using PreparedClass = py::class_<PreparedHandle>;

void bind_plan(PlanClass& plan);               // plan_binding.cpp: JSON, item access, closing
void bind_engine_loading(EngineClass& engine);  // engine_binding.cpp: load, info, source
void bind_plan_operations(EngineClass& engine); // plan_operations_binding.cpp: parse, validate, records
void bind_workflow(EngineClass& engine);        // workflow_binding.cpp
void bind_sharing(EngineClass& engine);         // sharing_binding.cpp
void bind_prepared(PreparedClass& prepared, EngineClass& engine);  // prepared_binding.cpp: the fast path's lookups
void bind_ask(PreparedClass& prepared);         // ask_binding.cpp: ask, ask_batch
void bind_prepared_party(py::module_& module);  // prepared_party_binding.cpp: PreparedParty
void bind_party(py::module_& module);           // party_binding.cpp: Party
void bind_moment(py::module_& module);          // moment_binding.cpp: ParsedMoment
void bind_answer(py::module_& module);          // answer_binding.cpp: Answer
py::list answer_list(const std::vector<sharing::Answer>& answers);  // answer_binding.cpp: a batch's answers
void bind_reports(EngineClass& engine);         // report_binding.cpp: reports over many plans
void bind_jsonl(py::module_& module);           // jsonl_binding.cpp: JSONL files through the C++ pipeline
void bind_functions(py::module_& module);       // functions_binding.cpp: profiles, canonicalize, versions
void bind_store(py::module_& module);           // store_binding.cpp: the dossier store

// Runs `work` with the GIL released: for every call into the core that may
// take a while (parsing, validation, workflow and sharing operations), so
// that other Python threads run meanwhile.
template <class Work>
auto without_gil(Work&& work) {
  py::gil_scoped_release release;
  return std::forward<Work>(work)();
}

// The shape of most operations: take the engine's and the plan's own
// references and convert the Python argument to JSON (all under the GIL), then
// run `operation(engine, plan, document)` without the GIL.
template <class Operation>
auto run_on_plan(const EngineHandle& self, const PlanHandle& plan, py::handle argument, Operation&& operation) {
  const Engine engine = self.get();
  const std::shared_ptr<const Plan> parsed = plan.get();
  const Json document = from_python(argument, engine.limits());
  return without_gil([&] { return operation(engine, *parsed, document); });
}

// A plan from JSON text (str, bytes, bytearray, memoryview) or a dict, read
// with `limits`. Under the GIL; the parsing itself runs without it. (plan_binding.cpp)
std::unique_ptr<PlanHandle> parse_plan(py::handle source, const JsonLimits& limits);

// Rows of record `kind` (a JSON array per plan) as dicts whose keys follow the
// kind's column order (record_columns), so that a DataFrame built from them
// shows plan and jeugdige first. (plan_operations_binding.cpp)
py::list rows_to_python(const std::vector<Json>& batches, std::string_view kind);

// A new Python plan object owning `plan`.
inline std::unique_ptr<PlanHandle> new_plan(Plan plan) { return std::make_unique<PlanHandle>(std::move(plan)); }

}  // namespace perspectief::python
