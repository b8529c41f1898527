// JSONL files from Python through the ordered pipeline (jsonl/), as the CLI's
// JSONL mode runs them: C++ threads read the file, parse each line and work on
// the plan without the GIL; Python takes the results in file order (next())
// and only then are they turned into Python objects. At most 4 lines per
// worker are in flight, so memory stays flat however long the file.
//
// The workers never take the GIL. The one thing that needs Python is the
// engine of a region not met yet, when the caller gave perspectief.Engines:
// a worker hands such a line back unparsed, and the caller's thread asks
// Engines.for_profile for it (under the GIL, once per region) and finishes the
// line itself, without the GIL. Each line's plan id and region are peeked from
// its text before it is parsed (perspectief_jsonl/plan_labels.hpp), as the C
// ABI's streams do: a line is read with its region's engine, and a line that
// fails still names its plan (tests/python/test_jsonl_conformance.py holds the
// two to the same results). (A C++ thread that waits for the GIL while the
// interpreter shuts down is ended on the spot, which it cannot survive.)
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "binding.hpp"
#include "errors.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/workflow.hpp"
#include "perspectief_jsonl/line_reader.hpp"
#include "perspectief_jsonl/ordered_pipeline.hpp"
#include "perspectief_jsonl/plan_labels.hpp"
#include "record_arrow.hpp"

