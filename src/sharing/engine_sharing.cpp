// Engine's sharing operations (first compiling version; full rules follow).
#include <memory>

#include "engine_state.hpp"
#include "sharing/compiled_policy.hpp"

namespace perspectief {

namespace sharing {
std::shared_ptr<const CompiledPolicy> compile(const Engine::State& /*state*/) {
  return std::make_shared<const CompiledPolicy>();
}
}  // namespace sharing

Json Engine::decide(const Plan& /*plan*/, const Json& /*request*/) const {
  return Json{{"decision", "deny"}, {"rules", Json::array({"R-DEFAULT-DENY"})}, {"obligations", Json::array()},
              {"explanation_nl", "Geen regel staat dit toe."}, {"explanation_en", "No rule allows this."},
              {"parts", Json::array()}};
}

Json Engine::decide_batch(const Plan& plan, const Json& requests) const {
  Json out = Json::array();
  if (requests.is_array()) {
    for (const auto& r : requests) out.push_back(decide(plan, r));
  }
  return out;
}

Json Engine::view(const Plan& plan, const Json& request) const {
  return Json{{"view", Json::object()}, {"decision", decide(plan, request)}, {"disclosure", nullptr}};
}

}  // namespace perspectief
