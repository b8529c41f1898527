// JSON text handed in from Python: str, bytes, bytearray or memoryview.
//
// str and bytes are immutable, so their bytes are used in place (no copy) while
// the GIL is released; a bytearray or memoryview may be changed by another
// thread meanwhile, so its bytes are copied first.
#pragma once

#include <string>
#include <string_view>

#include <pybind11/pybind11.h>

#include "perspectief/error.hpp"

namespace perspectief::python {

namespace py = pybind11;

class TextInput {
 public:
  // Under the GIL. Throws py::type_error for other types, Error(invalid_utf8)
  // for a str that has no UTF-8 form.
  explicit TextInput(py::handle source);

  // The UTF-8 (or claimed UTF-8) bytes; valid while this object lives.
  std::string_view view() const { return view_; }

 private:
  py::object keep_alive_;
  std::string copy_;
  std::string_view view_;
};

}  // namespace perspectief::python
