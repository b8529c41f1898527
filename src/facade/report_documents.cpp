// The facade's reports (json_api.hpp): options from JSON, the typed report,
// the report document.
#include "perspectief/json_api.hpp"
#include "perspectief/verblijf_report.hpp"

namespace perspectief::json_api {

Json verblijf_report(const Engine& engine, std::span<const Plan* const> plans, const Json& options) {
  return analysis::to_json(analysis::verblijf_report(engine, plans, analysis::verblijf_report_options_from_json(options)));
}

}  // namespace perspectief::json_api
