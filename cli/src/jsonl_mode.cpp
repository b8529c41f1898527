#include "jsonl_mode.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "exit_codes.hpp"
#include "input.hpp"
#include "output.hpp"
#include "perspectief_jsonl/ordered_pipeline.hpp"
#include "plan_peek.hpp"
#include "session.hpp"

namespace cli {

const std::set<std::string> kJsonlOptions = {"--jobs"};
const std::set<std::string> kJsonlFlags = {"--jsonl"};

namespace {

namespace jsonl = perspectief::jsonl;

constexpr std::size_t kMostJobs = 256;

std::size_t jobs(const Arguments& arguments) {
  const auto value = arguments.option("--jobs");
  if (!value) return std::max(1u, std::thread::hardware_concurrency());
  if (value->empty() || value->size() > 3 || value->find_first_not_of("0123456789") != std::string::npos ||
      std::stoul(*value) == 0 || std::stoul(*value) > kMostJobs) {
    throw UsageError("--jobs must be a whole number from 1 to " + std::to_string(kMostJobs) + ", not '" + *value + "'");
  }
  return std::stoul(*value);
}

// The engine for each line: the one --profile / --profile-file names, or else one
// per region the plans name, made when a plan first names it and shared by all
// threads (an engine is immutable). A region that cannot be loaded is remembered
// too, so that every plan naming it gets the same error without a new attempt.
class Engines {
 public:
  explicit Engines(const Arguments& arguments) : arguments_(arguments) {
    if (arguments.option("--profile") || arguments.option("--profile-file")) fixed_.emplace(open_engine(arguments));
  }

  // Throws LibraryError when the plan's region is unknown or names none.
  const Engine& for_plan(const std::string& text, const std::optional<std::string>& profile) {
    if (fixed_) return *fixed_;
    if (!profile) {
      canonical(text);  // text that is not JSON: the library says what is wrong with it
      throw LibraryError(PP_ERR_SCHEMA, "the plan names no region (\"profile\"); give --profile ID", "/profile",
                         Json::object());
    }
    std::lock_guard lock(mutex_);
    auto found = by_profile_.find(*profile);
    if (found == by_profile_.end()) {
      Loaded loaded;
      try {
        loaded.engine = std::make_unique<Engine>(open_engine(arguments_, Json{{"profile", *profile}}));
      } catch (const LibraryError& error) {
        loaded.failure = std::make_unique<LibraryError>(error);
      }
      found = by_profile_.emplace(*profile, std::move(loaded)).first;
    }
    if (found->second.failure) throw *found->second.failure;
    return *found->second.engine;
  }

 private:
  struct Loaded {
    std::unique_ptr<Engine> engine;
    std::unique_ptr<LibraryError> failure;
  };
  const Arguments& arguments_;
  std::optional<Engine> fixed_;
  std::mutex mutex_;
  std::map<std::string, Loaded> by_profile_;
};

// {"error":{code,name,message,pointer,problems?,rules?},"line":N,"plan":ID?} and
// the same on standard error, as the single-plan commands print an error.
LineOutput error_output(const std::string& command, std::size_t line, const std::optional<std::string>& plan_id,
                        const LibraryError& failure) {
  Json out = {{"line", line}, {"error", error_document(failure)}};
  if (plan_id) out["plan"] = *plan_id;
  return LineOutput{{json_line(out)}, exit_code_for(failure.status()),
                    describe_failure(command + ": line " + std::to_string(line), failure)};
}

}  // namespace

Json error_document(const LibraryError& failure) {
  Json error = {{"code", failure.status()},
                {"name", pp_status_name(failure.status())},
                {"message", in_cli_terms(failure.what())},
                {"pointer", failure.pointer()}};
  for (const char* list : {"problems", "rules"}) {
    if (failure.detail().contains(list) && !failure.detail()[list].empty()) error[list] = failure.detail()[list];
  }
  return error;
}

std::size_t line_limit() {
  pp_engine_options options;
  pp_engine_options_init(&options);
  return static_cast<std::size_t>(options.max_document_bytes);
}

std::string json_line(const Json& document) { return document.dump(-1, ' ', false, Json::error_handler_t::replace); }

bool is_jsonl_file(const std::string& source) {
  const std::string end = ".jsonl";
  return source.size() >= end.size() && source.compare(source.size() - end.size(), end.size(), end) == 0;
}

bool jsonl_mode(const Arguments& arguments) {
  return arguments.flag("--jsonl") || (!arguments.positional().empty() && is_jsonl_file(arguments.positional()[0]));
}

int run_jsonl(const std::string& command, const Arguments& arguments, const PlanLineWork& work) {
  arguments.at_most(1, "perspectief " + command + " --jsonl [FILE|-] [--jobs N]");
  // One JSON document a line is the format; indenting would break it.
  if (arguments.flag("--pretty")) throw UsageError("--pretty does not apply to JSONL output");
  const std::size_t workers = jobs(arguments);
  Engines engines(arguments);
  InputStream input(plan_source(arguments));
  jsonl::LineReader reader(input.stream(), line_limit());

  const auto run_line = [&](const jsonl::Line& line) -> std::variant<LineOutput, jsonl::LineError> {
    const PlanLabels labels = peek_plan_labels(line.text);
    try {
      const Engine& engine = engines.for_plan(line.text, labels.profile);
      const Plan plan = Plan::parse(engine, line.text);
      Json head = {{"line", line.number}};
      if (labels.id) head["plan"] = *labels.id;
      std::string text = json_line(head);
      text.pop_back();
      return work(PlanLine{engine, plan, line.number, std::move(text), std::move(head)});
    } catch (const LibraryError& failure) {
      return error_output(command, line.number, labels.id, failure);
    }
  };

  jsonl::OrderedPipeline<LineOutput> pipeline(reader, jsonl::PipelineOptions{workers, 0}, run_line);
  int worst = kExitOk;
  try {
    while (auto result = pipeline.next()) {
      LineOutput output;
      if (result->ok()) {
        output = std::move(result->value());
      } else {
        const jsonl::LineError& error = result->error();
        output = error_output(command, result->line, std::nullopt,
                              LibraryError(error.code, error.message, error.pointer, Json::object()));
      }
      for (const std::string& line : output.lines) std::cout << line << '\n';
      std::cerr << output.diagnostics;
      worst = std::max(worst, output.exit_code);
    }
  } catch (const jsonl::ReadError& error) {
    std::cout.flush();
    throw InputError(std::string(error.what()) + " (" + input.name() + ")");
  }
  std::cout.flush();
  return worst;
}

}  // namespace cli
