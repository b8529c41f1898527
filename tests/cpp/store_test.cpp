// The dossier store (issue #15): a plan's whole life through the store, fixed versions,
// akkoord evidence, signatures, the log, retention and destruction, the dossier package.
// Every test runs on both backends the library ships (SQLite and memory): the same
// cases a vendor's own backend must pass (docs/store.md, "Conformance").
#include <gtest/gtest.h>

#include "perspectief/workflow.hpp"
#include "store_support.hpp"

using namespace perspectief;
using namespace perspectief::store;
using namespace pp_store_test;

namespace {

enum class Backend { sqlite, memory };

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  Store open() {
    if (GetParam() == Backend::memory) return Store(memory_backend());
    return open_sqlite_store(dir_.file("dossiers.db"), OpenMode::create_if_missing);
  }
  // The plan's whole scenario applied through the store.
  Plan run_all(Store& store) {
    const Json events = scenario_events();
    Plan plan = store.create(amsterdam(), events[0]);
    for (std::size_t i = 1; i < events.size(); ++i) plan = store.apply(amsterdam(), kPlanId, events[i]);
    return plan;
  }
  ScratchDir dir_;
};

std::int64_t fixed_version_number(const Plan& plan) {
  if (plan.versions.empty()) throw std::runtime_error("the scenario fixes no version");
  return plan.versions.front().version;
}

std::size_t count_kind(const Json& rows, const std::string& kind) {
  std::size_t n = 0;
  for (const Json& row : rows) n += row["kind"] == kind;
  return n;
}

TEST_P(StoreTest, WholeLifeIsStoredAndVerifies) {
  Store store = open();
  const Plan plan = run_all(store);
  const Plan expected = examples::run_scenario(pp_test::source_root(),
                                               parse_json(pp_test::read_source_file(kScenario)));
  EXPECT_EQ(store.plan_document(kPlanId), plan_to_canonical(expected));
  const Json history = store.rows(Chain::history, kPlanId);
  EXPECT_EQ(count_kind(history, "event"), expected.history.size());
  EXPECT_EQ(count_kind(history, "fixed_version"), expected.versions.size());
  EXPECT_EQ(store.plan_ids(), std::vector<std::string>{kPlanId});
  EXPECT_EQ(store.consents(kPlanId), plan_to_json(expected)["consents"]);
  const Json report = store.verify({});
  EXPECT_TRUE(report["ok"]) << report.dump(2);
  EXPECT_EQ(report["plans"][0]["history_rows"], history.size());
  EXPECT_EQ(report["head"].get<std::string>().size(), 64u);
}

TEST_P(StoreTest, FixedVersionIsKeptByteForByteAfterLaterChanges) {
  Store store = open();
  const Json events = scenario_events();
  Plan plan = store.create(amsterdam(), events[0]);
  std::size_t i = 1;
  while (plan.versions.empty()) plan = store.apply(amsterdam(), kPlanId, events[i++]);
  const std::string at_fixing = store.plan_document(kPlanId);
  const std::int64_t version = fixed_version_number(plan);
  for (; i < events.size(); ++i) plan = store.apply(amsterdam(), kPlanId, events[i]);
  EXPECT_NE(store.plan_document(kPlanId), at_fixing);
  EXPECT_EQ(store.fixed_version(kPlanId, version), at_fixing);
  // The stored bytes hash to what the version record says (000: reproducible toward a judge).
  EXPECT_EQ(workflow::content_sha256(plan_from_text(at_fixing)), *plan.versions.front().content_sha256);
  try {
    store.fixed_version(kPlanId, 999);
    FAIL() << "version 999 was never fixed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST_P(StoreTest, RejectedEventStoresNothing) {
  Store store = open();
  const Json events = scenario_events();
  store.create(amsterdam(), events[0]);
  const std::string before = store.plan_document(kPlanId);
  // The hoofdaannemer starting help before anything is agreed is refused by the guards.
  try {
    store.apply(amsterdam(), kPlanId, events[17]);
    FAIL() << "hulp_starten right after the genesis must be refused";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::rejected);
  }
  EXPECT_EQ(store.plan_document(kPlanId), before);
  EXPECT_EQ(store.rows(Chain::history, kPlanId).size(), 1u);
  try {
    store.create(amsterdam(), events[0]);
    FAIL() << "a second plan with the same id";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::state);
    EXPECT_EQ(error.pointer(), "/payload/id");
  }
  try {
    store.apply(amsterdam(), "no-such-plan", events[1]);
    FAIL() << "unknown plan";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::not_found);
  }
}

