// perspectief._core.PreparedParty: one party of a prepared plan at one moment, checked
// and its standing resolved once, and its ask (docs/python.md, "The fast path"). The
// package's PreparedPlan.party makes one (prepared.py).
#include "binding.hpp"
#include "question_arguments.hpp"

namespace perspectief::python {

void bind_prepared_party(py::module_& module) {
  py::class_<PreparedPartyHandle>(module, "PreparedParty",
                                  "A party of a prepared plan at one moment, resolved once (immutable).")
      .def(py::init([](const PreparedHandle& prepared, py::handle party, py::handle at) {
             const sharing::PreparedPlan plan = prepared.get();
             const sharing::Party& who = party_argument(party, "party");
             const Moment moment = moment_argument(at, "/at");
             // `who` is the caller's argument, alive for the whole call.
             return std::make_unique<PreparedPartyHandle>(
                 without_gil([&] { return sharing::PreparedParty(plan, who, moment); }));
           }),
           py::arg("prepared"), py::arg("party"), py::arg("at"))
      .def(
          "ask",
          [](const PreparedPartyHandle& self, py::handle action, py::handle purpose, py::handle part,
             py::handle channel) {
            // The GIL stays, as in PreparedPlan.ask: one question is shorter than handing it over.
            const Topic topic = topic_argument({action, purpose, part, channel});
            return sharing::ask(self.held(), topic.action, topic.purpose, topic.part, topic.channel);
          },
          py::arg("action"), py::arg("purpose"), py::arg("part"), py::arg("channel"))
      .def("close", &PreparedPartyHandle::close)
      .def_property_readonly("closed", &PreparedPartyHandle::closed);
}

}  // namespace perspectief::python
