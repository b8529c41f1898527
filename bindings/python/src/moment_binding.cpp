// perspectief.ParsedMoment: a moment read once (RFC 3339 text or an aware
// datetime), so that many questions at the same moment skip reading it again.
#include <string>

#include "binding.hpp"
#include "perspectief/time.hpp"
#include "question_arguments.hpp"

namespace perspectief::python {

void bind_moment(py::module_& module) {
  py::class_<Moment>(module, "ParsedMoment",
                     "A moment read once: RFC 3339 text with an offset or an aware datetime.datetime.")
      .def(py::init([](py::handle at) { return moment_argument(at, ""); }), py::arg("at"))
      .def("__str__", [](const Moment& self) { return format_moment(self); })
      .def("__repr__", [](const Moment& self) {
        return "ParsedMoment(" + py::repr(py::str(format_moment(self))).cast<std::string>() + ")";
      })
      .def("__eq__", [](const Moment& self, py::handle other) -> py::object {
        if (!py::isinstance<Moment>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        const Moment& that = other.cast<const Moment&>();
        return py::bool_(self.utc == that.utc && self.offset == that.offset);
      })
      .def("__hash__", [](const Moment& self) {
        return py::hash(py::make_tuple(self.utc.time_since_epoch().count(), self.offset.count()));
      })
      .def(py::pickle([](const Moment& self) { return py::make_tuple(format_moment(self)); },
                      [](const py::tuple& state) { return moment_argument(state[0], ""); }));
}

}  // namespace perspectief::python
