// Retention and destruction (Jeugdwet 7.3.8 and 7.3.9; docs/store.md, "Retention").
//
// 7.3.8: the dossier is kept for 20 years (StoreOptions::retention_years), or longer
// when good care requires it; the store counts from the plan's last event, the moment
// the dossier was last added to. 7.3.9: the jeugdige or parent may ask for destruction;
// the law names exceptions, which the host judges and passes as "exception", and then
// nothing is destroyed and the refusal is logged.
//
// Destruction empties the content of every history row and drops the current document,
// but keeps every row's hashes: the chain still verifies (content_missing is accepted
// for a destroyed plan), and the log keeps a record of who asked, when and on what basis.
#include <algorithm>
#include <chrono>

#include "perspectief/store.hpp"
#include "perspectief/time.hpp"
#include "store/chain.hpp"
#include "store/input.hpp"
#include "store/plans.hpp"

namespace perspectief::store {
namespace {

using std::chrono::year_month_day;

// The exceptions of Jeugdwet 7.3.9 the host can name (docs/store.md).
constexpr std::string_view kExceptions[] = {"aanmerkelijk_belang_ander", "wettelijke_bewaarplicht",
                                             "jeugdbescherming_jeugdreclassering"};

year_month_day local_date(std::string_view moment) {
  auto parsed = parse_moment(moment);
  if (!parsed) throw Error(ErrorCode::internal, "store: stored moment '" + std::string(moment) + "' is not RFC 3339");
  return parsed->local_date();
}

// The first day on which the plan may be destroyed because its retention has passed.
year_month_day retain_until(std::string_view last_at, int years) {
  const year_month_day last = local_date(last_at);
  year_month_day until{last.year() + std::chrono::years(years), last.month(), last.day()};
  // 29 February of a year that has none: the retention ends with 28 February, so the
  // first day after it is 1 March.
  if (!until.ok()) until = year_month_day{until.year(), std::chrono::March, std::chrono::day{1}};
  return until;
}

std::string iso(year_month_day date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

}  // namespace

Json Store::retention(std::string_view at, bool due_only) {
  require_moment_argument(at, "at");
  const year_month_day today = local_date(at);
  Json result = Json::array();
  backend_->transaction([&] {
    for (const std::string& id : backend_->plan_ids()) {
      const auto record = backend_->plan(id);
      if (!record || record->destroyed_at) continue;
      const year_month_day until = retain_until(record->last_at, options_.retention_years);
      const bool due = today >= until;
      if (due_only && !due) continue;
      result.push_back({{"plan", id}, {"last_at", record->last_at}, {"retain_until", iso(until)}, {"due", due}});
    }
  });
  return result;
}

Json Store::destroy(std::string_view plan_id, const Json& request) {
  constexpr std::string_view what = "destruction request";
  require_object(request, what);
  const auto requested_by = request.find("requested_by");
  if (requested_by == request.end() || text_member(*requested_by, "person").empty()) {
    throw Error(ErrorCode::schema, "destruction request: requested_by.person is missing (R-LOG: a natural person)",
                "/requested_by/person", {}, {"R-LOG"});
  }
  const std::string at = required_moment(request, "at", what);
  const std::string basis = required_text(request, "basis", what);
  if (basis != "verzoek" && basis != "bewaartermijn") {
    throw Error(ErrorCode::schema,
                "destruction request: basis '" + basis + "' is neither \"verzoek\" (Jeugdwet 7.3.9) nor "
                "\"bewaartermijn\" (7.3.8)", "/basis");
  }
  const std::optional<std::string> exception = optional_text(request, "exception", what);
  if (exception && std::find(std::begin(kExceptions), std::end(kExceptions), *exception) == std::end(kExceptions)) {
    throw Error(ErrorCode::schema,
                "destruction request: exception '" + *exception + "' is not one of aanmerkelijk_belang_ander, "
                "wettelijke_bewaarplicht, jeugdbescherming_jeugdreclassering", "/exception");
  }
  const std::optional<std::string> reason = optional_text(request, "reason", what);

  Json record;
  backend_->transaction([&] {
    PlanRecord plan = live_record(*backend_, plan_id);
    const year_month_day until = retain_until(plan.last_at, options_.retention_years);
    if (basis == "bewaartermijn" && local_date(at) < until) {
      throw Error(ErrorCode::state, "store: the retention of plan '" + std::string(plan_id) + "' runs until " +
                                        iso(until) + " (Jeugdwet 7.3.8); it cannot be destroyed on that basis yet",
                  "/at");
    }
    record = {{"requested_by", *requested_by}, {"at", at}, {"basis", basis}, {"plan", plan_id}};
    if (reason) record["reason"] = *reason;
    if (exception) {
      record["exception"] = *exception;
      const ChainRow row = next_row(Chain::log, backend_->last_row(Chain::log, plan_id), plan_id,
                                    "destruction_refused", at, std::nullopt, canonical_json(record));
      backend_->append_row(Chain::log, row);
      return;
    }
    const auto history = backend_->rows(Chain::history, plan_id);
    record["history_rows"] = history.size();
    record["history_head"] = history.empty() ? kGenesisHash : history.back().row_hash;
    backend_->erase_content(Chain::history, plan_id);
    plan.document.reset();
    plan.destroyed_at = at;
    backend_->put_plan(plan);
    const ChainRow row = next_row(Chain::log, backend_->last_row(Chain::log, plan_id), plan_id, "destruction", at,
                                  std::nullopt, canonical_json(record));
    backend_->append_row(Chain::log, row);
  });
  return record;
}

}  // namespace perspectief::store
