// verify: what the hash chains, the current document, the fixed versions and the
// signatures say about whether anything was changed (docs/store.md, "Guarantees").
#include <algorithm>
#include <map>

#include "perspectief/store.hpp"
#include "perspectief/workflow.hpp"
#include "store/chain.hpp"
#include "store/dossier.hpp"
#include "store/signing.hpp"
#include "crypto/sha256.hpp"

namespace perspectief::store {
namespace {

// A member of what should be an object; `fallback` when it is no object or lacks the
// member. Rows and documents are read as found, and what was found may be anything.
Json member_or(const Json& value, const char* name, Json fallback) {
  if (!value.is_object()) return fallback;
  auto it = value.find(name);
  return it == value.end() ? fallback : *it;
}
std::string text_or_empty(const Json& value, const char* name) {
  const Json found = member_or(value, name, Json());
  return found.is_string() ? found.get<std::string>() : std::string();
}

// The content of a row as JSON, or nullopt (with a finding) when it is not JSON.
std::optional<Json> content_of(Chain chain, const ChainRow& row, Json& findings) {
  if (!row.content) return std::nullopt;
  try {
    return parse_json(*row.content);
  } catch (const Error& error) {
    findings.push_back(finding(chain, row.plan, row.seq, "content_syntax", "JSON", "not JSON",
                               std::string(chain_name(chain)) + " row " + std::to_string(row.seq) + " of plan '" +
                                   row.plan + "': its content is not JSON: " + error.what()));
    return std::nullopt;
  }
}

// The plan's record is not chained itself, so each of its fields must be what the chains
// say: the first and last event's moments (retention counts from the last one: moving it
// would make a dossier due for destruction early), the destruction's moment, and the
// region the genesis event created the plan in.
void check_record(const Dossier& d, Json& findings) {
  const PlanRecord& r = d.record;
  const ChainRow* first_event = nullptr;
  const ChainRow* last_event = nullptr;
  for (const ChainRow& row : d.history) {
    if (row.kind != "event") continue;
    if (first_event == nullptr) first_event = &row;
    last_event = &row;
  }
  const auto differs = [&](const char* field, const std::string& expected, const std::string& found) {
    findings.push_back(finding("plans", r.plan, 0, field, expected, found,
                               "plan '" + r.plan + "': its " + field + " '" + found + "' is not what its chains say ('" +
                                   expected + "')"));
  };
  if (first_event != nullptr && first_event->at != r.created_at) differs("created_at", first_event->at, r.created_at);
  if (last_event != nullptr && last_event->at != r.last_at) differs("last_at", last_event->at, r.last_at);
  std::string destroyed;
  for (const ChainRow& row : d.log) {
    if (row.kind == "destruction") destroyed = row.at;
  }
  if (r.destroyed_at && !destroyed.empty() && *r.destroyed_at != destroyed) {
    differs("destroyed_at", destroyed, *r.destroyed_at);
  }
  if (!destroyed.empty() && !r.destroyed_at) differs("destroyed_at", destroyed, "");
  if (r.document) {
    try {
      const std::string profile = text_or_empty(parse_json(*r.document), "profile");
      if (profile != r.profile) differs("profile", profile, r.profile);
    } catch (const Error&) {
      // A document that is not JSON does not hash to what the last event produced: reported there.
    }
  }
}

void check_document(const Dossier& d, Json& findings) {
  const std::string& plan = d.record.plan;
  std::vector<Json> entries;  // event rows' entries, in order
  std::int64_t last_event_seq = 0;
  std::string last_plan_sha256;
  for (const ChainRow& row : d.history) {
    if (row.kind != "event") continue;
    auto content = content_of(Chain::history, row, findings);
    if (!content) continue;
    entries.push_back(member_or(*content, "entry", Json()));
    last_event_seq = row.seq;
    last_plan_sha256 = text_or_empty(*content, "plan_sha256");
  }
  if (d.record.destroyed_at) return;
  if (!d.record.document) {
    findings.push_back(finding("plans", plan, 0, "document_missing", "the current plan", "",
                               "plan '" + plan + "': its current document is gone but it was never destroyed"));
    return;
  }
  const std::string actual = crypto::sha256_hex(*d.record.document);
  if (actual != last_plan_sha256) {
    findings.push_back(finding("plans", plan, last_event_seq, "document", last_plan_sha256, actual,
                               "plan '" + plan + "': the current document is not the plan the last event (history row " +
                                   std::to_string(last_event_seq) + ") produced"));
  }
  Json history;
  try {
    history = member_or(parse_json(*d.record.document), "history", Json::array());
  } catch (const Error&) {
    return;  // already reported: its hash cannot match
  }
  if (history.size() != entries.size()) {
    findings.push_back(finding("plans", plan, last_event_seq, "history_length", std::to_string(entries.size()),
                               std::to_string(history.size()),
                               "plan '" + plan + "': the current document's history has " +
                                   std::to_string(history.size()) + " entries, the chain " +
                                   std::to_string(entries.size()) + " events"));
  }
}

// Fixed versions hash to what their version record says; akkoord evidence and signatures
// point at a fixed version that is there and say its hash.
void check_versions(const Dossier& d, const Store::VerifyOptions& options, Json& findings) {
  std::map<std::int64_t, const ChainRow*> fixed;
  std::map<std::int64_t, std::string> version_hash;
  for (const ChainRow& row : d.history) {
    if (row.kind != "fixed_version" || !row.version) continue;
    fixed[*row.version] = &row;
    if (!row.content) continue;
    try {
      const Plan plan = plan_from_text(*row.content);
      std::string recorded;
      for (const VersionRecord& v : plan.versions) {
        if (v.version == *row.version && v.content_sha256) recorded = *v.content_sha256;
      }
      const std::string actual = workflow::content_sha256(plan);
      version_hash[*row.version] = recorded;
      if (recorded != actual) {
        findings.push_back(finding(Chain::history, d.record.plan, row.seq, "fixed_version", recorded, actual,
                                   "history row " + std::to_string(row.seq) + " of plan '" + d.record.plan +
                                       "': fixed version " + std::to_string(*row.version) +
                                       " does not hash to the content_sha256 it was fixed with"));
      }
    } catch (const Error& error) {
      findings.push_back(finding(Chain::history, d.record.plan, row.seq, "fixed_version", "a plan", "not a plan",
                                 "history row " + std::to_string(row.seq) + ": fixed version is not a plan: " +
                                     error.what()));
    }
  }
  for (const ChainRow& row : d.history) {
    if ((row.kind != "akkoord" && row.kind != "signature") || !row.version) continue;
    auto content = content_of(Chain::history, row, findings);
    if (!content) continue;
    const auto place = "history row " + std::to_string(row.seq) + " of plan '" + d.record.plan + "': ";
    auto it = fixed.find(*row.version);
    if (it == fixed.end()) {
      findings.push_back(finding(Chain::history, d.record.plan, row.seq, row.kind, "a fixed version", "none",
                                 place + row.kind + " on version " + std::to_string(*row.version) +
                                     ", which was never fixed"));
      continue;
    }
    if (row.kind == "akkoord") {
      auto hash = version_hash.find(*row.version);
      if (hash != version_hash.end() && text_or_empty(*content, "content_sha256") != hash->second) {
        findings.push_back(finding(Chain::history, d.record.plan, row.seq, "akkoord", hash->second,
                                   text_or_empty(*content, "content_sha256"),
                                   place + "the akkoord names another hash than fixed version " +
                                       std::to_string(*row.version) + " has"));
      }
      continue;
    }
    const ChainRow& version_row = *it->second;
    if (!version_row.content) continue;  // destroyed: the signed bytes are gone
    const std::string key = text_or_empty(*content, "public_key");
    const std::string signature = text_or_empty(*content, "signature");
    const auto& trusted = options.trusted_keys;
    if (!trusted.empty() && std::find(trusted.begin(), trusted.end(), key) == trusted.end()) {
      findings.push_back(finding(Chain::history, d.record.plan, row.seq, "signature_key", "a trusted key", key,
                                 place + "the signature of version " + std::to_string(*row.version) +
                                     " was made with a key that is not trusted"));
    } else if (!signature_valid(*version_row.content, signature, key)) {
      findings.push_back(finding(Chain::history, d.record.plan, row.seq, "signature", "a valid Ed25519 signature",
                                 signature, place + "the signature does not match fixed version " +
                                                std::to_string(*row.version) + " as stored"));
    }
  }
}

bool contains_hash(const std::vector<ChainRow>& rows, const std::string& hash) {
  return std::any_of(rows.begin(), rows.end(), [&](const ChainRow& row) { return row.row_hash == hash; });
}

void check_kept_heads(const Dossier& d, const Store::VerifyOptions& options, Json& findings) {
  if (!options.expected_heads.is_object()) return;
  auto kept = options.expected_heads.find(d.record.plan);
  if (kept == options.expected_heads.end() || !kept->is_object()) return;
  for (Chain chain : {Chain::history, Chain::log}) {
    const std::string name(chain_name(chain));
    const std::string hash = text_or_empty(*kept, name.c_str());
    if (hash.empty() || hash == kGenesisHash) continue;
    const auto& rows = chain == Chain::history ? d.history : d.log;
    if (!contains_hash(rows, hash)) {
      findings.push_back(finding(chain, d.record.plan, rows.empty() ? 0 : rows.back().seq, "head", hash,
                                 rows.empty() ? kGenesisHash : rows.back().row_hash,
                                 "plan '" + d.record.plan + "': the " + name +
                                     " head kept outside the store is no longer in the chain: it was rewritten or cut"));
    }
  }
}

}  // namespace

Json verify_dossier(const Dossier& d, const Store::VerifyOptions& options, Json& findings) {
  const bool destroyed = d.record.destroyed_at.has_value();
  const std::string history_head = check_chain(Chain::history, d.record.plan, d.history, destroyed, findings);
  const std::string log_head = check_chain(Chain::log, d.record.plan, d.log, false, findings);
  check_record(d, findings);
  check_document(d, findings);
  check_versions(d, options, findings);
  check_kept_heads(d, options, findings);
  if (destroyed) {
    const bool logged = std::any_of(d.log.begin(), d.log.end(), [](const ChainRow& r) { return r.kind == "destruction"; });
    if (!logged) {
      findings.push_back(finding(Chain::log, d.record.plan, 0, "destruction_missing", "a destruction record", "",
                                 "plan '" + d.record.plan + "' is marked destroyed but its log has no destruction record"));
    }
  }
  return Json{{"plan", d.record.plan},          {"history_head", history_head},
              {"history_rows", d.history.size()}, {"log_head", log_head},
              {"log_rows", d.log.size()},         {"destroyed", destroyed}};
}

Json verify_report(Json findings, Json plans) {
  // The store's head: one hash over every plan's two heads, for keeping outside the store.
  Json heads = Json::object();
  for (const Json& plan : plans) {
    heads[plan["plan"].get<std::string>()] = {{"history", plan["history_head"]}, {"log", plan["log_head"]}};
  }
  const bool ok = findings.empty();
  return Json{{"ok", ok},
              {"problems", std::move(findings)},
              {"plans", std::move(plans)},
              {"heads", heads},
              {"head", crypto::sha256_hex(canonical_json(heads))}};
}

Json Store::verify_plan(std::string_view plan_id, const VerifyOptions& options) {
  Dossier d;
  backend_->transaction([&] {
    auto record = backend_->plan(plan_id);
    if (!record) throw Error(ErrorCode::not_found, "store: no plan '" + std::string(plan_id) + "' in the store");
    d.record = *record;
    d.history = backend_->rows(Chain::history, plan_id);
    d.log = backend_->rows(Chain::log, plan_id);
  });
  Json findings = Json::array();
  Json plans = Json::array({verify_dossier(d, options, findings)});
  return verify_report(std::move(findings), std::move(plans));
}

Json Store::verify(const VerifyOptions& options) {
  Json findings = Json::array();
  Json plans = Json::array();
  const std::vector<std::string> ids = plan_ids();
  // A plan whose head was kept outside the store but that is gone altogether (its record
  // and both chains deleted) has no chain left to check: only the kept heads show it.
  if (options.expected_heads.is_object()) {
    for (const auto& [id, heads] : options.expected_heads.items()) {
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      findings.push_back(finding("plans", id, 0, "plan_missing", "the plan", "",
                                 "plan '" + id + "': its heads were kept, but the plan is no longer in the store"));
    }
  }
  for (const std::string& id : ids) {
    Dossier d;
    backend_->transaction([&] {
      d.record = *backend_->plan(id);
      d.history = backend_->rows(Chain::history, id);
      d.log = backend_->rows(Chain::log, id);
    });
    plans.push_back(verify_dossier(d, options, findings));
  }
  return verify_report(std::move(findings), std::move(plans));
}

Json verify_package(std::string_view package_text, const Store::VerifyOptions& options, const JsonLimits& limits) {
  Json declared;
  const Dossier d = read_package(package_text, limits, &declared);
  Json findings = Json::array();
  Json summary = verify_dossier(d, options, findings);
  // The package names its heads: a cut chain ends elsewhere.
  for (Chain chain : {Chain::history, Chain::log}) {
    const std::string name(chain_name(chain));
    const std::string actual = summary[name + "_head"];
    const std::string stated = text_or_empty(declared, name.c_str());
    if (stated != actual) {
      const auto& rows = chain == Chain::history ? d.history : d.log;
      findings.push_back(finding(chain, d.record.plan, rows.empty() ? 0 : rows.back().seq, "head", stated, actual,
                                 "package of plan '" + d.record.plan + "': the " + name +
                                     " chain does not end at the head the package states"));
    }
  }
  return verify_report(std::move(findings), Json::array({std::move(summary)}));
}

}  // namespace perspectief::store