TEST_P(StoreTest, AFamilysObjectionToRecordingKeepsThePlanOut) {
  // R-LT-STORE: with the family's objection the lokale team stores only its own account.
  Store store = open();
  Json genesis = scenario_events()[0];
  genesis["payload"]["recording_objection"] = true;
  try {
    store.create(amsterdam(), genesis);
    FAIL() << "a plan the family objects to recording was stored";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::rejected);
    EXPECT_EQ(error.pointer(), "/recording_objection");
    EXPECT_EQ(error.rules(), std::vector<std::string>{"R-LT-STORE"});
  }
  EXPECT_TRUE(store.plan_ids().empty());
  EXPECT_TRUE(store.verify({})["ok"]);
}

TEST_P(StoreTest, AkkoordEvidenceNeedsTheAkkoordAndAKnownMethod) {
  Store store = open();
  const Plan plan = run_all(store);
  const std::int64_t version = fixed_version_number(plan);
  const Json evidence = store.record_akkoord(
      kPlanId, {{"person", "lotte"}, {"version", version}, {"method", "digid_substantieel"},
                {"at", "2026-02-25T19:00:30+01:00"}, {"reference", "digid-tx-123"}});
  EXPECT_EQ(evidence["content_sha256"], *plan.versions.front().content_sha256);
  EXPECT_EQ(evidence["by"]["role"], "ouder");
  const auto refused = [&](const Json& e, ErrorCode code, const std::string& pointer) {
    try {
      store.record_akkoord(kPlanId, e);
      ADD_FAILURE() << "accepted " << e.dump();
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), code) << error.what();
      EXPECT_EQ(error.pointer(), pointer) << error.what();
    }
  };
  const std::string at = "2026-02-25T19:00:30+01:00";
  refused({{"person", "lotte"}, {"version", version}, {"method", "sms_code"}, {"at", at}}, ErrorCode::validation, "/method");
  refused({{"person", "emre"}, {"version", version}, {"method", "digid_midden"}, {"at", at}}, ErrorCode::validation, "/person");
  refused({{"person", "lotte"}, {"version", version}, {"method", "digid_midden"}, {"at", "yesterday"}}, ErrorCode::schema, "/at");
  refused({{"person", "lotte"}, {"method", "digid_midden"}, {"at", at}}, ErrorCode::schema, "/version");
  EXPECT_EQ(count_kind(store.rows(Chain::history, kPlanId), "akkoord"), 1u);
  EXPECT_TRUE(store.verify({})["ok"]);
}

// The vocabulary is the plan's region profile's; a host with other means passes its own,
// which then is the only one that counts.
TEST_P(StoreTest, AkkoordMethodsComeFromTheProfileUnlessTheHostGivesItsOwn) {
  const auto& methods = perspectief::profile_from_json(perspectief::builtin_profile_json("amsterdam-zaanstreek")).akkoord_methods;
  ASSERT_FALSE(methods.empty());
  EXPECT_TRUE(std::any_of(methods.begin(), methods.end(), [](const auto& m) { return m.code == "mondeling_met_getuige"; }));
  Store own(memory_backend(), StoreOptions{20, {{"sms_code", "sms-code van de gemeente", "the municipality's SMS code"}}});
  const Plan plan = run_all(own);
  const std::int64_t version = fixed_version_number(plan);
  const std::string at = "2026-02-25T19:00:30+01:00";
  EXPECT_NO_THROW(own.record_akkoord(kPlanId, {{"person", "lotte"}, {"version", version}, {"method", "sms_code"}, {"at", at}}));
  try {
    own.record_akkoord(kPlanId, {{"person", "lotte"}, {"version", version}, {"method", "digid_midden"}, {"at", at}});
    ADD_FAILURE() << "a method outside the host's vocabulary was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/method");
    EXPECT_NE(std::string(error.what()).find("sms_code"), std::string::npos) << error.what();
  }
}

