// The embedded backend: one SQLite database file, through SQLite's C API.
//
// Safe under concurrency and crashes (issue #15): WAL (readers never block the one
// writer, and a killed process leaves a journal SQLite rolls back on the next open),
// a busy timeout (a second process waits for the lock instead of failing), and every
// Store operation is one BEGIN IMMEDIATE transaction, which takes the write lock
// before the operation reads the last row it will chain onto. synchronous=FULL: an
// acknowledged append survives a power cut, which a log of disclosures must.
//
// The file is recognised by its application_id; its schema version is the highest
// entry of store_schema, which the migrations below fill (docs/store.md, "Schema").
#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "perspectief/error.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {
namespace {

// "PPST" in ASCII: a perspectief store, told apart from any other SQLite database.
constexpr int kApplicationId = 0x50505354;
constexpr int kBusyTimeoutMs = 10000;

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// Applied in order, each in its own transaction with its row in store_schema. A new
// schema is a new entry at the end; an entry is never changed once released.
constexpr Migration kMigrations[] = {
    {1, "plans, the history and log chains",
     "CREATE TABLE plans (plan TEXT PRIMARY KEY NOT NULL, profile TEXT NOT NULL, document TEXT,"
     " created_at TEXT NOT NULL, last_at TEXT NOT NULL, destroyed_at TEXT);"
     "CREATE TABLE history (plan TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,"
     " version INTEGER, content TEXT, content_sha256 TEXT NOT NULL, prev_hash TEXT NOT NULL,"
     " row_hash TEXT NOT NULL, PRIMARY KEY (plan, seq)) WITHOUT ROWID;"
     "CREATE TABLE log (plan TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,"
     " version INTEGER, content TEXT, content_sha256 TEXT NOT NULL, prev_hash TEXT NOT NULL,"
     " row_hash TEXT NOT NULL, PRIMARY KEY (plan, seq)) WITHOUT ROWID;"},
    // Append-only in the database itself: a program that writes the file through SQLite
    // but not through perspectief cannot change or delete a row by mistake. (Someone who
    // drops the triggers can; verify catches that.) Destruction may only empty content.
    {2, "append-only triggers; index of fixed versions",
     "CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
     " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;"
     "CREATE TRIGGER log_no_delete BEFORE DELETE ON log"
     " BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;"
     "CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
     " WHEN NEW.content IS NOT NULL OR NEW.plan IS NOT OLD.plan OR NEW.seq IS NOT OLD.seq"
     " OR NEW.kind IS NOT OLD.kind OR NEW.at IS NOT OLD.at OR NEW.version IS NOT OLD.version"
     " OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.prev_hash IS NOT OLD.prev_hash"
     " OR NEW.row_hash IS NOT OLD.row_hash"
     " BEGIN SELECT RAISE(ABORT, 'the history is append-only; only destruction empties content'); END;"
     "CREATE TRIGGER log_no_update BEFORE UPDATE ON log"
     " WHEN NEW.content IS NOT NULL OR NEW.plan IS NOT OLD.plan OR NEW.seq IS NOT OLD.seq"
     " OR NEW.kind IS NOT OLD.kind OR NEW.at IS NOT OLD.at OR NEW.version IS NOT OLD.version"
     " OR NEW.content_sha256 IS NOT OLD.content_sha256 OR NEW.prev_hash IS NOT OLD.prev_hash"
     " OR NEW.row_hash IS NOT OLD.row_hash"
     " BEGIN SELECT RAISE(ABORT, 'the log is append-only; only destruction empties content'); END;"
     "CREATE INDEX history_by_kind ON history (plan, kind, version);"},
};
constexpr int kSchemaVersion = 2;

class Statement;

void require_sqlite_header(const std::string& path) {
  static constexpr char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  char header[sizeof kMagic] = {};
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw Error(ErrorCode::io, "store: cannot read '" + path + "': " + std::strerror(errno));
  const std::size_t got = std::fread(header, 1, sizeof header, file);
  std::fclose(file);
  if (got != sizeof header || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    throw Error(ErrorCode::io, "store: '" + path + "' is not a perspectief store (not a SQLite database)");
  }
}

class Database {
 public:
  Database(const std::string& path, OpenMode mode) : path_(path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    const bool exists = std::filesystem::exists(status);
    if (!exists && mode == OpenMode::open_existing) {
      throw Error(ErrorCode::not_found, "store: no store at '" + path + "' (create one with store init)");
    }
    if (std::filesystem::is_directory(status)) throw Error(ErrorCode::io, "store: '" + path + "' is a directory");
    // SQLite takes a file too short for a database header as an empty database and
    // would write a new one over it: any file with content must already be SQLite.
    if (exists && std::filesystem::file_size(path, error) > 0 && !error) require_sqlite_header(path);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::create_if_missing) flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      db_ = nullptr;
      throw Error(ErrorCode::io, "store: cannot open '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    try {
      prepare();
    } catch (...) {
      sqlite3_close(db_);
      db_ = nullptr;
      throw;
    }
  }
  ~Database() { sqlite3_close(db_); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  void exec(const char* sql, const char* what) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      const std::string text = message ? message : sqlite3_errstr(rc);
      sqlite3_free(message);
      fail(rc, what, text);
    }
  }

  [[noreturn]] void fail(int rc, const char* what, const std::string& text) const {
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB) {
      throw Error(ErrorCode::io, "store: '" + path_ + "' is not a perspectief store (not a SQLite database)");
    }
    if (primary == SQLITE_CORRUPT) {
      throw Error(ErrorCode::io, "store: '" + path_ + "' is damaged (" + text + "); verify a copy or restore a backup");
    }
    throw Error(ErrorCode::io, "store: " + std::string(what) + " failed on '" + path_ + "': " + text);
  }

  int pragma_int(const char* sql);

 private:
  void prepare();
  void migrate(int from);

  std::string path_;
  sqlite3* db_ = nullptr;
};

