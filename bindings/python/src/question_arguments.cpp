// ask's arguments -> sharing::Question (see question_arguments.hpp).
#include "question_arguments.hpp"

#include <array>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

#include <pybind11/gil_safe_call_once.h>

#include "json_python.hpp"
#include "perspectief/error.hpp"
#include "perspectief/sharing.hpp"
#include "perspectief/time.hpp"

namespace perspectief::python {
namespace {

constexpr std::uint32_t kOutOfRange = std::numeric_limits<std::uint32_t>::max();

std::string type_name(py::handle value) { return Py_TYPE(value.ptr())->tp_name; }

// The C++ object of a bound class's instance, or nullptr for anything else. An instance of
// exactly the bound class (the usual case) is recognised by its Python type alone, without
// pybind11's look-up by C++ type name, which costs more than the rest of a question's reading.
template <class T>
const T* instance_of(py::handle value) {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<PyTypeObject*> storage;
  PyTypeObject* type =
      storage.call_once_and_store_result([] { return reinterpret_cast<PyTypeObject*>(py::type::of<T>().ptr()); })
          .get_stored();
  if (Py_TYPE(value.ptr()) == type) {
    return static_cast<const T*>(reinterpret_cast<py::detail::instance*>(value.ptr())->get_value_and_holder().value_ptr());
  }
  py::detail::make_caster<T> caster;  // a subclass
  if (!caster.load(value, false)) return nullptr;
  return &py::detail::cast_op<const T&>(caster);
}

const sharing::Party* party_of(py::handle value, const char* name, bool optional) {
  if (optional && value.is_none()) return nullptr;
  const sharing::Party* party = instance_of<sharing::Party>(value);
  if (party == nullptr) {
    throw py::type_error(std::string(name) + ": expected a perspectief.Party (read a dict once with " +
                         "perspectief.Party.from_dict), got " + type_name(value));
  }
  return party;
}

// An unknown spelling becomes a value outside the enumeration, which the core refuses
// at "/action" or "/purpose" (PP-D-QUESTION) as the C ABI's numbers would be.
template <class E>
E enumerator_of(py::handle value, const char* name) {
  if (!PyUnicode_Check(value.ptr())) {
    throw py::type_error(std::string(name) + ": expected a str such as '" +
                         std::string(to_string(EnumNames<E>::table[0].first)) + "', got " + type_name(value));
  }
  return enum_from_string<E>(utf8_view(value)).value_or(static_cast<E>(0xff));
}

// A part or channel index; a negative or huge one stays out of range, for the core to name.
std::uint32_t index_of(py::handle value, const char* name, const char* lookup) {
  if (PyBool_Check(value.ptr()) || !PyIndex_Check(value.ptr())) {
    throw py::type_error(std::string(name) + ": expected an index (int) from " + lookup + ", got " + type_name(value));
  }
  const auto number = PyLong_CheckExact(value.ptr()) ? py::reinterpret_borrow<py::object>(value)
                                                     : py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr()));
  if (!number) throw py::error_already_set();
  int overflow = 0;
  const long long index = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
  if (index == -1 && PyErr_Occurred()) throw py::error_already_set();
  if (overflow != 0 || index < 0 || index >= kOutOfRange) return kOutOfRange;
  return static_cast<std::uint32_t>(index);
}

// perspectief._moments.moment_text: an aware datetime as RFC 3339 text, a naive one refused.
py::object moment_text() {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
  return storage
      .call_once_and_store_result([] { return py::module_::import("perspectief._moments").attr("moment_text"); })
      .get_stored();
}

}  // namespace

const sharing::Party& party_argument(py::handle party, const char* name) { return *party_of(party, name, false); }

Topic topic_argument(const TopicArguments& arguments) {
  return Topic{enumerator_of<sharing::Action>(arguments.action, "action"),
               enumerator_of<sharing::Purpose>(arguments.purpose, "purpose"),
               sharing::PartRef{index_of(arguments.part, "part", "prepared.find_part(address)")},
               sharing::ChannelRef{index_of(arguments.channel, "channel", "engine.find_channel(code)")}};
}

Moment moment_argument(py::handle value, const std::string& pointer) {
  if (const Moment* parsed = instance_of<Moment>(value)) return *parsed;
  py::object text = py::reinterpret_borrow<py::object>(value);
  if (!PyUnicode_Check(value.ptr())) text = moment_text()(value, "at");
  const std::string_view view = utf8_view(text);
  const auto moment = parse_moment(view);
  if (!moment) {
    throw Error(ErrorCode::invalid_argument,
                "at: '" + std::string(view) + "' is no RFC 3339 moment with an offset", pointer);
  }
  return *moment;
}

namespace {

// One argument of ask_batch: the same value for every question, or one per question.
class Column {
 public:
  Column(py::handle value, bool per_question) : value_(value) {
    if (!per_question) return;
    PyObject* items = PySequence_Tuple(value.ptr());
    if (items == nullptr) throw py::error_already_set();
    items_ = py::reinterpret_steal<py::tuple>(items);
  }

