// Analysis over many plans: the verblijf report.
#include <string>
#include <vector>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/json_api.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

extern "C" {

pp_status pp_analysis_verblijf_report(const pp_engine* engine, const pp_plan* const* plans, size_t plan_count,
                                      const char* options_json, char** out_report_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_report_json, "out_report_json");
    const Engine& loaded = call.engine(engine, "engine");
    if (plans == nullptr && plan_count > 0) throw call.invalid_argument("plans", "is NULL but plan_count is not 0");
    std::vector<const Plan*> counted;
    counted.reserve(plan_count);
    for (size_t i = 0; i < plan_count; ++i) {
      const std::string parameter = "plans[" + std::to_string(i) + "]";
      counted.push_back(&call.plan(plans[i], parameter.c_str()));
    }
    const Json options = options_json == nullptr ? Json(nullptr) : call.json(options_json, "options_json", loaded.limits());
    *out_report_json = capi::to_c_string(canonical_json(json_api::verblijf_report(loaded, counted, options)));
  });
}

}  // extern "C"
