// perspectief.Answer: the answer to one question of the fast path, built in C++
// and read lazily (the rule ids only when .rules is asked for).
#include <string>
#include <vector>

#include "binding.hpp"
#include "perspectief/prepared_plan.hpp"

namespace perspectief::python {
namespace {

using sharing::Answer;

py::tuple rule_ids(const Answer& answer) {
  const auto ids = answer.rule_ids();
  py::tuple tuple(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) tuple[i] = py::str(ids[i].data(), ids[i].size());
  return tuple;
}

const char* verdict(const Answer& answer) { return answer.allowed() ? "allow" : "deny"; }

}  // namespace

py::list answer_list(const std::vector<Answer>& answers) {
  py::list list(answers.size());
  for (std::size_t i = 0; i < answers.size(); ++i) list[i] = py::cast(answers[i]);
  return list;
}

void bind_answer(py::module_& module) {
  py::class_<Answer>(module, "Answer",
                     "The answer to one question: the verdict, the rules that decided and the reason code.")
      .def_property_readonly("allowed", &Answer::allowed)
      .def_property_readonly("verdict", &verdict)
      .def_property_readonly("reason", [](const Answer& self) { return py::str(self.reason.data(), self.reason.size()); })
      .def_property_readonly("rules", &rule_ids)
      .def_property_readonly("rule_bits", [](const Answer& self) { return self.rules; })
      .def("to_dict",
           [](const Answer& self) {
             py::dict document;
             document["verdict"] = verdict(self);
             document["rules"] = py::list(rule_ids(self));
             document["reason"] = py::str(self.reason.data(), self.reason.size());
             return document;
           })
      .def("__repr__",
           [](const Answer& self) {
             return "Answer(" + std::string(verdict(self)) + ", " + py::repr(rule_ids(self)).cast<std::string>() +
                    ", " + py::repr(py::str(self.reason.data(), self.reason.size())).cast<std::string>() + ")";
           })
      .def("__eq__", [](const Answer& self, py::handle other) -> py::object {
        if (!py::isinstance<Answer>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        const Answer& that = other.cast<const Answer&>();
        return py::bool_(self.verdict == that.verdict && self.rules == that.rules && self.reason == that.reason);
      })
      .def("__hash__", [](const Answer& self) {
        return py::hash(py::make_tuple(self.allowed(), self.rules, py::str(self.reason.data(), self.reason.size())));
      });
}

}  // namespace perspectief::python
