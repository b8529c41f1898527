// The facade's own documents (json_api.hpp): checked limits, values at a JSON
// pointer, problems, engine info and the list of built-in profiles. The C ABI and
// Python both answer with these, so each is written once, here.
#include <limits>
#include <string>

#include "perspectief/json_api.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::json_api {

JsonLimits checked_limits(std::uint64_t max_depth, std::uint64_t max_bytes, std::string_view max_bytes_name) {
  if (max_depth == 0 || max_depth > kMaxDepthCeiling) {
    throw Error(ErrorCode::invalid_argument, "max_depth " + std::to_string(max_depth) + " is outside 1.." +
                                                 std::to_string(kMaxDepthCeiling));
  }
  if (max_bytes == 0 || max_bytes > std::numeric_limits<std::size_t>::max()) {
    throw Error(ErrorCode::invalid_argument,
                std::string(max_bytes_name) + " " + std::to_string(max_bytes) + " is 0 or does not fit in this machine's size_t");
  }
  return JsonLimits{static_cast<std::size_t>(max_bytes), static_cast<std::size_t>(max_depth)};
}

const Json& value_at(const Json& document, std::string_view pointer) {
  const std::string text(pointer);
  Json::json_pointer location;
  try {
    location = Json::json_pointer(text);
  } catch (const Json::exception&) {
    throw Error(ErrorCode::invalid_argument, "'" + text +
                                                 "' is not a JSON pointer (RFC 6901): it must be empty or start with "
                                                 "'/', and '~' may only be followed by 0 or 1");
  }
  try {
    return document.at(location);
  } catch (const Json::exception&) {
    // out_of_range for a missing member or index, parse_error for an index
    // that is not a number: both mean "nothing is there".
    throw Error(ErrorCode::not_found, "nothing at '" + text + "' in the plan", text);
  }
}

Json problem_json(const Problem& problem) {
  return Json{{"code", problem.code},
              {"pointer", problem.pointer},
              {"message_nl", problem.message_nl},
              {"message_en", problem.message_en},
              {"rule", problem.rule},
              {"severity", severity_name(problem.severity)}};
}

Json problems_json(const std::vector<Problem>& problems) {
  Json out = Json::array();
  for (const Problem& problem : problems) out.push_back(problem_json(problem));
  return out;
}

Json engine_info(const Engine& engine) {
  Json choices = Json::object();
  for (const LocalChoiceDef& choice : engine.profile().local_choices) {
    choices[choice.key] = engine.local_choice(choice.key);
  }
  const auto& settings = engine.settings();
  return Json{{"profile", engine.profile().id},
              {"municipality", settings ? Json(settings->municipality) : Json(nullptr)},
              {"local_choices", std::move(choices)}};
}

Json profile_list() {
  Json list = Json::array();
  for (const ProfileInfo& info : builtin_profiles()) {
    list.push_back(
        Json{{"id", info.id}, {"name", {{"nl", info.name.nl}, {"en", info.name.en}}}, {"seeds", info.seeds}});
  }
  return list;
}

}  // namespace perspectief::json_api
