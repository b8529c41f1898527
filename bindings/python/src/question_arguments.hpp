// The arguments of PreparedPlan.ask and ask_batch read into sharing::Questions:
// a Party object, "read" / "uitvoering" for the action and purpose, the part and
// channel indexes, and a ParsedMoment, RFC 3339 text or an aware datetime; and
// those of PreparedParty.ask (its action, purpose, part and channel) read the same way.
// Under the GIL; what a question needs while the GIL is released is kept here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>

#include "perspectief/prepared_plan.hpp"
#include "perspectief/time.hpp"

namespace perspectief::python {

namespace py = pybind11;

// A ParsedMoment, RFC 3339 text or an aware datetime as a Moment. Text that is
// no RFC 3339 moment raises InvalidArgumentError with this pointer.
Moment moment_argument(py::handle at, const std::string& pointer);

// A Party object (`name` is the argument's name, for the TypeError of anything else).
const sharing::Party& party_argument(py::handle party, const char* name);

// What one question of a prepared party asks, and PreparedParty.ask's arguments in its order.
struct Topic {
  sharing::Action action;
  sharing::Purpose purpose;
  sharing::PartRef part;
  sharing::ChannelRef channel;
};
struct TopicArguments {
  py::handle action, purpose, part, channel;
};

// The topic as ask reads a question's: a wrong Python type raises TypeError; an unknown
// action or purpose, a part or channel out of range is the core's to refuse.
Topic topic_argument(const TopicArguments& arguments);

// ask's arguments, in its order.
struct QuestionArguments {
  py::handle party, action, purpose, part, channel, at, recipient, break_glass;
};

// One question, for ask: nothing allocated but the break-glass reason. A wrong
// Python type raises TypeError; a moment that is no RFC 3339 moment raises
// InvalidArgumentError at "/at". Everything else (an unknown action, a part out
// of range) is the core's to refuse. The question points into this object.
class AskedQuestion {
 public:
  explicit AskedQuestion(const QuestionArguments& arguments);
  AskedQuestion(const AskedQuestion&) = delete;
  AskedQuestion& operator=(const AskedQuestion&) = delete;

  const sharing::Question& question() const { return question_; }

 private:
  sharing::Question question_;
  std::optional<sharing::BreakGlass> reason_;
};

// ask_batch's questions: each argument is one value for every question or a
// list (or tuple) with one per question; `part` may be any sequence of indexes.
// The lists must be equally long. A problem's pointer starts with "/<i>".
class AskedQuestions {
 public:
  explicit AskedQuestions(const QuestionArguments& arguments);
  AskedQuestions(const AskedQuestions&) = delete;
  AskedQuestions& operator=(const AskedQuestions&) = delete;

  const std::vector<sharing::Question>& questions() const { return questions_; }

 private:
  std::vector<sharing::Question> questions_;
  std::vector<std::optional<sharing::BreakGlass>> reasons_;  // sized once: questions point into it
  std::vector<py::object> held_;  // the per-question sequences, so their parties live while the GIL is released
};

// PreparedParty.ask_batch's topics: each argument one value for every question or a list
// (or tuple) with one per question, `part` any sequence of indexes, as for AskedQuestions.
class AskedTopics {
 public:
  explicit AskedTopics(const TopicArguments& arguments);
  AskedTopics(const AskedTopics&) = delete;
  AskedTopics& operator=(const AskedTopics&) = delete;

  const std::vector<Topic>& topics() const { return topics_; }

 private:
  std::vector<Topic> topics_;
  std::vector<py::object> held_;  // the per-question sequences (of str and int: nothing needed meanwhile)
};

}  // namespace perspectief::python
