// The dossier store (issue #15, docs/store.md): every plan with its whole history,
// its fixed versions byte for byte, the akkoord evidence and signatures, and the
// NEN 7513 disclosure and refusal log (R-LOG), kept append-only and hash-chained
// so that `verify` finds any row that was changed, removed, inserted or reordered.
//
// Two layers:
//  * StoreBackend: what a vendor implements on its own database (a handful of
//    reads and appends inside one transaction). It knows nothing about hashes.
//  * Store: everything else (the workflow through the Engine, chaining, verifying,
//    retention and destruction, the dossier package), the same for every backend.
//    The library ships two backends: SQLite (open_sqlite_store) and memory.
//
// Like the rest of the core, the store never reads a clock: every moment is an
// argument (RFC 3339 with offset).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/json.hpp"
#include "perspectief/model.hpp"

namespace perspectief::store {

// The two append-only chains. Each plan has one chain of each.
//  history: kind "event" (one applied workflow event), "fixed_version" (the whole plan
//           as it was when a version was fixed), "akkoord" (evidence of an akkoord),
//           "signature" (the lokale team's Ed25519 signature of a fixed version);
//  log:     kind "disclosure", "refusal" (R-LOG), "destruction", "destruction_refused".
enum class Chain { history, log };
std::string_view chain_name(Chain chain);

// One row of a chain. The hash of a row covers its header (chain, plan, seq, kind, at,
// version, content_sha256, prev_hash), not the content itself: the content is bound in
// through content_sha256, so that destroying content (Jeugdwet 7.3.9) leaves a chain
// that still verifies.
struct ChainRow {
  std::string plan;
  std::int64_t seq = 0;                   // 1, 2, ... within (chain, plan), without gaps
  std::string kind;
  std::string at;                         // RFC 3339
  std::optional<std::int64_t> version;    // the plan version the row is about, where one is
  std::optional<std::string> content;     // canonical JSON; nullopt once destroyed
  std::string content_sha256;             // lowercase hex SHA-256 of content
  std::string prev_hash;                  // row_hash of the row before (64 zeros for the first)
  std::string row_hash;                   // SHA-256 of the canonical header (chain_row_header)
};

// A plan's entry in the store: its current document, kept beside the chains so that
// reading a plan needs no replay. Not chained; verify checks it against the history.
struct PlanRecord {
  std::string plan;
  std::string profile;
  std::optional<std::string> document;    // canonical plan JSON; nullopt once destroyed
  std::string created_at;
  std::string last_at;                    // the moment of the last event (retention counts from it)
  std::optional<std::string> destroyed_at;
};

// What a vendor implements on its own database (docs/store.md, "Implementing a
// backend"). Store calls every method inside transaction(), from one thread at a time.
class StoreBackend {
 public:
  virtual ~StoreBackend() = default;
  // Runs body as one transaction: all of its writes are kept or none is. Writers must
  // be serialised (another process's transaction happens wholly before or after this
  // one), so that reading the last row and appending the next cannot interleave.
  // When body throws, roll back and let the exception through.
  virtual void transaction(const std::function<void()>& body) = 0;

  virtual std::optional<PlanRecord> plan(std::string_view plan) = 0;
  virtual std::vector<std::string> plan_ids() = 0;  // sorted
  // Inserts or replaces the plan's record.
  virtual void put_plan(const PlanRecord& record) = 0;

