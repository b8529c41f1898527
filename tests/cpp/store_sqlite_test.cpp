// The SQLite store under attack and under stress (issue #15): foreign and broken files,
// tampering with raw SQL (every change, removal, insertion and reordering is found and
// named), two processes writing at once, and processes killed mid-write.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "store_support.hpp"

using namespace perspectief;
using namespace perspectief::store;
using namespace pp_store_test;

namespace {

// Raw SQL on the file, as an attacker with access to it would write.
void sql(const std::string& path, const std::string& statement) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &message);
  const std::string text = message ? message : "";
  sqlite3_free(message);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << statement << ": " << text;
}

ErrorCode open_error(const std::string& path) {
  try {
    open_sqlite_store(path, OpenMode::create_if_missing);
  } catch (const Error& error) {
    EXPECT_FALSE(std::string(error.what()).empty());
    return error.code();
  }
  return ErrorCode::ok;
}

TEST(StoreSqlite, ForeignAndBrokenFilesGiveClearErrors) {
  ScratchDir dir;
  EXPECT_EQ([&] {
    try {
      open_sqlite_store(dir.file("missing.db"), OpenMode::open_existing);
    } catch (const Error& error) {
      return error.code();
    }
    return ErrorCode::ok;
  }(), ErrorCode::not_found);

  std::mt19937 random(15);
  for (int size : {1, 100, 512, 4096, 20000}) {
    const std::string path = dir.file("random-" + std::to_string(size));
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < size; ++i) out.put(static_cast<char>(random()));
    out.close();
    EXPECT_EQ(open_error(path), ErrorCode::io) << size << " random bytes";
  }
  // A SQLite header followed by garbage.
  {
    const std::string path = dir.file("truncated.db");
    std::ofstream out(path, std::ios::binary);
    out << "SQLite format 3" << '\0';
    for (int i = 0; i < 4000; ++i) out.put(static_cast<char>(random()));
    out.close();
    EXPECT_NE(open_error(path), ErrorCode::ok);
  }
  const std::string foreign = dir.file("foreign.db");
  sql(foreign, "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)");
  EXPECT_EQ(open_error(foreign), ErrorCode::state);

  const std::string newer = dir.file("newer.db");
  open_sqlite_store(newer, OpenMode::create_if_missing);
  sql(newer, "INSERT INTO store_schema (version, description) VALUES (99, 'from the future')");
  try {
    open_sqlite_store(newer, OpenMode::open_existing);
    FAIL() << "a newer schema was opened";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::state);
    EXPECT_NE(std::string(error.what()).find("schema version 99"), std::string::npos) << error.what();
  }
  EXPECT_EQ(open_error(dir.file("")), ErrorCode::io);  // a directory

  // The current schema, recorded migration by migration.
  const std::string fresh = dir.file("fresh.db");
  open_sqlite_store(fresh, OpenMode::create_if_missing);
  open_sqlite_store(fresh, OpenMode::open_existing);  // a second open migrates nothing
  EXPECT_EQ(sqlite_schema_version(), 2);
}

// ":memory:" names a store in memory, as in SQLite (the C ABI's PP_STORE_IN_MEMORY): nothing
// to open, so no not_found without create, and each is its own store; any other path is a file.
TEST(StoreSqlite, TheInMemoryPathIsANewStoreEachTime) {
  Store first = open_store(std::string(in_memory_path), OpenMode::open_existing);
  Store second = open_store(std::string(in_memory_path), OpenMode::create_if_missing);
  create_plan(first);
  EXPECT_EQ(first.plan_ids(), std::vector<std::string>{kPlanId});
  EXPECT_TRUE(second.plan_ids().empty());
  EXPECT_TRUE(first.verify({})["ok"]);

  ScratchDir dir;
  const std::string path = dir.file("by-path.db");
  open_store(path, OpenMode::create_if_missing);
  EXPECT_TRUE(std::filesystem::is_regular_file(path));
  EXPECT_THROW(open_store(dir.file("absent.db"), OpenMode::open_existing), Error);
}

TEST(StoreSqlite, AFileOfSchemaVersion1IsMigrated) {
  // A store as the first schema left it: no triggers, no index, store_schema at 1. Opening
  // it migrates it to the current version, in one transaction, and keeps every row.
  ScratchDir dir;
  const std::string path = dir.file("v1.db");
  {
    Store store = open_sqlite_store(path, OpenMode::create_if_missing);
    create_plan(store);
    store.log(kPlanId, log_record(1));
  }
  sql(path, "DROP TRIGGER history_no_delete; DROP TRIGGER log_no_delete; DROP TRIGGER history_no_update;"
            "DROP TRIGGER log_no_update; DROP INDEX history_by_kind; DELETE FROM store_schema WHERE version > 1");
  Store store = open_sqlite_store(path, OpenMode::open_existing);
  EXPECT_TRUE(store.verify({})["ok"]);
  EXPECT_EQ(store.rows(Chain::log, kPlanId).size(), 1u);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM log", nullptr, nullptr, nullptr), SQLITE_OK) << "the triggers are back";
  sqlite3_stmt* statement = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT max(version) FROM store_schema", -1, &statement, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(statement, 0), sqlite_schema_version());
  sqlite3_finalize(statement);
  sqlite3_close(db);
}

