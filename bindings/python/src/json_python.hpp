// JSON values <-> Python objects, without a detour through JSON text.
//
// The core speaks nlohmann::json; Python callers pass and receive plain dicts,
// lists, str, int, float, bool and None. Converting directly is both faster
// than json.dumps/json.loads and stricter: every refusal is a
// perspectief::Error with the JSON pointer of the offending value, so a bad
// request dict is reported exactly like a bad request document.
#pragma once

#include <pybind11/pybind11.h>

#include "perspectief/error.hpp"
#include "perspectief/json.hpp"

namespace perspectief::python {

namespace py = pybind11;

// The Python form of a JSON value: dict (keys in the canonical, sorted order),
// list, str, int, float, bool or None. Requires the GIL.
py::object to_python(const Json& value);

// The JSON form of a Python value. Accepts dict (str keys only), list, tuple,
// str, int (within 64 bits), finite float, bool and None, nested at most
// limits.max_depth deep (which also stops self-referencing containers).
// Throws Error(invalid_argument | invalid_utf8 | limit_exceeded) naming the
// pointer of the offending value. Requires the GIL.
Json from_python(py::handle value, const JsonLimits& limits);

// The UTF-8 bytes of a str, without copying (the view lives as long as the
// str). Throws Error(invalid_utf8) for strings with lone surrogates, which
// have no UTF-8 form. Requires the GIL.
std::string_view utf8_view(py::handle text);

}  // namespace perspectief::python