  virtual std::optional<ChainRow> last_row(Chain chain, std::string_view plan) = 0;
  // Every row of the plan's chain, in ascending seq order, as stored (no checking).
  virtual std::vector<ChainRow> rows(Chain chain, std::string_view plan) = 0;
  // Appends a row; must refuse (throw) a row whose (plan, seq) is already there.
  virtual void append_row(Chain chain, const ChainRow& row) = 0;
  // Sets content to nullopt on every row of the plan's chain and changes nothing else:
  // the only change to a chain that is ever allowed (destruction).
  virtual void erase_content(Chain chain, std::string_view plan) = 0;
};

// An akkoord method (how the akkoord was given, as evidence): id and labels.
struct AkkoordMethod {
  std::string id;
  std::string label_nl;
  std::string label_en;
};

struct StoreOptions {
  // Jeugdwet 7.3.8: the dossier is kept 20 years, counted here from its last event.
  int retention_years = 20;
  // The vocabulary akkoord evidence must use; empty = the `akkoord_methods` of the plan's
  // region profile (every built-in profile has digid_midden, digid_substantieel, digid_hoog,
  // eherkenning_3, eherkenning_4, natte_handtekening_gescand, mondeling_met_getuige).
  std::vector<AkkoordMethod> akkoord_methods;
};

// An Ed25519 key pair, lowercase hex: public 32 bytes, secret 64 bytes (libsodium's form:
// seed followed by the public key).
struct SigningKey {
  std::string public_key;
  std::string secret_key;
};
// A new random key pair (the only randomness in the library; a key is an input everywhere else).
SigningKey generate_signing_key();
// The key pair of a 32-byte seed (hex): the same seed always gives the same key.
SigningKey signing_key_from_seed(std::string_view seed_hex);

// One Store may be used from several threads: every operation is one transaction of the
// backend, and both shipped backends run one transaction at a time.
class Store {
 public:
  explicit Store(std::unique_ptr<StoreBackend> backend, StoreOptions options = {});
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const StoreOptions& options() const { return options_; }

  // ---- Plans and the workflow ----
  // Creates a plan with its genesis event (plan_aanmaken). Error(state) when a plan with
  // that id is already stored (or was destroyed). Returns the new plan.
  Plan create(const Engine& engine, const Json& genesis_event);
  // Applies one workflow event to the stored plan, in one transaction: the event row, the
  // fixed version when the event fixed one, and the new current document. Errors of the
  // workflow (rejected, schema, ...) come through unchanged and store nothing.
  Plan apply(const Engine& engine, std::string_view plan_id, const Json& event);
  // The current plan. Error(not_found) for an unknown id, Error(state) once destroyed.
  Plan plan(const Engine& engine, std::string_view plan_id);
  std::string plan_document(std::string_view plan_id);
  std::vector<std::string> plan_ids();
  // The plan's consents (R-CONSENT-VALID) as the JSON array the plan holds.
  Json consents(std::string_view plan_id);

  // ---- Fixed versions, akkoorden, signatures ----
  // The plan exactly as it was stored when `version` was fixed (canonical JSON).
  // Error(not_found) when that version was never fixed.
  std::string fixed_version(std::string_view plan_id, std::int64_t version);
  // Records how an akkoord the plan holds was given: {"person","version","method","at",
  // "reference"?}. The plan must hold an akkoord of that person on that fixed version;
  // the method comes from the vocabulary. Returns the stored evidence (with the version's
  // content_sha256 and the akkoord's actor).
  Json record_akkoord(std::string_view plan_id, const Json& evidence);
  // Signs the stored bytes of a fixed version with the lokale team's Ed25519 key and
  // keeps the signature in the history. Returns {"version","public_key","signature",...}.
  Json sign_version(std::string_view plan_id, std::int64_t version, std::string_view secret_key_hex,
                    std::string_view signer, std::string_view at);

  // ---- The log (R-LOG) ----
  // The redacted view (Engine::view) with its disclosure or refusal record appended to
  // the plan's log in the same transaction: no access without its record.
  Json view(const Engine& engine, std::string_view plan_id, const Json& request);
  // Appends a record the host made elsewhere (a perspectief/disclosure@1 record about this plan).
  void log(std::string_view plan_id, const Json& record);

  // ---- Reading the chains ----
  // The rows of a chain as JSON objects {"seq","kind","at","version","content",
  // "content_sha256","prev_hash","row_hash"} ("content" parsed, null once destroyed).
  Json rows(Chain chain, std::string_view plan_id);