TEST(StoreSqlite, TriggersKeepTheChainsAppendOnly) {
  ScratchDir dir;
  const std::string path = dir.file("store.db");
  {
    Store store = open_sqlite_store(path, OpenMode::create_if_missing);
    create_plan(store);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM history", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE history SET at = 'x'", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE history SET content = '{}'", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_TRUE(open_sqlite_store(path, OpenMode::open_existing).verify({})["ok"]);
}

// A store with the whole scenario, some views and a signature; returns its report.
Json build_reference(const std::string& path) {
  Store store = open_sqlite_store(path, OpenMode::create_if_missing);
  const Json events = scenario_events();
  Plan plan = store.create(amsterdam(), events[0]);
  for (std::size_t i = 1; i < events.size(); ++i) plan = store.apply(amsterdam(), kPlanId, events[i]);
  store.view(amsterdam(), kPlanId, gemeente_request());
  store.view(amsterdam(), kPlanId, mother_request());
  store.log(kPlanId, log_record(1));
  store.sign_version(kPlanId, plan.versions.front().version, signing_key_from_seed(std::string(64, '7')).secret_key,
                     "btn-0412", "2026-02-26T09:05:00+01:00");
  return store.verify({});
}

// Every kind of tampering with raw SQL, at random rows, triggers dropped first (an
// attacker with the file can): verify, given the heads kept from before, reports it and
// names the table and a row.
TEST(StoreSqlite, VerifyFindsRandomTampering) {
  ScratchDir dir;
  const std::string reference = dir.file("reference.db");
  const Json before = build_reference(reference);
  ASSERT_TRUE(before["ok"]) << before.dump(2);
  Store::VerifyOptions kept;
  kept.expected_heads = before["heads"];
  const std::int64_t history_rows = before["plans"][0]["history_rows"];
  const std::int64_t log_rows = before["plans"][0]["log_rows"];
  const char* drop = "DROP TRIGGER history_no_delete; DROP TRIGGER log_no_delete;"
                     "DROP TRIGGER history_no_update; DROP TRIGGER log_no_update;";
  std::mt19937 random(2026);
  constexpr int kRounds = 72;
  for (int round = 0; round < kRounds; ++round) {
    const std::string path = dir.file("tampered-" + std::to_string(round) + ".db");
    std::filesystem::copy_file(reference, path);
    const bool history = random() % 2 == 0;
    const std::string table = history ? "history" : "log";
    const std::int64_t rows = history ? history_rows : log_rows;
    const std::int64_t seq = 1 + static_cast<std::int64_t>(random() % rows);
    const std::int64_t other = 1 + (seq % rows);  // another row (rows >= 2)
    const std::string where = " WHERE plan = '" + std::string(kPlanId) + "' AND seq = " + std::to_string(seq);
    std::string attack;
    switch (round % 9) {
      case 0:  // change a byte of the content
        attack = "UPDATE " + table + " SET content = replace(content, '\"', '''')" + where;
        break;
      case 1:  // change a header field
        attack = "UPDATE " + table + " SET at = '2020-01-01T00:00:00+01:00'" + where;
        break;
      case 2:  // remove a row
        attack = "DELETE FROM " + table + where;
        break;
      case 3:  // insert a forged row in the middle: shift the rest up by one
        attack = "UPDATE " + table + " SET seq = seq + 1000 WHERE seq >= " + std::to_string(seq) + "; UPDATE " + table +
                 " SET seq = seq - 999 WHERE seq >= 1000; INSERT INTO " + table +
                 " SELECT plan, " + std::to_string(seq) + ", kind, at, version, content, content_sha256, prev_hash,"
                 " row_hash FROM " + table + " WHERE seq = " + std::to_string(seq + 1);
        break;
      case 4:  // reorder: swap two rows' everything but their seq
        attack = "UPDATE " + table + " SET seq = -1" + where + "; UPDATE " + table + " SET seq = " + std::to_string(seq) +
                 " WHERE seq = " + std::to_string(other) + "; UPDATE " + table + " SET seq = " + std::to_string(other) +
                 " WHERE seq = -1";
        break;
      case 5:  // remove the last row (only the kept head shows it for the log)
        attack = "DELETE FROM " + table + " WHERE seq = " + std::to_string(rows);
        break;
      case 6:  // rewrite the current document
        attack = "UPDATE plans SET document = replace(document, 'lotte', 'lotta')";
        break;
      case 7:  // move the moment retention counts from (Jeugdwet 7.3.8) twenty years back
        attack = "UPDATE plans SET last_at = '2006-07-01T10:00:00+02:00'";
        break;
      case 8:  // make the whole dossier disappear
        attack = "DELETE FROM history; DELETE FROM log; DELETE FROM plans";
        break;
    }
    sql(path, std::string(drop) + attack);
    Store store = open_sqlite_store(path, OpenMode::open_existing);
    const Json report = store.verify(kept);
    ASSERT_FALSE(report["ok"]) << "round " << round << " went unnoticed: " << attack;
    const Json& first = report["problems"][0];
    EXPECT_TRUE(first["table"] == "history" || first["table"] == "log" || first["table"] == "plans") << first.dump();
    EXPECT_FALSE(first["message"].get<std::string>().empty());
    if (round % 9 == 7 || round % 9 == 8) {
      EXPECT_EQ(first["table"], "plans") << report.dump(2);
    }
    if (round % 9 == 0 || round % 9 == 1) {
      EXPECT_EQ(first["table"], table) << attack << "\n" << report.dump(2);
      EXPECT_EQ(first["seq"], seq) << attack << "\n" << report.dump(2);
    }
  }
}

// Writes log records until killed, each in its own transaction.
[[noreturn]] void write_forever(const std::string& path, int writer) {
  try {
    Store store = open_sqlite_store(path, OpenMode::open_existing);
    for (int n = 0;; ++n) store.log(kPlanId, log_record(writer * 100000 + n));
  } catch (...) {
    ::_exit(3);
  }
}

TEST(StoreSqlite, TwoProcessesWritingLoseNothing) {
  ScratchDir dir;
  const std::string path = dir.file("store.db");
  {
    Store store = open_sqlite_store(path, OpenMode::create_if_missing);
    create_plan(store);
  }
  constexpr int kPerWriter = 150;
  pid_t writers[2];
  for (int w = 0; w < 2; ++w) {
    writers[w] = ::fork();
    ASSERT_GE(writers[w], 0);
    if (writers[w] == 0) {
      int code = 0;
      try {
        Store store = open_sqlite_store(path, OpenMode::open_existing);
        for (int n = 0; n < kPerWriter; ++n) store.log(kPlanId, log_record(w * 1000 + n));
      } catch (...) {
        code = 3;
      }
      ::_exit(code);
    }
  }
  // This process reads meanwhile: readers never block the writers (WAL).
  Store reader = open_sqlite_store(path, OpenMode::open_existing);
  for (int i = 0; i < 20; ++i) EXPECT_TRUE(reader.verify({})["ok"]);
  for (pid_t pid : writers) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a writer failed";
  }
  const Json log = reader.rows(Chain::log, kPlanId);
  ASSERT_EQ(log.size(), 2u * kPerWriter);
  std::set<std::string> users;
  for (const Json& row : log) users.insert(row["content"]["user"]["person"].get<std::string>());
  EXPECT_EQ(users.size(), 2u * kPerWriter);
  EXPECT_TRUE(reader.verify({})["ok"]);
}

TEST(StoreSqlite, KilledWritersLeaveAStoreThatOpensAndVerifies) {
  ScratchDir dir;
  const std::string path = dir.file("store.db");
  {
    Store store = open_sqlite_store(path, OpenMode::create_if_missing);
    create_plan(store);
  }
  std::mt19937 random(9);
  constexpr int kKills = 200;
  std::size_t rows_before = 0;
  int killed_mid_run = 0;
  for (int round = 0; round < kKills; ++round) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) write_forever(path, round);
    // Anywhere from before the child opened the file to well into its writing.
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 4000));
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    if (WIFSIGNALED(status)) ++killed_mid_run;
    Store store = open_sqlite_store(path, OpenMode::open_existing);
    const Json report = store.verify_plan(kPlanId, {});
    ASSERT_TRUE(report["ok"]) << "after kill " << round << ": " << report.dump(2);
    const std::size_t rows = report["plans"][0]["log_rows"];
    ASSERT_GE(rows, rows_before);  // nothing committed is ever lost
    rows_before = rows;
  }
  EXPECT_EQ(killed_mid_run, kKills);
  EXPECT_GT(rows_before, 0u) << "no child ever got to write: the kills came too early to test anything";
}

}  // namespace
