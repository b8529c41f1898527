// perspectief report: the verblijf report over many plans (docs/analysis.md).
//
// Plans come from files: one plan document per file, or JSONL (one plan per
// line) for a file named *.jsonl or with --jsonl; "-" (or no file) is standard
// input. Every plan is parsed with one engine: --profile, or the first plan's own.
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "jsonl_mode.hpp"
#include "perspectief_jsonl/line_reader.hpp"
#include "perspectief_jsonl/ordered_pipeline.hpp"
#include "output.hpp"
#include "session.hpp"

namespace cli {
namespace {

// One plan's text and where it came from, for messages: "plans.jsonl line 3".
struct PlanText {
  std::string text;
  std::string origin;
};

std::vector<PlanText> read_plans(const std::vector<std::string>& sources, bool jsonl) {
  std::vector<PlanText> plans;
  for (const std::string& source : sources) {
    const std::string name = source == "-" ? "standard input" : source;
    if (!jsonl && !is_jsonl_file(source)) {
      plans.push_back(PlanText{read_source(source), name});
      continue;
    }
    // The lines as every JSONL command reads them (blank lines skipped but counted, CRLF).
    InputStream input(source);
    perspectief::jsonl::LineReader reader(input.stream(), line_limit());
    try {
      while (auto line = reader.next()) {
        const std::string origin = name + " line " + std::to_string(line->number);
        if (line->too_long) {
          throw LibraryError(PP_ERR_LIMIT_EXCEEDED,
                             origin + ": " + perspectief::jsonl::too_long_error(*line, reader.max_bytes()).message, "",
                             Json::object());
        }
        plans.push_back(PlanText{std::move(line->text), origin});
      }
    } catch (const perspectief::jsonl::ReadError& error) {
      throw InputError(std::string(error.what()) + " (" + input.name() + ")");
    }
  }
  return plans;
}

// The library's error with the plan's origin in front, so that "/3/id" in a
// run over four files says which file that was.
[[noreturn]] void rethrow_for(const LibraryError& error, const std::string& origin) {
  throw LibraryError(error.status(), origin + ": " + error.what(), error.pointer(), error.detail());
}

// The plan a report error points into ("/3/children/..." -> 3), if any.
std::optional<std::size_t> plan_index(const std::string& pointer) {
  if (pointer.size() < 2 || pointer[0] != '/') return std::nullopt;
  const std::size_t end = pointer.find('/', 1);
  const std::string first = pointer.substr(1, end == std::string::npos ? std::string::npos : end - 1);
  if (first.empty() || first.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoul(first);
}

}  // namespace

int command_report(const Words& words) {
  const Arguments arguments(words, with(kEngineOptions, {"--min-count", "--from", "--to"}), {"--pretty", "--jsonl"});
  std::vector<std::string> sources = arguments.positional();
  if (sources.empty()) sources.push_back("-");
  const std::vector<PlanText> texts = read_plans(sources, arguments.flag("--jsonl"));

  Json options = Json::object();
  if (const auto min_count = arguments.option("--min-count")) {
    if (min_count->empty() || min_count->size() > 9 || min_count->find_first_not_of("0123456789") != std::string::npos) {
      throw UsageError("--min-count must be a whole number of at least 1, not '" + *min_count + "'");
    }
    options["min_count"] = std::stoul(*min_count);
  }
  if (const auto from = arguments.option("--from")) options["from"] = *from;
  if (const auto to = arguments.option("--to")) options["to"] = *to;

  std::optional<Json> first_plan;
  if (!texts.empty()) {
    Json document = Json::parse(texts.front().text, nullptr, /*allow_exceptions=*/false);
    if (!document.is_discarded()) first_plan = std::move(document);
  }
  const Engine engine = open_engine(arguments, first_plan);

  std::vector<Plan> plans;
  plans.reserve(texts.size());
  for (const PlanText& text : texts) {
    try {
      plans.push_back(Plan::parse(engine, text.text));
    } catch (const LibraryError& error) {
      rethrow_for(error, text.origin);
    }
  }
  std::vector<const pp_plan*> handles;
  handles.reserve(plans.size());
  for (const Plan& plan : plans) handles.push_back(plan.get());
  const std::string options_text = options.dump();
  try {
    print_json(string_result([&](char** out) {
                 return pp_analysis_verblijf_report(engine.get(), handles.data(), handles.size(),
                                                    options_text.c_str(), out);
               }),
               arguments.flag("--pretty"));
  } catch (const LibraryError& error) {
    const auto index = plan_index(error.pointer());
    if (index && *index < texts.size()) rethrow_for(error, texts[*index].origin);
    throw;
  }
  return kExitOk;
}

}  // namespace cli
