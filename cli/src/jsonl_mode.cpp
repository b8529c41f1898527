#include "jsonl_mode.hpp"

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>

#include "exit_codes.hpp"
#include "input.hpp"
#include "line_members.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {

const std::set<std::string> kJsonlOptions = {"--jobs"};
const std::set<std::string> kJsonlFlags = {"--jsonl"};

namespace {

std::size_t jobs(const Arguments& arguments) {
  // The library's most (pp_jsonl_open's "workers"), said here in the command line's terms.
  constexpr std::size_t kMostJobs = 256;
  const auto value = arguments.option("--jobs");
  if (!value) return std::max(1u, std::thread::hardware_concurrency());
  if (value->empty() || value->size() > 3 || value->find_first_not_of("0123456789") != std::string::npos ||
      std::stoul(*value) == 0 || std::stoul(*value) > kMostJobs) {
    throw UsageError("--jobs must be a whole number from 1 to " + std::to_string(kMostJobs) + ", not '" + *value + "'");
  }
  return std::stoul(*value);
}

LibraryError failure_of(const Json& error) {
  return LibraryError(error.at("code").get<pp_status>(), error.at("message").get<std::string>(),
                      error.at("pointer").get<std::string>(), error);
}

bool starts_with(const std::string& text, std::string_view start) { return text.rfind(start, 0) == 0; }
bool ends_with(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The exit code of one output line, and what it puts on standard error: a line's
// error or a failed bulk pass as the single-plan commands print an error; invalid
// problems, a denial and a history that does not rebuild the plan are "no" (1).
// Only the members that can say so are read (line_members.hpp), never a plan: the
// lines are canonical, so "error" and "errors" come first and "verified" last.
int judge(const std::string& command, const Json& options, const std::string& line, std::string& diagnostics) {
  int code = kExitOk;
  if (starts_with(line, "{\"error\":") || starts_with(line, "{\"errors\":")) {
    const Json outcome = Json::parse(std::string(member_text(line, "error").value_or(member_text(line, "errors").value_or("{}"))));
    const std::string where = command + ": line " + std::string(member_text(line, "line").value_or("0"));
    if (starts_with(line, "{\"error\":")) {
      const LibraryError failure = failure_of(outcome);
      diagnostics += describe_failure(where, failure);
      return exit_code_for(failure.status());
    }
    for (const auto& [pass, error] : outcome.items()) {
      const LibraryError failure = failure_of(error);
      diagnostics += describe_failure(where + ": " + pass, failure);
      code = std::max(code, exit_code_for(failure.status()));
    }
  }
  const std::string operation = options.at("operation").get<std::string>();
  if (operation == "validate" || options.value("validate", false)) {
    if (const auto problems = member_text(line, "problems"); problems && any_error(Json::parse(std::string(*problems)))) {
      code = std::max<int>(code, kExitRefused);
    }
  }
  if (options.value("verify", false) && ends_with(line, ",\"verified\":false}")) code = std::max<int>(code, kExitRefused);
  if (operation == "decide") {
    const auto decision = member_text(line, "decision");
    if (decision && Json::parse(std::string(*decision)).value("decision", "") != "allow") code = std::max<int>(code, kExitRefused);
  }
  return code;
}

}  // namespace

std::size_t line_limit() {
  pp_engine_options options;
  pp_engine_options_init(&options);
  return static_cast<std::size_t>(options.max_document_bytes);
}

bool is_jsonl_file(const std::string& source) {
  const std::string end = ".jsonl";
  return source.size() >= end.size() && source.compare(source.size() - end.size(), end.size(), end) == 0;
}

bool jsonl_mode(const Arguments& arguments) {
  return arguments.flag("--jsonl") || (!arguments.positional().empty() && is_jsonl_file(arguments.positional()[0]));
}

int run_jsonl(const std::string& command, const Arguments& arguments, Json options) {
  arguments.at_most(1, "perspectief " + command + " --jsonl [FILE|-] [--jobs N]");
  // One JSON document a line is the format; indenting would break it.
  if (arguments.flag("--pretty")) throw UsageError("--pretty does not apply to JSONL output");
  options["workers"] = jobs(arguments);
  // --profile / --profile-file: that engine for every line; else each plan's own region.
  std::optional<Engine> engine;
  if (arguments.option("--profile") || arguments.option("--profile-file")) {
    engine.emplace(open_engine(arguments));
  } else if (const auto settings = arguments.option("--settings")) {
    options["settings"] = parse_text(read_source(*settings));
  }
  const std::string source = plan_source(arguments);
  const std::string path = source == "-" ? "/dev/stdin" : source;
  const std::string options_text = options.dump();
  pp_jsonl_stream* opened = nullptr;
  check(pp_jsonl_open(engine ? engine->get() : nullptr, path.c_str(), options_text.c_str(), &opened));
  const std::unique_ptr<pp_jsonl_stream, decltype(&pp_jsonl_close)> stream(opened, &pp_jsonl_close);

  int worst = kExitOk;
  for (;;) {
    char* out = nullptr;
    const pp_status status = pp_jsonl_next(stream.get(), &out);
    const std::unique_ptr<char, decltype(&pp_string_free)> owned(out, &pp_string_free);
    check(status);
    if (!owned) break;  // after the last line
    const std::string line(owned.get());
    std::string diagnostics;
    worst = std::max(worst, judge(command, options, line, diagnostics));
    std::cout << line << '\n';
    std::cerr << diagnostics;
  }
  std::cout.flush();
  return worst;
}

}  // namespace cli
