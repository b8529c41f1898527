#include "jsonl_options.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <utility>

#include "perspectief/analysis.hpp"
#include "perspectief/error.hpp"

namespace perspectief::capi {
namespace {

constexpr std::array<std::pair<std::string_view, JsonlOperation>, 6> kOperations = {{
    {"parse", JsonlOperation::parse},
    {"validate", JsonlOperation::validate},
    {"replay", JsonlOperation::replay},
    {"decide", JsonlOperation::decide},
    {"records", JsonlOperation::records},
    {"bulk", JsonlOperation::bulk},
}};

Error bad(const std::string& member, const std::string& problem) {
  return Error(ErrorCode::invalid_argument, "options_json: \"" + member + "\" " + problem, "/" + member);
}

// The members each operation takes besides "operation", "workers" and "settings".
std::set<std::string> members_of(JsonlOperation operation) {
  switch (operation) {
    case JsonlOperation::parse:
    case JsonlOperation::validate: return {};
    case JsonlOperation::replay: return {"verify"};
    case JsonlOperation::decide: return {"requests"};
    case JsonlOperation::records: return {"kind"};
    case JsonlOperation::bulk: return {"validate", "replay", "verify", "records"};
  }
  return {};
}

bool flag(const Json& options, const std::string& member) {
  if (!options.contains(member)) return false;
  if (!options[member].is_boolean()) throw bad(member, "must be true or false");
  return options[member].get<bool>();
}

// A record kind the library knows; an unknown one is the options' mistake.
std::string record_kind(const Json& value, const std::string& member) {
  if (!value.is_string()) throw bad(member, "must be a record kind (a string)");
  const std::string kind = value.get<std::string>();
  if (std::find(analysis::kRecordKinds.begin(), analysis::kRecordKinds.end(), kind) == analysis::kRecordKinds.end()) {
    throw bad(member, "names an unknown record kind '" + kind + "'");
  }
  return kind;
}

}  // namespace

JsonlOptions read_jsonl_options(const Json& options) {
  if (!options.is_object()) {
    throw Error(ErrorCode::invalid_argument, "options_json: must be an object with at least \"operation\"");
  }
  if (!options.contains("operation") || !options["operation"].is_string()) {
    throw bad("operation", "must be one of parse, validate, replay, decide, records, bulk");
  }
  JsonlOptions read;
  const std::string name = options["operation"].get<std::string>();
  const auto* found = std::find_if(kOperations.begin(), kOperations.end(), [&](const auto& o) { return o.first == name; });
  if (found == kOperations.end()) throw bad("operation", "must be one of parse, validate, replay, decide, records, bulk, not '" + name + "'");
  read.operation = found->second;

  const std::set<std::string> own = members_of(read.operation);
  for (const auto& [member, value] : options.items()) {
    if (member == "operation" || member == "workers" || member == "settings" || own.count(member) != 0) continue;
    throw bad(member, "is not an option of " + name);
  }
  if (options.contains("workers")) {
    const Json& workers = options["workers"];
    if (!workers.is_number_unsigned() || workers.get<std::uint64_t>() < 1 ||
        workers.get<std::uint64_t>() > kMostJsonlWorkers) {
      throw bad("workers", "must be a whole number from 1 to " + std::to_string(kMostJsonlWorkers));
    }
    read.workers = static_cast<std::size_t>(workers.get<std::uint64_t>());
  }
  if (options.contains("settings")) {
    if (!options["settings"].is_object()) throw bad("settings", "must be a municipal settings document (an object)");
    read.settings = options["settings"];
  }
  read.verify = flag(options, "verify");
  read.validate = flag(options, "validate");
  read.replay = flag(options, "replay");
  switch (read.operation) {
    case JsonlOperation::decide:
      if (!options.contains("requests") || !options["requests"].is_array()) {
        throw bad("requests", "must be an array of sharing requests");
      }
      read.requests = options["requests"];
      break;
    case JsonlOperation::records:
      if (!options.contains("kind")) throw bad("kind", "is missing: records needs a record kind");
      read.record_kinds.push_back(record_kind(options["kind"], "kind"));
      break;
    case JsonlOperation::bulk:
      if (options.contains("records")) {
        const Json& kinds = options["records"];
        if (!kinds.is_array()) throw bad("records", "must be an array of record kinds");
        for (std::size_t i = 0; i < kinds.size(); ++i) {
          const std::string kind = record_kind(kinds[i], "records/" + std::to_string(i));
          if (std::find(read.record_kinds.begin(), read.record_kinds.end(), kind) == read.record_kinds.end()) {
            read.record_kinds.push_back(kind);
          }
        }
      }
      if (!read.validate && !read.replay && !read.verify && read.record_kinds.empty()) {
        throw Error(ErrorCode::invalid_argument,
                    "options_json: bulk needs at least one pass: \"validate\", \"replay\", \"verify\" or \"records\"");
      }
      break;
    default: break;
  }
  return read;
}

}  // namespace perspectief::capi
