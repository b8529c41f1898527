// perspectief::Error -> the package's Python exceptions (see errors.hpp).
#include "errors.hpp"

#include <new>
#include <string>

#include <pybind11/gil_safe_call_once.h>

#include "perspectief/json.hpp"

namespace perspectief::python {
namespace {

// perspectief.errors._from_core, imported once: the translator runs for every
// error and a module look-up each time would be wasted work.
py::object error_factory() {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
  return storage
      .call_once_and_store_result([] { return py::module_::import("perspectief.errors").attr("_from_core"); })
      .get_stored();
}

// Error texts may quote the caller's bytes (a JSON syntax error shows the bad
// byte), so they are decoded with U+FFFD for whatever is not UTF-8: an error
// message must never itself fail to be built.
py::object text(const std::string& value) {
  PyObject* decoded = PyUnicode_DecodeUTF8(value.data(), static_cast<Py_ssize_t>(value.size()), "replace");
  if (decoded == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(decoded);
}

py::object exception_of(ErrorCode code, const std::string& message, const std::string& pointer,
                        const std::vector<Problem>& problems, const std::vector<std::string>& rules) {
  py::list rule_list;
  for (const auto& rule : rules) rule_list.append(text(rule));
  return error_factory()(static_cast<int>(code), text(message), text(pointer), problems_to_python(problems),
                         rule_list);
}

// Sets the Python error for a core error. Must not throw: a failure while
// building the exception (say, out of memory) leaves that failure set instead.
void raise(ErrorCode code, const std::string& message, const std::string& pointer,
           const std::vector<Problem>& problems, const std::vector<std::string>& rules) {
  try {
    py::object exception = exception_of(code, message, pointer, problems, rules);
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())), exception.ptr());
  } catch (py::error_already_set& failure) {
    failure.restore();
  } catch (const std::exception& failure) {
    PyErr_SetString(PyExc_RuntimeError, failure.what());
  }
}

}  // namespace

py::object exception_object(const Error& error) {
  return exception_of(error.code(), error.what(), error.pointer(), error.problems(), error.rules());
}

py::list problems_to_python(const std::vector<Problem>& problems) {
  py::list list;
  for (const auto& p : problems) {
    list.append(py::make_tuple(text(p.code), text(p.pointer), text(p.message_nl), text(p.message_en), text(p.rule),
                               text(std::string(severity_name(p.severity)))));
  }
  return list;
}

void register_error_translator() {
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const Error& error) {
      raise(error.code(), error.what(), error.pointer(), error.problems(), error.rules());
    } catch (const std::bad_alloc&) {
      raise(ErrorCode::out_of_memory, "out of memory", "", {}, {});
    } catch (const nlohmann::json::exception& error) {
      // The core turns every JSON library failure it expects into an Error;
      // one that escapes is a bug, reported as such rather than as a crash.
      raise(ErrorCode::internal, std::string("internal error (please report): ") + error.what(), "", {}, {});
    }
  });
}

}  // namespace perspectief::python
