// The sharing operations on JSON documents (json_api.hpp): read the request,
// call the typed operation of sharing.hpp, write the answer (docs/sharing.md).
#include "perspectief/json_api.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "sharing/decider/request_checks.hpp"
#include "sharing/release/sharing_json.hpp"
#include "sharing/release/view_text.hpp"

namespace perspectief::json_api {

Json decide(const Engine& engine, const Plan& plan, const Json& request) {
  return sharing::to_json(sharing::decide(engine, plan, sharing::request_from_json(request)));
}

Json decide_batch(const Engine& engine, const Plan& plan, const Json& requests) {
  if (!requests.is_array()) {
    throw Error(ErrorCode::schema, "decide_batch expects an array of requests", "",
                {Problem{"PP-S-TYPE", "", "verwacht een lijst van verzoeken", "expected an array of requests", ""}});
  }
  // Every request is read before any is decided, so that a batch reports all its
  // structural problems at once, each under "/i".
  std::vector<Problem> problems;
  std::vector<sharing::Request> typed;
  typed.reserve(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) typed.push_back(sharing::read_request(requests[i], problems, i));
  sharing::throw_request_problems(std::move(problems));
  Json out = Json::array();
  for (const auto& decision : sharing::decide_batch(engine, plan, typed)) out.push_back(sharing::to_json(decision));
  return out;
}

Json view(const Engine& engine, const Plan& plan, const Json& request) {
  return sharing::to_json(sharing::view(engine, plan, sharing::request_from_json(request)));
}

Json decide(const sharing::PreparedPlan& plan, const Json& request) {
  return sharing::to_json(sharing::decide(plan, sharing::request_from_json(request)));
}

Json view(const sharing::PreparedPlan& plan, const Json& request) {
  return sharing::to_json(sharing::view(plan, sharing::request_from_json(request)));
}

std::string view_text(const Engine& engine, const Plan& plan, const Json& request) {
  return sharing::view_text(engine, plan, sharing::request_from_json(request));
}

std::string view_text(const sharing::PreparedPlan& plan, const Json& request) {
  return sharing::view_text(plan, sharing::request_from_json(request));
}

}  // namespace perspectief::json_api
