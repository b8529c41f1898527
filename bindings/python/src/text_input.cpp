// JSON text handed in from Python (see text_input.hpp).
#include "text_input.hpp"

#include "json_python.hpp"

namespace perspectief::python {

TextInput::TextInput(py::handle source) {
  PyObject* object = source.ptr();
  if (PyUnicode_Check(object)) {
    keep_alive_ = py::reinterpret_borrow<py::object>(source);
    view_ = utf8_view(source);
  } else if (PyBytes_Check(object)) {
    keep_alive_ = py::reinterpret_borrow<py::object>(source);
    view_ = std::string_view(PyBytes_AS_STRING(object), static_cast<std::size_t>(PyBytes_GET_SIZE(object)));
  } else if (PyByteArray_Check(object) || PyMemoryView_Check(object)) {
    const py::buffer_info info = py::reinterpret_borrow<py::buffer>(source).request();
    if (info.itemsize != 1 || info.ndim > 1 || (info.ndim == 1 && info.strides[0] != 1)) {
      throw py::type_error("a memoryview of JSON text must be contiguous bytes");
    }
    copy_.assign(static_cast<const char*>(info.ptr), static_cast<std::size_t>(info.size));
    view_ = copy_;
  } else {
    throw py::type_error("expected JSON text as str, bytes, bytearray or memoryview, got '" +
                         std::string(Py_TYPE(object)->tp_name) + "'");
  }
}

Error TextInput::refine(const Error& error) const {
  if (error.code() != ErrorCode::json_syntax) return error;
  // Decoding is only done on this failure path: valid input pays nothing.
  PyObject* decoded = PyUnicode_DecodeUTF8(view_.data(), static_cast<Py_ssize_t>(view_.size()), "strict");
  if (decoded != nullptr) {
    Py_DECREF(decoded);
    return error;
  }
  std::string where;
  py::error_already_set failure;  // takes the UnicodeDecodeError off the interpreter
  Py_ssize_t start = 0;
  if (failure.matches(PyExc_UnicodeDecodeError) && PyUnicodeDecodeError_GetStart(failure.value().ptr(), &start) == 0) {
    where = " at byte " + std::to_string(start);
  }
  PyErr_Clear();
  return Error(ErrorCode::invalid_utf8, "the text is not valid UTF-8" + where + " (" + error.what() + ")",
               error.pointer(), error.problems(), error.rules());
}

}  // namespace perspectief::python
