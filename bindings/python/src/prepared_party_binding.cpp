// perspectief._core.PreparedParty: one party of a prepared plan at one moment, checked
// and its standing resolved once, its ask and ask_batch (docs/python.md, "The fast
// path"). The package's PreparedPlan.party makes one (prepared.py).
#include <optional>
#include <string>
#include <vector>

#include "binding.hpp"
#include "question_arguments.hpp"

namespace perspectief::python {
namespace {

// Every topic asked of the party. A refusal lists the problems of every refused topic, each
// pointer behind its index ("/3/part"), as ask_batch on a prepared plan does; no answer is
// returned then. Without the GIL.
std::vector<sharing::Answer> ask_each(const sharing::PreparedParty& party, const std::vector<Topic>& topics) {
  std::vector<sharing::Answer> answers;
  answers.reserve(topics.size());
  std::optional<Error> refused;
  std::vector<Problem> problems;
  for (std::size_t i = 0; i < topics.size(); ++i) {
    const Topic& topic = topics[i];
    try {
      answers.push_back(sharing::ask(party, topic.action, topic.purpose, topic.part, topic.channel));
    } catch (const Error& error) {
      if (!refused) refused = error;
      for (Problem problem : error.problems()) {
        problem.pointer = "/" + std::to_string(i) + problem.pointer;
        problems.push_back(std::move(problem));
      }
    }
  }
  if (refused) {
    std::string pointer = problems.empty() ? std::string() : problems.front().pointer;
    throw Error(refused->code(), refused->what(), std::move(pointer), std::move(problems), refused->rules());
  }
  return answers;
}

}  // namespace

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
      .def(
          "ask_batch",
          [](const PreparedPartyHandle& self, py::handle action, py::handle purpose, py::handle part,
             py::handle channel) {
            const sharing::PreparedParty party = self.get();
            const AskedTopics asked({action, purpose, part, channel});
            return answer_list(without_gil([&] { return ask_each(party, asked.topics()); }));
          },
          py::arg("action"), py::arg("purpose"), py::arg("part"), py::arg("channel"))
      .def("close", &PreparedPartyHandle::close)
      .def_property_readonly("closed", &PreparedPartyHandle::closed);
}

}  // namespace perspectief::python
