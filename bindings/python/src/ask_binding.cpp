// PreparedPlan.ask and ask_batch: questions as small values, answers as
// Answer objects built here (no dict round trip), the GIL released while the
// core decides (docs/python.md, "The fast path").
#include <vector>

#include "binding.hpp"
#include "question_arguments.hpp"

namespace perspectief::python {

void bind_ask(PreparedClass& prepared) {
  prepared
      .def(
          "ask",
          [](const PreparedHandle& self, py::handle party, py::handle action, py::handle purpose, py::handle part,
             py::handle channel, py::handle at, py::handle recipient, py::handle break_glass) {
            // The GIL stays: one question takes about a microsecond, less than handing the GIL
            // to another thread and taking it back (ask_batch releases it).
            const AskedQuestion asked({party, action, purpose, part, channel, at, recipient, break_glass});
            return sharing::ask(self.held(), asked.question());
          },
          py::arg("party"), py::arg("action"), py::arg("purpose"), py::arg("part"), py::arg("channel"), py::arg("at"),
          py::arg("recipient") = py::none(), py::arg("break_glass") = py::none())
      .def(
          "ask_batch",
          [](const PreparedHandle& self, py::handle party, py::handle action, py::handle purpose, py::handle part,
             py::handle channel, py::handle at, py::handle recipient, py::handle break_glass) {
            const sharing::PreparedPlan plan = self.get();
            const AskedQuestions asked({party, action, purpose, part, channel, at, recipient, break_glass});
            return answer_list(without_gil([&] { return sharing::ask_batch(plan, asked.questions()); }));
          },
          py::arg("party"), py::arg("action"), py::arg("purpose"), py::arg("part"), py::arg("channel"), py::arg("at"),
          py::arg("recipient") = py::none(), py::arg("break_glass") = py::none());
}

}  // namespace perspectief::python
