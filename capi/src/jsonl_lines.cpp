#include "jsonl_lines.hpp"

#include <exception>
#include <new>
#include <utility>

#include "perspectief/json_api.hpp"
#include "perspectief/model.hpp"
#include "perspectief/workflow.hpp"
#include "perspectief_jsonl/plan_labels.hpp"

namespace perspectief::capi {
namespace {

// A document as one output line. Text from an input line that is not UTF-8 (a
// plan id peeked from a line the library refused) becomes U+FFFD instead of
// stopping the stream.
std::string json_line(const Json& document) { return document.dump(-1, ' ', false, Json::error_handler_t::replace); }

// {code,name,message,pointer,problems?,rules?}: the detail of pp_last_error_detail
// without its empty lists.
Json error_document(const Error& error) {
  Json document = {{"code", static_cast<int>(error.code())},
                   {"name", std::string(error_code_name(error.code()))},
                   {"message", error.what()},
                   {"pointer", error.pointer()}};
  if (!error.problems().empty()) document["problems"] = json_api::problems_json(error.problems());
  if (!error.rules().empty()) document["rules"] = error.rules();
  return document;
}

// What the C ABI makes of anything else a line's work throws (boundary.hpp).
Error error_of(const std::exception_ptr& failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& error) {
    return error;
  } catch (const std::bad_alloc&) {
    return Error(ErrorCode::out_of_memory, "out of memory");
  } catch (const std::exception& unexpected) {
    return Error(ErrorCode::internal, std::string("internal error (please report it): ") + unexpected.what());
  } catch (...) {
    return Error(ErrorCode::internal, "internal error (please report it): unknown exception");
  }
}

}  // namespace

JsonlLines::JsonlLines(std::optional<Engine> engine, JsonlOptions options)
    : options_(std::move(options)), fixed_(std::move(engine)), limits_(fixed_ ? fixed_->limits() : JsonLimits{}) {}

std::string JsonlLines::error_line(std::size_t number, const std::optional<std::string>& plan_id, const Error& error) {
  Json out = {{"line", number}, {"error", error_document(error)}};
  if (plan_id) out["plan"] = *plan_id;
  return json_line(out);
}

const Engine& JsonlLines::engine_for(std::string_view text, const std::optional<std::string>& profile) {
  if (fixed_) return *fixed_;
  if (!profile) {
    (void)parse_json(text, limits_);  // text that is not JSON: say what is wrong with it
    throw Error(ErrorCode::schema, jsonl::kNoRegionMessage, "/profile");
  }
  std::lock_guard lock(mutex_);
  auto found = by_profile_.find(*profile);
  if (found == by_profile_.end()) {
    Loaded loaded;
    try {
      loaded.engine = Engine::load_builtin(*profile, options_.settings ? &*options_.settings : nullptr);
    } catch (const Error& error) {
      loaded.failure = error;
    }
    found = by_profile_.emplace(*profile, std::move(loaded)).first;
  }
  if (found->second.failure) throw *found->second.failure;
  return *found->second.engine;
}

std::vector<std::string> JsonlLines::lines(std::size_t number, std::string_view text) {
  const jsonl::PlanLabels labels = jsonl::peek_plan_labels(text);
  try {
    if (options_.operation == JsonlOperation::parse) {
      const Plan plan = plan_from_text(text, limits_);
      std::string out = "{\"line\":" + std::to_string(number) + ",\"parsed\":" + plan_to_canonical(plan);
      if (labels.id) out += ",\"plan\":" + json_line(*labels.id);
      return {out + "}"};
    }
    const Engine& engine = engine_for(text, labels.profile);
    const Plan plan = engine.parse_plan(text);
    return run(engine, plan, number, labels.id);
  } catch (...) {
    return {error_line(number, labels.id, error_of(std::current_exception()))};
  }
}

std::vector<std::string> JsonlLines::run(const Engine& engine, const Plan& plan, std::size_t number,
                                         const std::optional<std::string>& plan_id) const {
  // {"line":N,"plan":ID}: a document for members that sort anywhere, and as the
  // start of a line (no closing brace) for members that sort after "plan".
  Json labels = {{"line", number}};
  if (plan_id) labels["plan"] = *plan_id;
  std::string head = json_line(labels);
  head.pop_back();
  switch (options_.operation) {
    case JsonlOperation::validate:
      return {head + ",\"problems\":" + canonical_json(json_api::problems_json(engine.validate(plan))) + "}"};
    case JsonlOperation::replay: {
      const std::string rebuilt = plan_to_canonical(workflow::replay(engine, plan));
      if (!options_.verify) return {head + ",\"replayed\":" + rebuilt + "}"};
      const bool same = rebuilt == plan_to_canonical(plan);
      return {head + ",\"replayed\":" + rebuilt + ",\"verified\":" + (same ? "true" : "false") + "}"};
    }
    case JsonlOperation::decide: {
      std::vector<std::string> out;
      std::size_t index = 0;
      for (Json& decision : json_api::decide_batch(engine, plan, options_.requests)) {
        Json line = labels;
        line["request"] = index++;
        line["decision"] = std::move(decision);
        out.push_back(json_line(line));
      }
      return out;
    }
    case JsonlOperation::records: {
      // Each row on its own line, ready for a table (pandas.read_json(lines=True)).
      std::vector<std::string> out;
      for (Json& row : json_api::records(engine, plan, options_.record_kinds.front())) {
        row["line"] = number;
        out.push_back(json_line(row));
      }
      return out;
    }
    case JsonlOperation::bulk: return {bulk_line(engine, plan, head)};
    case JsonlOperation::parse: break;
  }
  return {};
}

// Every pass on the one parsed plan, the members written in canonical (sorted)
// order with each pass's text spliced in: errors, line, plan, problems, records,
// replayed, verified.
std::string JsonlLines::bulk_line(const Engine& engine, const Plan& plan, const std::string& head) const {
  Json errors = Json::object();
  const auto failed = [&errors](const char* pass) { errors[pass] = error_document(error_of(std::current_exception())); };
  std::string problems;
  if (options_.validate) {
    try {
      problems = canonical_json(json_api::problems_json(engine.validate(plan)));
    } catch (...) {
      failed("validate");
    }
  }
  std::string records;
  if (!options_.record_kinds.empty()) {
    try {
      for (const std::string& kind : options_.record_kinds) {
        records += records.empty() ? '{' : ',';
        records += json_line(kind);
        records += ':';
        records += canonical_json(json_api::records(engine, plan, kind));
      }
      records += "}";
    } catch (...) {
      records.clear();
      failed("records");
    }
  }
  std::optional<std::string> rebuilt;
  if (options_.replay || options_.verify) {
    try {
      rebuilt = plan_to_canonical(workflow::replay(engine, plan));
    } catch (...) {
      failed("replay");
    }
  }
  std::string text = "{";
  if (!errors.empty()) text += "\"errors\":" + json_line(errors) + ",";
  text += head.substr(1);
  if (!problems.empty()) text += ",\"problems\":" + problems;
  if (!records.empty()) text += ",\"records\":" + records;
  if (options_.replay && rebuilt) text += ",\"replayed\":" + *rebuilt;
  if (options_.verify && rebuilt) text += std::string(",\"verified\":") + (*rebuilt == plan_to_canonical(plan) ? "true" : "false");
  return text + "}";
}

}  // namespace perspectief::capi