namespace perspectief::python {
namespace {

namespace jsonl = perspectief::jsonl;

// A line's plan id as Python text, or None. The id is peeked from text the
// library may refuse (a line that is not UTF-8 names its plan too), so bytes
// that are not UTF-8 become U+FFFD, as in the C ABI's error lines.
py::object plan_id_object(const std::optional<std::string>& plan_id) {
  if (!plan_id) return py::none();
  PyObject* text = PyUnicode_DecodeUTF8(plan_id->data(), static_cast<Py_ssize_t>(plan_id->size()), "replace");
  if (text == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(text);
}

// What each line goes through: one operation, or several passes over the one
// parsed plan (bulk, as `perspectief bulk`).
enum class Operation { parse, validate, replay, decide, records, bulk };

Operation operation_named(const std::string& name) {
  if (name == "parse") return Operation::parse;
  if (name == "validate") return Operation::validate;
  if (name == "replay") return Operation::replay;
  if (name == "decide") return Operation::decide;
  if (name == "records") return Operation::records;
  if (name == "bulk") return Operation::bulk;
  throw Error(ErrorCode::invalid_argument, "unknown JSONL operation '" + name + "'");
}

// The passes of a bulk line; records: one entry per kind.
struct Passes {
  bool validate = false;
  bool replay = false;  // the rebuilt plan in the result
  bool verify = false;  // whether the history rebuilds the stored plan
  std::vector<std::string> record_kinds;
};

// A perspectief exception raised in Python (Engines.for_profile: an unknown
// region) as the core's Error, so that it becomes the line's error like any
// other. Anything else is not a line's failure and propagates. Under the GIL.
Error error_from_python(const py::error_already_set& failure) {
  const py::object base = py::module_::import("perspectief.errors").attr("PerspectiefError");
  if (!failure.matches(base)) throw failure;
  const py::object value = failure.value();
  std::vector<Problem> problems;
  for (const py::handle p : value.attr("problems")) {
    const py::object rule = p.attr("rule");
    problems.push_back(Problem{p.attr("code").cast<std::string>(), p.attr("pointer").cast<std::string>(),
                               p.attr("message_nl").cast<std::string>(), p.attr("message_en").cast<std::string>(),
                               rule.is_none() ? std::string() : rule.cast<std::string>(),
                               p.attr("severity").cast<std::string>() == "warning" ? Severity::warning
                                                                                   : Severity::error});
  }
  return Error(static_cast<ErrorCode>(value.attr("code").cast<int>()), value.attr("message").cast<std::string>(),
               value.attr("pointer").cast<std::string>(), std::move(problems),
               value.attr("rules").cast<std::vector<std::string>>());
}

// The engine for each plan: one for every line, or the one a Python callable
// (profile id -> _core.Engine) gives for the plan's profile, asked once per
// profile (its failure too) on the caller's thread and then known to the workers.
class EngineChoice {
 public:
  explicit EngineChoice(py::handle choice) {
    if (choice.is_none()) return;
    if (py::isinstance<EngineHandle>(choice)) {
      fixed_ = choice.cast<const EngineHandle&>().get();
    } else {
      chooser_ = py::reinterpret_borrow<py::object>(choice);
    }
  }

  EngineChoice(const EngineChoice&) = delete;
  EngineChoice& operator=(const EngineChoice&) = delete;
  // The chooser is a Python object: dropped under the GIL (the owner's destructor runs under it).
  ~EngineChoice() = default;

  // Whether one engine reads every line (else each line's region chooses).
  bool fixed() const { return fixed_.has_value(); }

  // The engine when it is known (throws its Error when asking for it failed),
  // nullopt when Python must be asked first. On any thread, without the GIL.
  std::optional<Engine> known(const std::string& profile) {
    if (fixed_) return *fixed_;
    std::lock_guard lock(mutex_);
    const auto found = known_.find(profile);
    if (found == known_.end()) return std::nullopt;
    if (found->second.index() == 1) throw std::get<1>(found->second);
    return std::get<0>(found->second);
  }

  // Asks Python and remembers the answer. On the caller's thread, under the GIL.
  Engine ask(const std::string& profile) {
    if (auto engine = known(profile)) return *engine;
    std::variant<Engine, Error> answer = Error(ErrorCode::internal, "unset");
    try {
      const py::object engine = chooser_(profile);
      answer = engine.cast<const EngineHandle&>().get();
    } catch (const py::error_already_set& failure) {
      answer = error_from_python(failure);
    } catch (const Error& error) {
      answer = error;  // a closed engine
    }
    {
      std::lock_guard lock(mutex_);
      known_.emplace(profile, answer);
    }
    if (answer.index() == 1) throw std::get<1>(answer);
    return std::get<0>(answer);
  }

 private:
  std::optional<Engine> fixed_;
  py::object chooser_;
  std::mutex mutex_;
  std::map<std::string, std::variant<Engine, Error>> known_;
};

// What one line gave, still C++: turned into Python objects on the caller's thread.
struct Outcome {
  std::optional<std::string> plan_id;  // as the line's text names it (plan_labels.hpp)
  // The line's region when no worker knew its engine: the caller asks for it,
  // then parses the line (`text`) with it and finishes the work.
  struct UnknownRegion {
    std::string profile;
    std::string text;
  };
  std::optional<UnknownRegion> unknown_region;
  std::optional<Plan> plan;            // parse, replay
  std::optional<std::vector<Problem>> problems;  // validate
  Json document;                       // decide: the decisions; records: the rows; bulk: rows by kind
  std::optional<bool> verified;        // bulk with verify
  std::vector<std::pair<std::string, Error>> pass_errors;  // bulk: a pass that failed, the others ran
  std::optional<Error> error;          // the line itself failed
};

class JsonlStream {
 public:
  // `passes`: for records the kind, for bulk "validate", "replay", "verify" and
  // "records:KIND" (each kind's rows); `requests`: for decide.
  JsonlStream(const std::string& path, const std::string& operation, py::handle engine,
              const std::vector<std::string>& passes, py::handle requests, std::size_t workers,
              std::size_t max_depth, std::size_t max_bytes)
      : operation_(operation_named(operation)),
        limits_(json_api::checked_limits(max_depth, max_bytes)),
        engines_(engine) {
    if (workers < 1) throw Error(ErrorCode::invalid_argument, "workers must be at least 1");
    if (operation_ != Operation::parse && engine.is_none()) {
      throw Error(ErrorCode::invalid_argument, operation + " needs an engine");
    }
    if (operation_ == Operation::records) {
      if (passes.size() != 1) throw Error(ErrorCode::invalid_argument, "records takes one kind");
      passes_.record_kinds = passes;
    }
    if (operation_ == Operation::bulk) passes_ = passes_named(passes);
    // An unknown kind fails now, not on every line.
    for (const std::string& kind : passes_.record_kinds) (void)analysis::record_columns(kind);
    if (operation_ == Operation::decide) requests_ = from_python(requests, limits_);
    input_.open(path, std::ios::binary);
    if (!input_) {
      const int why = errno;
      throw Error(why == ENOENT ? ErrorCode::not_found : ErrorCode::io,
                  "cannot open '" + path + "': " + std::strerror(why));
    }
    reader_.emplace(input_, limits_.max_bytes);
    pipeline_.emplace(*reader_, jsonl::PipelineOptions{workers, 0},
                      [this](const jsonl::Line& line) -> std::variant<Outcome, jsonl::LineError> { return work(line); });
  }

  JsonlStream(const JsonlStream&) = delete;
  JsonlStream& operator=(const JsonlStream&) = delete;
  ~JsonlStream() { close(); }

  // (line, plan id or None, value or None, error or None) for the next line in
  // file order, or None after the last. Under the GIL; waits without it.
  py::object next() {
    if (!pipeline_) return py::none();
    std::optional<jsonl::LineResult<Outcome>> result;
    try {
      result = without_gil([&] { return pipeline_->next(); });
    } catch (const jsonl::ReadError& error) {
      throw Error(ErrorCode::io, error.what());  // the file itself, after every line before it
    }
    if (!result) {
      close();
      return py::none();
    }
    if (!result->ok()) {
      const jsonl::LineError& error = result->error();
      return py::make_tuple(result->line, py::none(), py::none(),
                            exception_object(Error(static_cast<ErrorCode>(error.code), error.message, error.pointer)));
    }
    Outcome& outcome = result->value();
    if (outcome.unknown_region) finish_here(outcome);
    const py::object plan_id = plan_id_object(outcome.plan_id);
    if (outcome.error) return py::make_tuple(result->line, plan_id, py::none(), exception_object(*outcome.error));
    return py::make_tuple(result->line, plan_id, value_of(outcome), py::none());
  }

  // For records: the rows of the next lines, in file order, as one Arrow record batch
  // (record_arrow.hpp) of at least `batch_rows` rows, or fewer at the end of the file or,
  // with `stop_at_failure`, up to the first line that failed. Returns (batch, lines taken,
  // [(line, plan id or None, error)] for the lines that failed), or None after the last
  // line. The lines are taken and their rows written without the GIL; the file's own read
  // error comes after the rows of every line before it, on the next call.
  py::object next_arrow(std::int64_t batch_rows, bool stop_at_failure) {
    if (operation_ != Operation::records) throw Error(ErrorCode::invalid_argument, "Arrow batches are for records");
    if (batch_rows < 1) throw Error(ErrorCode::invalid_argument, "batch_rows must be at least 1");
    if (read_error_) {
      close();
      const Error error = *read_error_;
      read_error_.reset();
      throw error;
    }
    if (!pipeline_) return py::none();
    if (!arrow_) arrow_.emplace(passes_.record_kinds.front());
    struct Failure {
      std::size_t line;
      std::optional<std::string> plan_id;
      Error error;
    };
    std::vector<Failure> failures;
    std::size_t lines = 0;
    bool ended = false;
    {
      py::gil_scoped_release release;
      while (arrow_->rows() < batch_rows && !(stop_at_failure && !failures.empty())) {
        std::optional<jsonl::LineResult<Outcome>> result;
        try {
          result = pipeline_->next();
        } catch (const jsonl::ReadError& error) {
          read_error_ = Error(ErrorCode::io, error.what());
          break;
        }
        if (!result) {
          ended = true;
          break;
        }
        ++lines;
        if (!result->ok()) {
          const jsonl::LineError& error = result->error();
          failures.push_back({result->line, std::nullopt,
                              Error(static_cast<ErrorCode>(error.code), error.message, error.pointer)});
          continue;
        }
        Outcome& outcome = result->value();
        if (outcome.unknown_region) {
          py::gil_scoped_acquire acquire;  // the region's engine is asked from Python
          finish_here(outcome);
        }
        if (outcome.error) {
          failures.push_back({result->line, outcome.plan_id, *outcome.error});
          continue;
        }
        arrow_->append(outcome.document);  // the core's rows: tidy, so never refused
      }
    }
    if (ended) close();
    if (ended && lines == 0 && arrow_->rows() == 0) return py::none();
    py::list failed;
    for (const Failure& failure : failures) {
      failed.append(py::make_tuple(failure.line, plan_id_object(failure.plan_id), exception_object(failure.error)));
    }
    return py::make_tuple(arrow_->finish(), lines, failed);
  }

  // Stops reading and waits for the lines being worked on (without the GIL,
  // so that other Python threads run meanwhile); idempotent.
  void close() {
    if (!pipeline_) return;
    py::gil_scoped_release release;
    pipeline_.reset();
  }

 private:
  // On a worker thread, without the GIL.
  Outcome work(const jsonl::Line& line) {
    Outcome outcome;
    jsonl::PlanLabels labels = jsonl::peek_plan_labels(line.text);
    outcome.plan_id = std::move(labels.id);
    try {
      if (operation_ == Operation::parse) {
        outcome.plan = plan_from_text(line.text, limits_);
        return outcome;
      }
      if (!labels.profile && !engines_.fixed()) {
        (void)parse_json(line.text, limits_);  // text that is not JSON: say what is wrong with it
        throw Error(ErrorCode::schema, jsonl::kNoRegionMessage, "/profile");
      }
      const std::optional<Engine> engine = engines_.known(labels.profile.value_or(""));
      if (!engine) {
        outcome.unknown_region = Outcome::UnknownRegion{std::move(*labels.profile), std::string(line.text)};
        return outcome;
      }
      run(*engine, engine->parse_plan(line.text), outcome);
    } catch (const Error& error) {
      outcome.error = error;
    }
    return outcome;
  }

  // A line whose region no worker knew: the engine asked from Python, then the
  // work done here without the GIL. Under the GIL.
  void finish_here(Outcome& outcome) {
    const Outcome::UnknownRegion line = std::move(*outcome.unknown_region);
    outcome.unknown_region.reset();
    try {
      const Engine engine = engines_.ask(line.profile);
      without_gil([&] { run(engine, engine.parse_plan(line.text), outcome); });
    } catch (const Error& error) {
      outcome.error = error;
    }
  }

  // The operation on one parsed plan. Throws Error for the line's failure.
  void run(const Engine& engine, const Plan& plan, Outcome& outcome) const {
    switch (operation_) {
      case Operation::validate: outcome.problems = engine.validate(plan); break;
      case Operation::replay: outcome.plan = workflow::replay(engine, plan); break;
      case Operation::decide: outcome.document = json_api::decide_batch(engine, plan, requests_); break;
      case Operation::records: outcome.document = json_api::records(engine, plan, passes_.record_kinds.front()); break;
      case Operation::bulk: run_passes(engine, plan, outcome); break;
      case Operation::parse: break;
    }
  }

  static Passes passes_named(const std::vector<std::string>& names) {
    Passes passes;
    for (const std::string& name : names) {
      if (name == "validate") {
        passes.validate = true;
      } else if (name == "replay") {
        passes.replay = true;
      } else if (name == "verify") {
        passes.verify = true;
      } else if (name.rfind("records:", 0) == 0) {
        passes.record_kinds.push_back(name.substr(8));
      } else {
        throw Error(ErrorCode::invalid_argument, "unknown pass '" + name + "'");
      }
    }
    if (!passes.validate && !passes.replay && !passes.verify && passes.record_kinds.empty()) {
      throw Error(ErrorCode::invalid_argument, "give at least one pass: validate, replay, verify or records");
    }
    return passes;
  }

  // Every pass on the one parsed plan; a pass that fails is recorded and the others still run.
  void run_passes(const Engine& engine, const Plan& plan, Outcome& outcome) const {
    if (passes_.validate) {
      try {
        outcome.problems = engine.validate(plan);
      } catch (const Error& error) {
        outcome.pass_errors.emplace_back("validate", error);
      }
    }
    if (!passes_.record_kinds.empty()) {
      try {
        Json rows = Json::object();
        for (const std::string& kind : passes_.record_kinds) rows[kind] = json_api::records(engine, plan, kind);
        outcome.document = std::move(rows);
      } catch (const Error& error) {
        outcome.pass_errors.emplace_back("records", error);
      }
    }
    if (passes_.replay || passes_.verify) {
      try {
        Plan rebuilt = workflow::replay(engine, plan);
        if (passes_.verify) outcome.verified = plan_to_canonical(rebuilt) == plan_to_canonical(plan);
        if (passes_.replay) outcome.plan = std::move(rebuilt);
      } catch (const Error& error) {
        outcome.pass_errors.emplace_back("replay", error);
      }
    }
  }

  py::object value_of(Outcome& outcome) const {
    switch (operation_) {
      case Operation::parse:
      case Operation::replay: return py::cast(new_plan(std::move(*outcome.plan)));
      case Operation::validate: return problems_to_python(*outcome.problems);
      case Operation::decide: return to_python(outcome.document);
      case Operation::records: return rows_to_python({outcome.document}, passes_.record_kinds.front());
      case Operation::bulk: return bulk_value(outcome);
    }
    return py::none();
  }

  // (problems or None, rebuilt plan or None, verified or None, {kind: rows}, {pass: error})
  py::object bulk_value(Outcome& outcome) const {
    const py::object problems = outcome.problems ? py::object(problems_to_python(*outcome.problems)) : py::none();
    const py::object rebuilt = outcome.plan ? py::cast(new_plan(std::move(*outcome.plan))) : py::none();
    const py::object verified = outcome.verified ? py::object(py::bool_(*outcome.verified)) : py::none();
    py::dict records;
    if (outcome.document.is_object()) {
      for (const std::string& kind : passes_.record_kinds) {
        records[py::str(kind)] = rows_to_python({outcome.document.at(kind)}, kind);
      }
    }
    py::dict errors;
    for (const auto& [pass, error] : outcome.pass_errors) errors[py::str(pass)] = exception_object(error);
    return py::make_tuple(problems, rebuilt, verified, records, errors);
  }

  const Operation operation_;
  const JsonLimits limits_;
  EngineChoice engines_;
  Passes passes_;
  Json requests_;
  std::ifstream input_;
  std::optional<jsonl::LineReader> reader_;
  std::optional<RecordArrowBuilder> arrow_;  // next_arrow's columns
  std::optional<Error> read_error_;          // next_arrow's: raised after the rows before it
  // Last: stopped (its threads joined) before what they use goes.
  std::optional<jsonl::OrderedPipeline<Outcome>> pipeline_;
};

}  // namespace

void bind_jsonl(py::module_& module) {
  py::class_<JsonlStream>(module, "JsonlStream",
                          "The lines of a JSONL file of plans worked on by C++ threads, in file order "
                          "(perspectief.jsonl drives it).")
      .def(py::init<const std::string&, const std::string&, py::handle, const std::vector<std::string>&, py::handle,
                    std::size_t, std::size_t, std::size_t>(),
           py::arg("path"), py::arg("operation"), py::arg("engine"), py::arg("passes"), py::arg("requests"),
           py::arg("workers"), py::arg("max_depth"), py::arg("max_bytes"))
      .def("next", &JsonlStream::next)
      .def("next_arrow", &JsonlStream::next_arrow, py::arg("batch_rows"), py::arg("stop_at_failure"))
      .def("close", &JsonlStream::close);
}

}  // namespace perspectief::python