  // A list or tuple gives one value per question; `part` takes any sequence.
  static bool per_question(py::handle value) { return PyList_Check(value.ptr()) || PyTuple_Check(value.ptr()); }

  std::optional<std::size_t> size() const {
    return items_ ? std::optional<std::size_t>(items_->size()) : std::nullopt;
  }
  py::handle at(std::size_t i) const { return items_ ? py::handle(PyTuple_GET_ITEM(items_->ptr(), i)) : value_; }
  py::object held() const { return items_ ? py::object(*items_) : py::object(); }

 private:
  py::handle value_;
  std::optional<py::tuple> items_;
};

// A batch's arguments, named, as columns of equal length: `count` questions (1 when every
// argument is one value). The per-question sequences go to `held`, so that what they hold
// lives while the GIL is released.
class Columns {
 public:
  Columns(std::span<const char* const> names, std::span<const py::handle> values, std::vector<py::object>& held) {
    columns_.reserve(values.size());
    std::optional<std::size_t> count;
    const char* counted = nullptr;
    for (std::size_t c = 0; c < values.size(); ++c) {
      const bool is_part = std::string_view(names[c]) == "part";
      const bool per_question = is_part ? !PyLong_Check(values[c].ptr()) && PySequence_Check(values[c].ptr())
                                        : Column::per_question(values[c]);
      columns_.emplace_back(values[c], per_question);
      const auto size = columns_.back().size();
      if (!size) continue;
      if (count && *count != *size) {
        throw Error(ErrorCode::invalid_argument, std::string("ask_batch: ") + names[c] + " has " +
                                                     std::to_string(*size) + " values and " + counted + " " +
                                                     std::to_string(*count) + "; give one value or one per question");
      }
      count = size;
      counted = names[c];
    }
    for (const Column& column : columns_) {
      if (py::object kept = column.held()) held.push_back(std::move(kept));
    }
    count_ = count.value_or(1);
  }

  std::size_t count() const { return count_; }
  py::handle at(std::size_t column, std::size_t i) const { return columns_[column].at(i); }

 private:
  std::vector<Column> columns_;
  std::size_t count_ = 1;
};

// One question's values read into `question`, its reason into `reason`; `where` is ""
// for ask and "/<i>" in a batch.
void read_question(const QuestionArguments& one, const std::string& where, sharing::Question& question,
                   std::optional<sharing::BreakGlass>& reason) {
  question.requester = party_of(one.party, "party", false);
  const Topic topic = topic_argument({one.action, one.purpose, one.part, one.channel});
  question.action = topic.action;
  question.purpose = topic.purpose;
  question.part = topic.part;
  question.channel = topic.channel;
  question.at = moment_argument(one.at, where + "/at");
  question.recipient = party_of(one.recipient, "recipient", true);
  if (!one.break_glass.is_none()) {
    if (!PyUnicode_Check(one.break_glass.ptr())) {
      throw py::type_error("break_glass: expected the reason (str) or None, got " + type_name(one.break_glass));
    }
    reason = sharing::BreakGlass{std::string(utf8_view(one.break_glass))};
    question.break_glass = &*reason;
  }
}

}  // namespace

AskedQuestion::AskedQuestion(const QuestionArguments& arguments) {
  read_question(arguments, "", question_, reason_);
}

AskedQuestions::AskedQuestions(const QuestionArguments& arguments) {
  static constexpr std::array<const char*, 8> names{"party", "action",  "purpose",   "part",
                                                    "channel", "at",    "recipient", "break_glass"};
  const std::array values{arguments.party,   arguments.action, arguments.purpose,   arguments.part,
                          arguments.channel, arguments.at,     arguments.recipient, arguments.break_glass};
  const Columns columns(names, values, held_);
  const std::size_t n = columns.count();
  questions_.resize(n);
  reasons_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const QuestionArguments one{columns.at(0, i), columns.at(1, i), columns.at(2, i), columns.at(3, i),
                                columns.at(4, i), columns.at(5, i), columns.at(6, i), columns.at(7, i)};
    read_question(one, "/" + std::to_string(i), questions_[i], reasons_[i]);
  }
}

AskedTopics::AskedTopics(const TopicArguments& arguments) {
  static constexpr std::array<const char*, 4> names{"action", "purpose", "part", "channel"};
  const std::array values{arguments.action, arguments.purpose, arguments.part, arguments.channel};
  const Columns columns(names, values, held_);
  topics_.reserve(columns.count());
  for (std::size_t i = 0; i < columns.count(); ++i) {
    topics_.push_back(topic_argument({columns.at(0, i), columns.at(1, i), columns.at(2, i), columns.at(3, i)}));
  }
}

}  // namespace perspectief::python