// A prepared statement with bound parameters; reset on destruction.
class Statement {
 public:
  Statement(Database& db, const char* sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "preparing a statement", sqlite3_errmsg(db.handle()));
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::optional<std::string>& text) {
    if (!text) return bind_null(index);
    return bind(index, std::string_view(*text));
  }
  Statement& bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
  }
  Statement& bind(int index, std::optional<std::int64_t> value) {
    if (!value) return bind_null(index);
    return bind(index, *value);
  }
  Statement& bind_null(int index) {
    check(sqlite3_bind_null(stmt_, index));
    return *this;
  }
  // true while there is a row.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail(rc, "a statement", sqlite3_errmsg(db_.handle()));
  }
  void run() {
    while (step()) {
    }
  }
  std::string text(int column) const {
    const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (value == nullptr) return {};
    return std::string(value, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  std::optional<std::string> optional_text(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    return text(column);
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::optional<std::int64_t> optional_integer(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    return integer(column);
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) db_.fail(rc, "binding a value", sqlite3_errmsg(db_.handle()));
  }
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

int Database::pragma_int(const char* sql) {
  Statement statement(*this, sql);
  return statement.step() ? static_cast<int>(statement.integer(0)) : 0;
}

void Database::prepare() {
  // Reading the header is the first access: a file of random bytes fails here, with NOTADB.
  const int application = pragma_int("PRAGMA application_id");
  if (application != kApplicationId) {
    const int tables = pragma_int("SELECT count(*) FROM sqlite_schema");
    // An empty database (a new or 0-byte file, or one another process is creating
    // right now) becomes a store; one with tables of its own never does.
    if (application != 0 || tables > 0) {
      throw Error(ErrorCode::state, "store: '" + path_ + "' is a SQLite database but not a perspectief store");
    }
  }
  exec("PRAGMA journal_mode=WAL", "switching to WAL");
  exec("PRAGMA synchronous=FULL", "setting synchronous");
  int current = 0;
  if (application == kApplicationId) {
    Statement version(*this, "SELECT max(version) FROM store_schema");
    if (version.step()) current = static_cast<int>(version.integer(0));
  }
  if (current > kSchemaVersion) {
    throw Error(ErrorCode::state, "store: '" + path_ + "' has schema version " + std::to_string(current) +
                                      ", newer than this library's " + std::to_string(kSchemaVersion) +
                                      ": open it with a newer perspectief");
  }
  if (current < kSchemaVersion) migrate(current);
}

void Database::migrate(int from) {
  // Two processes may open a new file at once: the write lock serialises them, and the
  // second one re-reads the version inside its transaction and finds nothing to do.
  exec("BEGIN IMMEDIATE", "starting the migration");
  try {
    int current = from;
    if (pragma_int("PRAGMA application_id") == kApplicationId) {
      Statement version(*this, "SELECT max(version) FROM store_schema");
      if (version.step()) current = static_cast<int>(version.integer(0));
    } else {
      exec("CREATE TABLE store_schema (version INTEGER PRIMARY KEY NOT NULL, description TEXT NOT NULL)",
           "creating store_schema");
      exec("PRAGMA application_id=1347441492", "marking the file as a perspectief store");
      current = 0;
    }
    for (const Migration& migration : kMigrations) {
      if (migration.version <= current) continue;
      exec(migration.sql, migration.description);
      Statement record(*this, "INSERT INTO store_schema (version, description) VALUES (?, ?)");
      record.bind(1, static_cast<std::int64_t>(migration.version)).bind(2, std::string_view(migration.description)).run();
    }
    exec("COMMIT", "committing the migration");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

const char* table(Chain chain) { return chain == Chain::history ? "history" : "log"; }

class SqliteBackend final : public StoreBackend {
 public:
  SqliteBackend(const std::string& path, OpenMode mode) : db_(path, mode) {}

  void transaction(const std::function<void()>& body) override {
    // One connection, one transaction at a time: threads sharing this backend (one
    // pp_store used from several threads) take turns; other processes wait on
    // SQLite's own lock (the busy timeout).
    std::lock_guard lock(mutex_);
    db_.exec("BEGIN IMMEDIATE", "starting a transaction");
    try {
      body();
    } catch (...) {
      sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
    db_.exec("COMMIT", "committing");
  }

  std::optional<PlanRecord> plan(std::string_view plan) override {
    Statement s(db_, "SELECT plan, profile, document, created_at, last_at, destroyed_at FROM plans WHERE plan = ?");
    s.bind(1, plan);
    if (!s.step()) return std::nullopt;
    return PlanRecord{s.text(0), s.text(1), s.optional_text(2), s.text(3), s.text(4), s.optional_text(5)};
  }
  std::vector<std::string> plan_ids() override {
    Statement s(db_, "SELECT plan FROM plans ORDER BY plan");
    std::vector<std::string> ids;
    while (s.step()) ids.push_back(s.text(0));
    return ids;
  }
  void put_plan(const PlanRecord& r) override {
    Statement s(db_,
                "INSERT OR REPLACE INTO plans (plan, profile, document, created_at, last_at, destroyed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, r.plan).bind(2, r.profile).bind(3, r.document).bind(4, r.created_at).bind(5, r.last_at).bind(6, r.destroyed_at);
    s.run();
  }

  std::optional<ChainRow> last_row(Chain chain, std::string_view plan) override {
    const std::string sql = std::string(kSelect) + table(chain) + " WHERE plan = ? ORDER BY seq DESC LIMIT 1";
    Statement s(db_, sql.c_str());
    s.bind(1, plan);
    if (!s.step()) return std::nullopt;
    return read(s);
  }
  std::vector<ChainRow> rows(Chain chain, std::string_view plan) override {
    const std::string sql = std::string(kSelect) + table(chain) + " WHERE plan = ? ORDER BY seq";
    Statement s(db_, sql.c_str());
    s.bind(1, plan);
    std::vector<ChainRow> result;
    while (s.step()) result.push_back(read(s));
    return result;
  }
  void append_row(Chain chain, const ChainRow& r) override {
    const std::string sql = std::string("INSERT INTO ") + table(chain) +
                            " (plan, seq, kind, at, version, content, content_sha256, prev_hash, row_hash)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    Statement s(db_, sql.c_str());
    s.bind(1, r.plan).bind(2, r.seq).bind(3, r.kind).bind(4, r.at).bind(5, r.version).bind(6, r.content);
    s.bind(7, r.content_sha256).bind(8, r.prev_hash).bind(9, r.row_hash);
    s.run();
  }
  void erase_content(Chain chain, std::string_view plan) override {
    const std::string sql = std::string("UPDATE ") + table(chain) + " SET content = NULL WHERE plan = ?";
    Statement s(db_, sql.c_str());
    s.bind(1, plan);
    s.run();
  }

 private:
  static constexpr const char* kSelect =
      "SELECT plan, seq, kind, at, version, content, content_sha256, prev_hash, row_hash FROM ";
  static ChainRow read(const Statement& s) {
    return ChainRow{s.text(0), s.integer(1), s.text(2), s.text(3), s.optional_integer(4),
                    s.optional_text(5), s.text(6), s.text(7), s.text(8)};
  }
  std::mutex mutex_;
  Database db_;
};

}  // namespace

std::unique_ptr<StoreBackend> open_sqlite_backend(const std::string& path, OpenMode mode) {
  return std::make_unique<SqliteBackend>(path, mode);
}

int sqlite_schema_version() { return kSchemaVersion; }

}  // namespace perspectief::store
