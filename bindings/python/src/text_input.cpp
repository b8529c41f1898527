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

}  // namespace perspectief::python
