// JSON values <-> Python objects (see json_python.hpp).
#include "json_python.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace perspectief::python {
namespace {

// A new reference, or the Python error that prevented it as a C++ exception
// (pybind11 restores it when the exception reaches the interpreter).
py::object owned(PyObject* object) {
  if (object == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(object);
}

py::object string_to_python(const std::string& text) {
  return owned(PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), nullptr));
}

// Walks a Python value, keeping the JSON pointer of where it is for messages.
class FromPython {
 public:
  explicit FromPython(const JsonLimits& limits) : limits_(limits) {}

  Json convert(PyObject* value, std::size_t depth) {
    if (value == Py_None) return nullptr;
    if (PyBool_Check(value)) return value == Py_True;
    if (PyLong_Check(value)) return integer(value);
    if (PyFloat_Check(value)) return number(value);
    if (PyUnicode_Check(value)) return Json(std::string(utf8_view(value, pointer_)));
    if (PyDict_Check(value)) return object(value, depth + 1);
    if (PyList_Check(value) || PyTuple_Check(value)) return array(value, depth + 1);
    throw Error(ErrorCode::invalid_argument,
                "a value of type '" + std::string(Py_TYPE(value)->tp_name) +
                    "' has no JSON form (expected dict, list, tuple, str, int, float, bool or None)" + where(),
                pointer_);
  }

  static std::string_view utf8_view(PyObject* text, const std::string& pointer) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text, &size);
    if (data == nullptr) {
      PyErr_Clear();  // a UnicodeEncodeError: a lone surrogate has no UTF-8 form
      throw Error(ErrorCode::invalid_utf8,
                  "a string holds a lone surrogate and so has no UTF-8 form" +
                      (pointer.empty() ? std::string() : " (at " + pointer + ")"),
                  pointer);
    }
    return {data, static_cast<std::size_t>(size)};
  }

 private:
  std::string where() const { return pointer_.empty() ? std::string() : " (at " + pointer_ + ")"; }

  void enter_depth(std::size_t depth) const {
    if (depth > limits_.max_depth) {
      throw Error(ErrorCode::limit_exceeded,
                  "value is nested deeper than the limit of " + std::to_string(limits_.max_depth) +
                      " (or contains itself)" + where(),
                  pointer_);
    }
  }

  Json integer(PyObject* value) const {
    int overflow = 0;
    const long long signed_value = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (overflow == 0) {
      if (signed_value == -1 && PyErr_Occurred()) throw py::error_already_set();
      return static_cast<std::int64_t>(signed_value);
    }
    if (overflow > 0) {
      const unsigned long long unsigned_value = PyLong_AsUnsignedLongLong(value);
      if (!PyErr_Occurred()) return static_cast<std::uint64_t>(unsigned_value);
      PyErr_Clear();
    }
    throw Error(ErrorCode::invalid_argument, "integer does not fit in 64 bits" + where(), pointer_);
  }

  Json number(PyObject* value) const {
    const double d = PyFloat_AS_DOUBLE(value);
    if (!std::isfinite(d)) {
      throw Error(ErrorCode::invalid_argument, "NaN and infinity have no JSON form" + where(), pointer_);
    }
    return d;
  }

  Json object(PyObject* dict, std::size_t depth) {
    enter_depth(depth);
    Json out = Json::object();
    PyObject* key = nullptr;
    PyObject* item = nullptr;
    Py_ssize_t position = 0;
    while (PyDict_Next(dict, &position, &key, &item)) {
      if (!PyUnicode_Check(key)) {
        throw Error(ErrorCode::invalid_argument,
                    "object keys must be str, found '" + std::string(Py_TYPE(key)->tp_name) + "'" + where(),
                    pointer_);
      }
      const std::string name(utf8_view(key, pointer_));
      const std::size_t mark = enter(name);
      out[name] = convert(item, depth);
      pointer_.resize(mark);
    }
    return out;
  }

  Json array(PyObject* sequence, std::size_t depth) {
    enter_depth(depth);
    const bool is_list = PyList_Check(sequence);
    Json out = Json::array();
    // A list's size is read on every step: nothing here runs Python code, but
    // reading it afresh keeps the loop safe whatever the converter does.
    for (Py_ssize_t i = 0; i < (is_list ? PyList_GET_SIZE(sequence) : PyTuple_GET_SIZE(sequence)); ++i) {
      PyObject* item = is_list ? PyList_GET_ITEM(sequence, i) : PyTuple_GET_ITEM(sequence, i);
      const std::size_t mark = enter(std::to_string(i));
      out.push_back(convert(item, depth));
      pointer_.resize(mark);
    }
    return out;
  }

  std::size_t enter(const std::string& token) {
    const std::size_t mark = pointer_.size();
    pointer_ += '/';
    pointer_ += json_pointer_escape(token);
    return mark;
  }

  const JsonLimits& limits_;
  std::string pointer_;
};

}  // namespace

py::object to_python(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return py::none();
    case Json::value_t::boolean: return py::bool_(value.get<bool>());
    case Json::value_t::number_integer: return owned(PyLong_FromLongLong(value.get<std::int64_t>()));
    case Json::value_t::number_unsigned: return owned(PyLong_FromUnsignedLongLong(value.get<std::uint64_t>()));
    case Json::value_t::number_float: return owned(PyFloat_FromDouble(value.get<double>()));
    case Json::value_t::string: return string_to_python(value.get_ref<const std::string&>());
    case Json::value_t::array: {
      py::object list = owned(PyList_New(static_cast<Py_ssize_t>(value.size())));
      Py_ssize_t i = 0;
      for (const auto& item : value) {
        // PyList_SET_ITEM steals the reference that release() hands over.
        PyList_SET_ITEM(list.ptr(), i++, to_python(item).release().ptr());
      }
      return list;
    }
    case Json::value_t::object: {
      py::object dict = owned(PyDict_New());
      for (auto it = value.begin(); it != value.end(); ++it) {
        const py::object key = string_to_python(it.key());
        const py::object item = to_python(it.value());
        if (PyDict_SetItem(dict.ptr(), key.ptr(), item.ptr()) != 0) throw py::error_already_set();
      }
      return dict;
    }
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
  }
  throw Error(ErrorCode::internal, "a JSON value of type '" + std::string(value.type_name()) + "' has no Python form");
}

Json from_python(py::handle value, const JsonLimits& limits) { return FromPython(limits).convert(value.ptr(), 0); }

std::string_view utf8_view(py::handle text) {
  if (!PyUnicode_Check(text.ptr())) throw py::type_error("expected str");
  return FromPython::utf8_view(text.ptr(), std::string());
}

}  // namespace perspectief::python
