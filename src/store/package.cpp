// The dossier package (docs/store.md, "Dossier package"): one plan with its current
// document, both chains row by row and their heads, as one canonical JSON file that
// verify_package checks anywhere, and import_plan brings into another store.
#include "perspectief/store.hpp"
#include "store/chain.hpp"
#include "store/dossier.hpp"
#include "store/input.hpp"
#include "store/plans.hpp"

namespace perspectief::store {
namespace {

constexpr const char* kPackageFormat = "perspectief/dossier@1";

Json rows_json(const std::vector<ChainRow>& rows) {
  Json out = Json::array();
  // Content travels parsed, so the package reads as one JSON document; its canonical
  // form is the stored bytes again. Content that is not JSON (tampered) travels as a string.
  for (const ChainRow& row : rows) {
    try {
      out.push_back(row_to_json(row, true));
    } catch (const Error&) {
      out.push_back(row_to_json(row, false));
    }
  }
  return out;
}

std::vector<ChainRow> rows_from(const Json& package, const char* name, const std::string& plan) {
  auto it = package.find(name);
  if (it == package.end() || !it->is_array()) {
    throw Error(ErrorCode::schema, std::string("dossier package: '") + name + "' is missing or not an array",
                std::string("/") + name);
  }
  std::vector<ChainRow> rows;
  for (std::size_t i = 0; i < it->size(); ++i) {
    rows.push_back(row_from_json((*it)[i], plan, std::string("/") + name + "/" + std::to_string(i)));
  }
  return rows;
}

}  // namespace

Dossier read_package(std::string_view text, const JsonLimits& limits, Json* declared_heads) {
  const Json package = parse_json(text, limits);
  require_object(package, "dossier package");
  if (text_member(package, "format") != kPackageFormat) {
    throw Error(ErrorCode::schema, std::string("dossier package: 'format' is not \"") + kPackageFormat + "\"",
                "/format");
  }
  constexpr std::string_view what = "dossier package";
  Dossier d;
  d.record.plan = required_text(package, "plan", what);
  d.record.profile = required_text(package, "profile", what);
  d.record.created_at = required_moment(package, "created_at", what);
  d.record.last_at = required_moment(package, "last_at", what);
  d.record.destroyed_at = optional_text(package, "destroyed_at", what);
  const Json& document = package.contains("document") ? package["document"] : Json();
  if (!document.is_null()) d.record.document = canonical_json(document);
  d.history = rows_from(package, "history", d.record.plan);
  d.log = rows_from(package, "log", d.record.plan);
  if (declared_heads) {
    auto heads = package.find("heads");
    if (heads == package.end() || !heads->is_object()) {
      throw Error(ErrorCode::schema, "dossier package: 'heads' is missing or not an object", "/heads");
    }
    *declared_heads = *heads;
  }
  return d;
}

std::string Store::export_plan(std::string_view plan_id) {
  Dossier d;
  backend_->transaction([&] {
    d.record = any_record(*backend_, plan_id);
    d.history = backend_->rows(Chain::history, plan_id);
    d.log = backend_->rows(Chain::log, plan_id);
  });
  const auto head = [](const std::vector<ChainRow>& rows) { return rows.empty() ? kGenesisHash : rows.back().row_hash; };
  Json package = {{"format", kPackageFormat},
                  {"plan", d.record.plan},
                  {"profile", d.record.profile},
                  {"created_at", d.record.created_at},
                  {"last_at", d.record.last_at},
                  {"destroyed_at", d.record.destroyed_at ? Json(*d.record.destroyed_at) : Json()},
                  {"document", d.record.document ? parse_json(*d.record.document) : Json()},
                  {"history", rows_json(d.history)},
                  {"log", rows_json(d.log)},
                  {"heads", {{"history", head(d.history)}, {"log", head(d.log)}}}};
  return canonical_json(package);
}

std::string Store::import_plan(std::string_view package_text, const JsonLimits& limits) {
  const Json report = verify_package(package_text, {}, limits);
  if (!report["ok"].get<bool>()) {
    std::vector<Problem> problems;
    for (const Json& f : report["problems"]) {
      // The row in the package: its index is seq - 1 in a chain as written.
      // The plan's record is the package's top level: its field, or its document.
      const std::int64_t seq = f["seq"].get<std::int64_t>();
      const std::string table = f["table"].get<std::string>();
      const std::string problem = f["problem"].get<std::string>();
      std::string pointer = "/" + table + (seq > 0 ? "/" + std::to_string(seq - 1) : std::string());
      if (table == "plans") {
        const bool field = problem == "created_at" || problem == "last_at" || problem == "destroyed_at" ||
                           problem == "profile";
        pointer = "/" + (field ? problem : std::string("document"));
      }
      problems.push_back(Problem{"PP-ST-" + f["problem"].get<std::string>(), pointer,
                                 "het dossierpakket is gewijzigd: " + f["message"].get<std::string>(),
                                 f["message"].get<std::string>(), ""});
    }
    const std::string first_pointer = problems.front().pointer;
    throw Error(ErrorCode::validation,
                "dossier package does not verify (" + std::to_string(problems.size()) +
                    " problems), nothing imported: " + report["problems"][0]["message"].get<std::string>(),
                first_pointer, std::move(problems));
  }
  const Dossier d = read_package(package_text, limits, nullptr);
  backend_->transaction([&] {
    if (backend_->plan(d.record.plan)) {
      throw Error(ErrorCode::state, "store: plan '" + d.record.plan + "' is already in the store; nothing imported",
                  "/plan");
    }
    backend_->put_plan(d.record);
    for (const ChainRow& row : d.history) backend_->append_row(Chain::history, row);
    for (const ChainRow& row : d.log) backend_->append_row(Chain::log, row);
  });
  return d.record.plan;
}

}  // namespace perspectief::store