TEST_P(StoreTest, SignatureChecksWithThePublicKey) {
  Store store = open();
  const Plan plan = run_all(store);
  const std::int64_t version = fixed_version_number(plan);
  const SigningKey team = signing_key_from_seed(std::string(64, '1'));
  const SigningKey other = signing_key_from_seed(std::string(64, '2'));
  const Json signature = store.sign_version(kPlanId, version, team.secret_key, "btn-0412", "2026-02-26T09:05:00+01:00");
  EXPECT_EQ(signature["public_key"], team.public_key);
  Store::VerifyOptions trusted;
  trusted.trusted_keys = {team.public_key};
  EXPECT_TRUE(store.verify(trusted)["ok"]);
  Store::VerifyOptions wrong;
  wrong.trusted_keys = {other.public_key};
  const Json report = store.verify(wrong);
  ASSERT_FALSE(report["ok"]);
  EXPECT_EQ(report["problems"][0]["problem"], "signature_key");
  EXPECT_THROW(store.sign_version(kPlanId, version, "not-a-key", "btn-0412", "2026-02-26T09:05:00+01:00"), Error);
  EXPECT_THROW(store.sign_version(kPlanId, 999, team.secret_key, "btn-0412", "2026-02-26T09:05:00+01:00"), Error);
  // A random key pair works the same way.
  const SigningKey fresh = generate_signing_key();
  EXPECT_EQ(fresh.public_key.size(), 64u);
  EXPECT_EQ(fresh.secret_key.size(), 128u);
  EXPECT_NE(fresh.public_key, team.public_key);
}

TEST_P(StoreTest, EveryViewIsLogged) {
  Store store = open();
  run_all(store);
  const Json refused = store.view(amsterdam(), kPlanId, gemeente_request());
  EXPECT_TRUE(refused["disclosure"].is_null());
  const Json released = store.view(amsterdam(), kPlanId, mother_request());
  EXPECT_TRUE(released["disclosure"].is_object());
  store.log(kPlanId, log_record(1));
  const Json log = store.rows(Chain::log, kPlanId);
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0]["kind"], "refusal");
  EXPECT_EQ(log[0]["content"], refused["refusal"]);
  EXPECT_EQ(log[1]["kind"], "disclosure");
  EXPECT_EQ(log[1]["content"], released["disclosure"]);
  EXPECT_EQ(log[2]["content"], log_record(1));
  // A record about another plan, or without a natural person, is refused (R-LOG).
  Json other = log_record(2);
  other["client"]["plan"] = "another-plan";
  try {
    store.log(kPlanId, other);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/client/plan");
  }
  Json nobody = log_record(3);
  nobody["user"].erase("person");
  EXPECT_THROW(store.log(kPlanId, nobody), Error);
  EXPECT_EQ(store.rows(Chain::log, kPlanId).size(), 3u);
  EXPECT_TRUE(store.verify({})["ok"]);
}

TEST_P(StoreTest, DeadlinesDueAcrossPlans) {
  Store store = open();
  const Json events = scenario_events();
  store.create(amsterdam(), events[0]);
  // Straight after the genesis nothing of the crisis or hand-over kind is due: the list
  // has only due or overdue entries, each naming its plan.
  for (const Json& deadline : store.deadlines_due(amsterdam(), "2027-03-02T09:30:00+01:00")) {
    EXPECT_EQ(deadline["plan"], kPlanId);
    EXPECT_NE(deadline["status"], "open");
  }
  EXPECT_THROW(store.deadlines_due(amsterdam(), "tomorrow"), Error);
}

TEST_P(StoreTest, RetentionAndDestruction) {
  Store store = open();
  run_all(store);
  const Json lt = {{"role", "lokaal_team"}, {"person", "btn-0412"}};
  // Last event 2026-07-01: kept until 2046-07-01 (Jeugdwet 7.3.8).
  const Json listed = store.retention("2030-01-01T00:00:00+01:00", false);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["retain_until"], "2046-07-01");
  EXPECT_FALSE(listed[0]["due"]);
  EXPECT_TRUE(store.retention("2030-01-01T00:00:00+01:00", true).empty());
  EXPECT_EQ(store.retention("2046-07-01T00:00:00+02:00", true).size(), 1u);
  try {
    store.destroy(kPlanId, {{"requested_by", lt}, {"at", "2030-01-01T10:00:00+01:00"}, {"basis", "bewaartermijn"}});
    FAIL() << "destroyed before the retention passed";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::state);
  }
  // An exception of 7.3.9: nothing destroyed, the refusal logged.
  const Json kept = store.destroy(kPlanId, {{"requested_by", {{"role", "ouder"}, {"person", "lotte"}}},
                                            {"at", "2030-01-01T10:00:00+01:00"}, {"basis", "verzoek"},
                                            {"exception", "aanmerkelijk_belang_ander"}});
  EXPECT_EQ(kept["exception"], "aanmerkelijk_belang_ander");
  EXPECT_NO_THROW(store.plan_document(kPlanId));
  const std::string head_before = store.verify({})["plans"][0]["history_head"];
  const Json record = store.destroy(kPlanId, {{"requested_by", {{"role", "ouder"}, {"person", "lotte"}}},
                                              {"at", "2030-01-02T10:00:00+01:00"}, {"basis", "verzoek"},
                                              {"reason", "verzoek van moeder"}});
  EXPECT_EQ(record["history_head"], head_before);
  try {
    store.plan_document(kPlanId);
    FAIL() << "the document survived destruction";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::state);
  }
  for (const Json& row : store.rows(Chain::history, kPlanId)) EXPECT_TRUE(row["content"].is_null());
  const Json log = store.rows(Chain::log, kPlanId);
  EXPECT_EQ(log.back()["kind"], "destruction");
  EXPECT_EQ(log[log.size() - 2]["kind"], "destruction_refused");
  // The chain still verifies, with the same head: hashes stay, content goes.
  const Json report = store.verify({});
  EXPECT_TRUE(report["ok"]) << report.dump(2);
  EXPECT_EQ(report["plans"][0]["history_head"], head_before);
  EXPECT_TRUE(report["plans"][0]["destroyed"]);
  EXPECT_THROW(store.destroy(kPlanId, {{"requested_by", lt}, {"at", "2030-01-03T10:00:00+01:00"}, {"basis", "verzoek"}}),
               Error);
  EXPECT_THROW(store.apply(amsterdam(), kPlanId, scenario_events()[1]), Error);
  // A destroyed plan's package still verifies elsewhere.
  EXPECT_TRUE(verify_package(store.export_plan(kPlanId))["ok"]);
}