  // ---- Deadlines, retention, destruction ----
  // What is due or overdue at `at` in every live plan: [{"plan", ...deadline}].
  Json deadlines_due(const Engine& engine, std::string_view at);
  // Every live plan with its retention: [{"plan","last_at","retain_until","due"}]; with
  // due_only, those whose retention has passed on the day of `at`.
  Json retention(std::string_view at, bool due_only);
  // Destroys a plan's content on a recorded request {"requested_by":{actor},"at","basis":
  // "verzoek"|"bewaartermijn","exception"?,"reason"?} (Jeugdwet 7.3.9 / 7.3.8). Keeps the
  // chains' hashes and a log record of the destruction, never the content. With an
  // "exception" (7.3.9 lid 3, see docs/store.md) nothing is destroyed and the refusal is
  // logged. Returns the log record. Error(state) before the retention has passed for
  // basis "bewaartermijn", or when the plan is already destroyed.
  Json destroy(std::string_view plan_id, const Json& request);

  // ---- Verify, export, import ----
  struct VerifyOptions {
    // Public keys (hex) whose signatures count; empty: signatures are checked against
    // the key stored with them (consistency only, docs/store.md).
    std::vector<std::string> trusted_keys;
    // Heads kept outside the store ({"<plan>": {"history": hash, "log": hash}}, from an
    // earlier verify): a chain that no longer contains its kept head was rewritten or cut.
    Json expected_heads = Json::object();
  };
  // Checks every plan (or one): {"ok", "problems":[{"table","plan","seq","problem",
  // "expected","found","message"}], "plans":[{"plan","history_head","history_rows",
  // "log_head","log_rows","destroyed"}], "head"}. Never throws for what it finds.
  Json verify(const VerifyOptions& options);
  Json verify_plan(std::string_view plan_id, const VerifyOptions& options);
  // The dossier package of one plan (docs/store.md): canonical JSON text.
  std::string export_plan(std::string_view plan_id);
  // Imports a package after verifying it. Error(validation) listing what verify found;
  // Error(state) when the plan is already stored.
  std::string import_plan(std::string_view package_text, const JsonLimits& limits = {});

  StoreBackend& backend() { return *backend_; }

 private:
  std::unique_ptr<StoreBackend> backend_;
  StoreOptions options_;
};

// Verifies a dossier package on its own (another machine, no store).
Json verify_package(std::string_view package_text, const Store::VerifyOptions& options = {},
                    const JsonLimits& limits = {});

// The canonical header a row's hash is computed over (docs/store.md, "Hash chain").
std::string chain_row_header(Chain chain, const ChainRow& row);

// ---- Backends shipped with the library ----
enum class OpenMode { open_existing, create_if_missing };
// A SQLite database file (WAL, busy timeout, one transaction per operation), created or
// migrated to the current schema. Error(not_found) for a missing file with open_existing;
// Error(io) for a file that is not a database or cannot be read; Error(state) for a
// database that is not a perspectief store or has a newer schema than this library knows.
std::unique_ptr<StoreBackend> open_sqlite_backend(const std::string& path, OpenMode mode);
inline Store open_sqlite_store(const std::string& path, OpenMode mode, StoreOptions options = {}) {
  return Store(open_sqlite_backend(path, mode), std::move(options));
}
// The schema version this library writes (docs/store.md, "Schema").
int sqlite_schema_version();
// Everything in memory, gone with the object: for tests and as a reference backend.
std::unique_ptr<StoreBackend> memory_backend();

// The path that names a store in memory rather than a file, as in SQLite: a host that
// opens stores by path (the C ABI, the bindings) gets a throwaway store without a second
// way to open one. A file of that name is reached as "./:memory:".
inline constexpr std::string_view in_memory_path = ":memory:";
// The store a path names: in_memory_path is a new, empty store in memory (memory_backend,
// whatever the mode: there is nothing to open), anything else the SQLite file
// (open_sqlite_store).
Store open_store(const std::string& path, OpenMode mode, StoreOptions options = {});

}  // namespace perspectief::store
