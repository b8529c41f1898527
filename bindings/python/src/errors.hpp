// perspectief::Error -> the package's Python exceptions (perspectief/errors.py).
//
// The exception classes are plain Python classes, so that they can inherit
// from the matching built-ins (ValueError, LookupError, ...), pickle, and be
// documented like any other Python code. The translator builds them through
// perspectief.errors._from_core, which picks the class for the error code.
#pragma once

#include <pybind11/pybind11.h>

#include <vector>

#include "perspectief/error.hpp"

namespace perspectief::python {

namespace py = pybind11;

// Installs the translator for perspectief::Error, std::bad_alloc and JSON
// library exceptions that escape the core (reported as internal errors).
void register_error_translator();

// The Python exception for a core error, not raised: for results that carry
// their error (a JSONL line's). Requires the GIL.
py::object exception_object(const Error& error);

// Problems as tuples (code, pointer, message_nl, message_en, rule), the form
// perspectief.errors.Problem._from_core reads.
py::list problems_to_python(const std::vector<Problem>& problems);

}  // namespace perspectief::python
