// The Store: the workflow, fixed versions, akkoord evidence, signatures and the log,
// each operation one transaction of the backend (src/store/sqlite_backend.cpp).
#include "perspectief/json_api.hpp"
#include "perspectief/store.hpp"

#include <algorithm>

#include "store/chain.hpp"
#include "store/input.hpp"
#include "store/plans.hpp"
#include "store/signing.hpp"
#include "crypto/sha256.hpp"

namespace perspectief::store {
namespace {

// Appends what an applied event added to the plan: one event row per new history entry
// (with the hash of the plan it produced, so verify can tie the current document to the
// chain) and one fixed_version row per newly fixed version, holding the whole plan byte
// for byte as it was at that moment (000: the lokale team keeps the signed version).
void append_changes(StoreBackend& backend, const Plan& before, const Plan& after, PlanRecord& record) {
  // R-LT-STORE: when the family objects to recording, the lokale team keeps its own account
  // of the conversation, not the plan; the store refuses to keep the plan (and its history,
  // which holds the same content) rather than keep what it may not.
  if (after.recording_objection.value_or(false)) {
    const std::string nl =
        "het gezin heeft bezwaar tegen vastlegging: het lokale team legt alleen zijn eigen weergave vast "
        "(een view met action store), niet het plan";
    const std::string en =
        "the family objects to recording: the lokale team keeps only its own account (a view with action "
        "store), not the plan";
    throw Error(ErrorCode::rejected, "store: plan '" + after.id + "': " + en, "/recording_objection",
                {Problem{"PP-ST-RECORDING-OBJECTION", "/recording_objection", nl, en, "R-LT-STORE"}}, {"R-LT-STORE"});
  }
  const std::string document = plan_to_canonical(after);
  const std::string plan_sha256 = crypto::sha256_hex(document);
  const Json after_json = plan_to_json(after);
  std::optional<ChainRow> last = backend.last_row(Chain::history, after.id);
  for (std::size_t i = before.history.size(); i < after.history.size(); ++i) {
    const HistoryEntry& entry = after.history[i];
    const Json content = {{"entry", after_json["history"][i]}, {"plan_sha256", plan_sha256}};
    ChainRow row = next_row(Chain::history, last, after.id, "event", entry.at.value, entry.version,
                            canonical_json(content));
    backend.append_row(Chain::history, row);
    last = std::move(row);
  }
  for (std::size_t i = before.versions.size(); i < after.versions.size(); ++i) {
    const VersionRecord& fixed = after.versions[i];
    ChainRow row = next_row(Chain::history, last, after.id, "fixed_version", fixed.at.value, fixed.version, document);
    backend.append_row(Chain::history, row);
    last = std::move(row);
  }
  record.document = document;
  if (!after.history.empty()) record.last_at = after.history.back().at.value;
  backend.put_plan(record);
}

std::optional<ChainRow> fixed_version_row(StoreBackend& backend, std::string_view plan_id, std::int64_t version) {
  for (ChainRow& row : backend.rows(Chain::history, plan_id)) {
    if (row.kind == "fixed_version" && row.version == version) return std::move(row);
  }
  return std::nullopt;
}

// Which log kind a perspectief/disclosure@1 record goes under.
std::string log_kind(const Json& record) {
  return text_member(record, "outcome") == "denied" ? "refusal" : "disclosure";
}

void append_log(StoreBackend& backend, std::string_view plan_id, const Json& record) {
  std::optional<std::int64_t> version;
  if (auto client = record.find("client"); client != record.end() && client->is_object()) {
    if (auto v = client->find("plan_version"); v != client->end() && v->is_number_integer()) version = v->get<std::int64_t>();
  }
  const ChainRow row = next_row(Chain::log, backend.last_row(Chain::log, plan_id), plan_id, log_kind(record),
                                record.at("at").get<std::string>(), version, canonical_json(record));
  backend.append_row(Chain::log, row);
}

// How an akkoord may be given: the host's vocabulary (StoreOptions) or else the one of the
// plan's region profile (`akkoord_methods`); empty when neither is known.
std::vector<AkkoordMethod> akkoord_methods_for(const StoreOptions& options, const Plan& plan) {
  if (!options.akkoord_methods.empty()) return options.akkoord_methods;
  std::vector<AkkoordMethod> out;
  RegionProfile profile;
  try {
    profile = profile_from_json(builtin_profile_json(plan.profile));
  } catch (const Error&) {
    return out;  // a profile the library does not carry
  }
  for (const AkkoordMethodDef& m : profile.akkoord_methods) out.push_back({m.code, m.label.nl, m.label.en});
  return out;
}

}  // namespace

Store::Store(std::unique_ptr<StoreBackend> backend, StoreOptions options)
    : backend_(std::move(backend)), options_(std::move(options)) {
  if (!backend_) throw Error(ErrorCode::invalid_argument, "store: no backend");
  if (options_.retention_years < 1) {
    throw Error(ErrorCode::invalid_argument,
                "store: retention_years " + std::to_string(options_.retention_years) + " is less than 1");
  }
}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Plan Store::create(const Engine& engine, const Json& genesis_event) {
  if (text_member(genesis_event, "event") != "plan_aanmaken") {
    throw Error(ErrorCode::invalid_argument, "store: a plan is created with its genesis event plan_aanmaken", "/event");
  }
  Plan created;
  backend_->transaction([&] {
    Plan plan = json_api::apply_event(engine, Plan{}, genesis_event);
    if (plan.id.empty()) throw Error(ErrorCode::validation, "store: the new plan has no id", "/payload/id");
    if (auto existing = backend_->plan(plan.id)) {
      throw Error(ErrorCode::state, "store: plan '" + plan.id + "' is already in the store" +
                                        (existing->destroyed_at ? " (destroyed; its id is not reused)" : ""),
                  "/payload/id");
    }
    PlanRecord record{plan.id, plan.profile, std::nullopt, plan.history.front().at.value, {}, std::nullopt};
    append_changes(*backend_, Plan{}, plan, record);
    created = std::move(plan);
  });
  return created;
}

Plan Store::apply(const Engine& engine, std::string_view plan_id, const Json& event) {
  Plan result;
  backend_->transaction([&] {
    PlanRecord record = live_record(*backend_, plan_id);
    const Plan before = engine.parse_plan(*record.document);
    Plan after = json_api::apply_event(engine, before, event);
    append_changes(*backend_, before, after, record);
    result = std::move(after);
  });
  return result;
}

std::string Store::plan_document(std::string_view plan_id) {
  std::string document;
  backend_->transaction([&] { document = *live_record(*backend_, plan_id).document; });
  return document;
}

Plan Store::plan(const Engine& engine, std::string_view plan_id) { return engine.parse_plan(plan_document(plan_id)); }

std::vector<std::string> Store::plan_ids() {
  std::vector<std::string> ids;
  backend_->transaction([&] { ids = backend_->plan_ids(); });
  return ids;
}

Json Store::consents(std::string_view plan_id) {
  const Json document = parse_json(plan_document(plan_id));
  if (!document.is_object() || !document.contains("consents")) return Json::array();
  return document["consents"];
}

std::string Store::fixed_version(std::string_view plan_id, std::int64_t version) {
  std::string bytes;
  backend_->transaction([&] {
    live_record(*backend_, plan_id);
    auto row = fixed_version_row(*backend_, plan_id, version);
    if (!row || !row->content) {
      throw Error(ErrorCode::not_found,
                  "store: version " + std::to_string(version) + " of plan '" + std::string(plan_id) + "' was never fixed");
    }
    bytes = *row->content;
  });
  return bytes;
}

Json Store::record_akkoord(std::string_view plan_id, const Json& evidence) {
  constexpr std::string_view what = "akkoord evidence";
  require_object(evidence, what);
  const std::string person = required_text(evidence, "person", what);
  const std::int64_t version = required_integer(evidence, "version", what);
  const std::string method = required_text(evidence, "method", what);
  const std::string at = required_moment(evidence, "at", what);
  const std::optional<std::string> reference = optional_text(evidence, "reference", what);
  Json stored;
  backend_->transaction([&] {
    const PlanRecord record = live_record(*backend_, plan_id);
    const Plan plan = plan_from_text(*record.document);
    const std::vector<AkkoordMethod> methods = akkoord_methods_for(options_, plan);
    if (std::none_of(methods.begin(), methods.end(), [&](const AkkoordMethod& m) { return m.id == method; })) {
      std::string known;
      for (const AkkoordMethod& m : methods) known += (known.empty() ? "" : ", ") + m.id;
      throw Error(ErrorCode::validation,
                  "akkoord evidence: method '" + method + "' is not one of " +
                      (known.empty() ? "(no vocabulary: the plan's profile is not built in; pass StoreOptions.akkoord_methods)"
                                     : known),
                  "/method");
    }
    const Json plan_json = plan_to_json(plan);
    // R-AKKOORD-SCOPE: evidence belongs to an akkoord the plan holds, on a fixed version.
    std::optional<std::size_t> akkoord;
    for (std::size_t i = 0; i < plan.akkoorden.size(); ++i) {
      if (plan.akkoorden[i].version == version && plan.akkoorden[i].by.person == person) akkoord = i;
    }
    if (!akkoord) {
      throw Error(ErrorCode::validation,
                  "akkoord evidence: plan '" + std::string(plan_id) + "' holds no akkoord of '" + person +
                      "' on version " + std::to_string(version) + " (akkoord_geven comes first; R-AKKOORD-SCOPE)",
                  "/person", {}, {"R-AKKOORD-SCOPE"});
    }
    std::string content_sha256;
    for (const VersionRecord& v : plan.versions) {
      if (v.version == version && v.content_sha256) content_sha256 = *v.content_sha256;
    }
    if (content_sha256.empty() || !fixed_version_row(*backend_, plan_id, version)) {
      throw Error(ErrorCode::validation,
                  "akkoord evidence: version " + std::to_string(version) + " of plan '" + std::string(plan_id) +
                      "' is not a fixed version in this store",
                  "/version", {}, {"R-AKKOORD-SCOPE"});
    }
    const Akkoord& given = plan.akkoorden[*akkoord];
    stored = {{"person", person},
              {"by", plan_json.at("akkoorden").at(*akkoord).at("by")},
              {"version", version},
              {"content_sha256", content_sha256},
              {"akkoord_at", given.at.value},
              {"scope", given.scope.value_or("plan")},
              {"method", method},
              {"at", at}};
    if (reference) stored["reference"] = *reference;
    const ChainRow row = next_row(Chain::history, backend_->last_row(Chain::history, plan_id), plan_id, "akkoord", at,
                                  version, canonical_json(stored));
    backend_->append_row(Chain::history, row);
  });
  return stored;
}

Json Store::sign_version(std::string_view plan_id, std::int64_t version, std::string_view secret_key_hex,
                         std::string_view signer, std::string_view at) {
  require_moment_argument(at, "at");
  if (signer.empty()) throw Error(ErrorCode::invalid_argument, "signer is empty: name the person who signs (R-LOG)");
  const std::string public_key = public_key_of(secret_key_hex);
  Json stored;
  backend_->transaction([&] {
    live_record(*backend_, plan_id);
    auto fixed = fixed_version_row(*backend_, plan_id, version);
    if (!fixed || !fixed->content) {
      throw Error(ErrorCode::not_found,
                  "store: version " + std::to_string(version) + " of plan '" + std::string(plan_id) + "' was never fixed");
    }
    // The signature covers the stored bytes of the fixed version: anyone holding them
    // (the package, or fixed_version()) and the public key can check it.
    stored = {{"version", version},
              {"document_sha256", fixed->content_sha256},
              {"public_key", public_key},
              {"signature", sign_bytes(*fixed->content, secret_key_hex)},
              {"signer", signer},
              {"at", at}};
    const ChainRow row = next_row(Chain::history, backend_->last_row(Chain::history, plan_id), plan_id, "signature",
                                  at, version, canonical_json(stored));
    backend_->append_row(Chain::history, row);
  });
  return stored;
}

Json Store::view(const Engine& engine, std::string_view plan_id, const Json& request) {
  Json result;
  backend_->transaction([&] {
    const PlanRecord record = live_record(*backend_, plan_id);
    result = json_api::view(engine, engine.parse_plan(*record.document), request);
    // Engine::view yields exactly one record: the disclosure when content was released,
    // else the refusal (docs/sharing.md, "Disclosure log").
    const Json& disclosure = result.at("disclosure");
    const Json& refusal = result.at("refusal");
    if (!disclosure.is_object() && !refusal.is_object()) {
      throw Error(ErrorCode::internal, "store: the view carried neither a disclosure nor a refusal record");
    }
    append_log(*backend_, plan_id, disclosure.is_object() ? disclosure : refusal);
  });
  return result;
}

void Store::log(std::string_view plan_id, const Json& record) {
  constexpr std::string_view what = "log record";
  require_object(record, what);
  if (text_member(record, "format") != "perspectief/disclosure@1") {
    throw Error(ErrorCode::schema, "log record: 'format' is not \"perspectief/disclosure@1\" (docs/sharing.md)",
                "/format");
  }
  const std::string outcome = required_text(record, "outcome", what);
  if (outcome != "released" && outcome != "denied") {
    throw Error(ErrorCode::schema, "log record: 'outcome' is neither \"released\" nor \"denied\"", "/outcome");
  }
  required_moment(record, "at", what);
  const auto client = record.find("client");
  if (client == record.end() || text_member(*client, "plan") != plan_id) {
    throw Error(ErrorCode::validation,
                "log record: client.plan is not '" + std::string(plan_id) + "': the record is about another plan",
                "/client/plan");
  }
  if (!record.contains("user") || text_member(record["user"], "person").empty()) {
    throw Error(ErrorCode::schema, "log record: user.person is missing (R-LOG: a natural person)", "/user/person",
                {}, {"R-LOG"});
  }
  backend_->transaction([&] {
    any_record(*backend_, plan_id);
    append_log(*backend_, plan_id, record);
  });
}

Json Store::rows(Chain chain, std::string_view plan_id) {
  Json result = Json::array();
  backend_->transaction([&] {
    any_record(*backend_, plan_id);
    for (const ChainRow& row : backend_->rows(chain, plan_id)) {
      // Content changed behind the store's back may not even be JSON: show it as text
      // (verify names the row) rather than fail to show the chain at all.
      try {
        result.push_back(row_to_json(row, true));
      } catch (const Error&) {
        result.push_back(row_to_json(row, false));
      }
    }
  });
  return result;
}

Json Store::deadlines_due(const Engine& engine, std::string_view at) {
  require_moment_argument(at, "at");
  Json due = Json::array();
  for (const std::string& id : plan_ids()) {
    std::optional<std::string> document;
    backend_->transaction([&] {
      if (auto record = backend_->plan(id); record && !record->destroyed_at) document = record->document;
    });
    if (!document) continue;
    const Plan plan = engine.parse_plan(*document);
    // A plan of another region is not this engine's to judge.
    if (plan.profile != engine.profile().id) continue;
    for (Json deadline : json_api::deadlines(engine, plan, at)) {
      if (text_member(deadline, "status") == "open") continue;
      deadline["plan"] = id;
      due.push_back(std::move(deadline));
    }
  }
  return due;
}

}  // namespace perspectief::store
