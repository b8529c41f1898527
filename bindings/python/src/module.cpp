// perspectief._core: the compiled half of the Python package.
//
// It binds the C++ facade (perspectief::Engine, Plan) directly and links the
// static core, as DuckDB's Python package does: one self-contained extension
// module, no separate libperspectief.so to locate at import time, and core
// errors become Python exceptions without a detour through C status codes.
// The Pythonic API (perspectief/*.py) is built on the low-level classes here;
// docs/python.md explains the split.
#include "binding.hpp"
#include "errors.hpp"
#include "record_arrow.hpp"
#include "perspectief/version.hpp"

namespace py = pybind11;
using namespace perspectief::python;

PYBIND11_MODULE(_core, module) {
  module.doc() = "Low-level binding of the perspectief C++ core; use the perspectief package instead.";
  module.attr("__version__") = PERSPECTIEF_VERSION_STRING;
  module.attr("VERSION") = py::make_tuple(PERSPECTIEF_VERSION_MAJOR, PERSPECTIEF_VERSION_MINOR,
                                          PERSPECTIEF_VERSION_PATCH);
  register_error_translator();

  PlanClass plan(module, "Plan", "A parsed plan (immutable).");
  bind_plan(plan);
  EngineClass engine(module, "Engine", "A loaded region profile with municipal settings (immutable).");
  bind_engine_loading(engine);
  bind_plan_operations(engine);
  bind_workflow(engine);
  bind_sharing(engine);
  bind_reports(engine);
  bind_party(module);
  bind_moment(module);
  bind_answer(module);
  PreparedClass prepared(module, "PreparedPlan", "A plan prepared for many sharing questions (immutable).");
  bind_prepared(prepared, engine);
  bind_ask(prepared);
  bind_prepared_party(module);
  bind_functions(module);
  bind_store(module);
  bind_jsonl(module);
  bind_record_arrow(module);
}