TEST_P(StoreTest, PackageVerifiesAndImportsElsewhere) {
  Store store = open();
  run_all(store);
  store.view(amsterdam(), kPlanId, mother_request());
  const std::string package = store.export_plan(kPlanId);
  EXPECT_TRUE(verify_package(package)["ok"]);
  Store elsewhere(memory_backend());
  EXPECT_EQ(elsewhere.import_plan(package), kPlanId);
  EXPECT_EQ(elsewhere.plan_document(kPlanId), store.plan_document(kPlanId));
  EXPECT_EQ(elsewhere.verify({})["head"], store.verify({})["head"]);
  // The plan lives on in its new store.
  elsewhere.view(amsterdam(), kPlanId, gemeente_request());
  EXPECT_TRUE(elsewhere.verify({})["ok"]);
  try {
    elsewhere.import_plan(package);
    FAIL() << "imported twice";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::state);
  }
}

TEST_P(StoreTest, TamperedPackageIsRefused) {
  Store store = open();
  run_all(store);
  Json package = parse_json(store.export_plan(kPlanId));
  // One changed word in an old event: the row's content no longer hashes right.
  package["history"][2]["content"]["entry"]["actor"]["person"] = "someone-else";
  const Json report = verify_package(canonical_json(package));
  ASSERT_FALSE(report["ok"]);
  EXPECT_EQ(report["problems"][0]["table"], "history");
  EXPECT_EQ(report["problems"][0]["seq"], 3);
  EXPECT_EQ(report["problems"][0]["problem"], "content");
  Store elsewhere(memory_backend());
  try {
    elsewhere.import_plan(canonical_json(package));
    FAIL() << "a tampered package was imported";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::validation);
    EXPECT_FALSE(error.problems().empty());
  }
  EXPECT_TRUE(elsewhere.plan_ids().empty());
  // The plan's record is not chained, but must agree with the chains: moving the moment
  // retention counts from (Jeugdwet 7.3.8) is caught and named.
  Json moved = parse_json(store.export_plan(kPlanId));
  moved["last_at"] = "2006-07-01T10:00:00+02:00";
  try {
    elsewhere.import_plan(canonical_json(moved));
    FAIL() << "a package with a moved last_at was imported";
  } catch (const Error& error) {
    EXPECT_EQ(error.pointer(), "/last_at") << error.what();
  }
  // A package cut short at the end no longer ends at the head it states.
  Json cut = parse_json(store.export_plan(kPlanId));
  cut["log"] = Json::array();
  cut["history"].erase(cut["history"].size() - 1);
  EXPECT_FALSE(verify_package(canonical_json(cut))["ok"]);
  EXPECT_THROW(verify_package("{\"format\":\"something else\"}"), Error);
  EXPECT_THROW(verify_package("not json"), Error);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::sqlite, Backend::memory),
                         [](const ::testing::TestParamInfo<Backend>& param) {
                           return param.param == Backend::sqlite ? std::string("sqlite") : std::string("memory");
                         });

}  // namespace
