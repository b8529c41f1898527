/* The dossier store through the C ABI (docs/store.md): a plan created and moved on
 * in a store file, a refused event that stores nothing, a view whose refusal is
 * logged, a fixed version signed and kept byte for byte, akkoord evidence refused
 * without its akkoord, verify, the dossier package exported, checked, tampered
 * with and imported, destruction, a store in memory, a plan's consents, and bad
 * files and handles.
 *
 * Usage: test_store <scratch path prefix> (ctest gives the native and the valgrind
 * run different prefixes, so that they can run at the same time). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

#define ILSE \
  "{\"role\":\"lokaal_team\",\"person\":\"btn-0412\",\"organisation\":\"Buurtteam Amsterdam Noord (fictief)\"}"
#define PLAN_ID "pp-2026-ams-0417"
#define SEED "0101010101010101010101010101010101010101010101010101010101010101"

static char* event(const char* name, const char* at, const char* payload) {
  if (payload == NULL) return join("{\"event\":\"", name, "\",\"actor\":", ILSE, ",\"at\":\"", at, "\"}", NULL);
  return join("{\"event\":\"", name, "\",\"actor\":", ILSE, ",\"at\":\"", at, "\",\"payload\":", payload, "}", NULL);
}

/* Applies an event to the stored plan; returns whether it was stored. */
static int apply(pp_store* store, const fixture* f, const char* name, const char* at, const char* payload,
                 pp_status expected) {
  pp_plan* plan = NULL;
  char* text = event(name, at, payload);
  pp_status status = pp_store_apply(store, f->engine, PLAN_ID, text, &plan);
  CHECK_STATUS(expected, status);
  pp_plan_destroy(plan);
  free(text);
  return status == PP_OK;
}

static void remove_store(const char* path) {
  char* wal = join(path, "-wal", NULL);
  char* shm = join(path, "-shm", NULL);
  remove(path);
  remove(wal);
  remove(shm);
  free(wal);
  free(shm);
}

static char* key_member(const char* key_json, const char* name) {
  /* {"public_key":"<hex>","secret_key":"<hex>"}: the hex after "name":" */
  const char* start = strstr(key_json, name);
  char* value;
  size_t length;
  if (start == NULL) return NULL;
  start += strlen(name) + 3;
  length = (size_t)(strchr(start, '"') - start);
  value = malloc(length + 1);
  if (value == NULL) abort();
  memcpy(value, start, length);
  value[length] = '\0';
  return value;
}

static void lifecycle(const fixture* f, const char* path, const char* other_path) {
  pp_store* store = NULL;
  pp_store* other = NULL;
  pp_plan* plan = NULL;
  char* content = NULL;
  char* genesis;
  char* out = NULL;
  char* package = NULL;
  char* tampered;
  char* key = NULL;
  char* secret;
  char* public_key;
  char* options;
  char* where;

  remove_store(path);
  remove_store(other_path);
  CHECK_ERROR(PP_ERR_NOT_FOUND, "store init", pp_store_open(path, PP_STORE_OPEN_EXISTING, &store));
  CHECK(store == NULL);
  CHECK_STATUS(PP_OK, pp_store_open(path, PP_STORE_CREATE, &store));
  if (store == NULL) return;

  CHECK_STATUS(PP_OK, pp_workflow_initial_content(f->plan, &content));
  genesis = event("plan_aanmaken", "2026-02-09T10:00:00+01:00", content);
  CHECK_STATUS(PP_OK, pp_store_create_plan(store, f->engine, genesis, &plan));
  pp_plan_destroy(plan);
  plan = NULL;
  CHECK_ERROR(PP_ERR_STATE, "already in the store", pp_store_create_plan(store, f->engine, genesis, &plan));
  CHECK_STR_EQ("/payload/id", pp_last_error_pointer());
  free(genesis);
  pp_string_free(content);

  apply(store, f, "vraagverheldering_starten", "2026-02-09T10:45:00+01:00", NULL, PP_OK);
  /* Refused by the guards: nothing stored. */
  apply(store, f, "hulp_starten", "2026-02-10T10:00:00+01:00", NULL, PP_ERR_REJECTED);
  CHECK_STATUS(PP_OK, pp_store_rows(store, PLAN_ID, "history", &out));
  CHECK_CONTAINS(out, "\"seq\":2");
  CHECK(strstr(out, "\"seq\":3") == NULL);
  pp_string_free(out);
  apply(store, f, "versie_vaststellen", "2026-02-10T11:00:00+01:00", "{\"note\":\"eerste versie\"}", PP_OK);

  CHECK_STATUS(PP_OK, pp_store_get(store, f->engine, PLAN_ID, &plan));
  CHECK_STATUS(PP_OK, pp_plan_get(plan, "/status", &out));
  CHECK_STR_EQ("\"vraagverheldering\"", out);
  pp_string_free(out);
  pp_plan_destroy(plan);
  plan = NULL;
  CHECK_STATUS(PP_OK, pp_store_plans(store, &out));
  CHECK_STR_EQ("[\"" PLAN_ID "\"]", out);
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_store_deadlines_due(store, f->engine, FIXTURE_AT, &out));
  CHECK(out != NULL && out[0] == '[');
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "at", pp_store_deadlines_due(store, f->engine, "tomorrow", &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "engine", pp_store_deadlines_due(store, NULL, FIXTURE_AT, &out));

  /* The fixed version, its signature, and akkoord evidence without an akkoord. */
  CHECK_STATUS(PP_OK, pp_store_fixed_version(store, PLAN_ID, 1, &out));
  CHECK_CONTAINS(out, "\"note\":\"eerste versie\"");
  pp_string_free(out);
  CHECK_STATUS(PP_ERR_NOT_FOUND, pp_store_fixed_version(store, PLAN_ID, 7, &out));
  CHECK_STATUS(PP_OK, pp_signing_key_from_seed(SEED, &key));
  secret = key_member(key, "secret_key");
  public_key = key_member(key, "public_key");
  CHECK_STATUS(PP_OK, pp_store_sign_version(store, PLAN_ID, 1, secret, "btn-0412", "2026-02-10T11:05:00+01:00", &out));
  CHECK_CONTAINS(out, public_key);
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "secret_key",
              pp_store_sign_version(store, PLAN_ID, 1, "beef", "btn-0412", "2026-02-10T11:05:00+01:00", &out));
  CHECK_ERROR(PP_ERR_VALIDATION, "no akkoord",
              pp_store_record_akkoord(store, PLAN_ID,
                                      "{\"person\":\"lotte\",\"version\":1,\"method\":\"digid_midden\","
                                      "\"at\":\"2026-02-10T12:00:00+01:00\"}", &out));
  CHECK_STR_EQ("/person", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_VALIDATION, "method",
              pp_store_record_akkoord(store, PLAN_ID,
                                      "{\"person\":\"lotte\",\"version\":1,\"method\":\"sms\","
                                      "\"at\":\"2026-02-10T12:00:00+01:00\"}", &out));

  /* A view is logged: the gemeente's refusal (R-GEMEENTE). */
  CHECK_STATUS(PP_OK, pp_store_view(store, f->engine, PLAN_ID, FIXTURE_REQUEST, &out));
  CHECK_CONTAINS(out, "\"disclosure\":null");
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_store_rows(store, PLAN_ID, "log", &out));
  CHECK_CONTAINS(out, "\"kind\":\"refusal\"");
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_SCHEMA, "record_json", pp_store_log(store, PLAN_ID, "{\"format\":\"perspectief/disclosure@1\"}"));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "chain", pp_store_rows(store, PLAN_ID, "ledger", &out));

  /* verify, with the signature's key trusted; then with another key. */
  options = join("{\"trusted_keys\":[\"", public_key, "\"]}", NULL);
  CHECK_STATUS(PP_OK, pp_store_verify(store, options, &out));
  CHECK_CONTAINS(out, "\"ok\":true");
  pp_string_free(out);
  free(options);
  CHECK_STATUS(PP_OK, pp_store_verify(store, "{\"trusted_keys\":[\"00\"]}", &out));
  CHECK_CONTAINS(out, "\"ok\":false");
  CHECK_CONTAINS(out, "\"problem\":\"signature_key\"");
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "options_json", pp_store_verify(store, "{\"keys\":1}", &out));

  /* The package: verifies anywhere, imports once, and a changed byte is caught. */
  CHECK_STATUS(PP_OK, pp_store_export(store, PLAN_ID, &package));
  CHECK_STATUS(PP_OK, pp_store_verify_package(package, NULL, &out));
  CHECK_CONTAINS(out, "\"ok\":true");
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_store_open(other_path, PP_STORE_CREATE, &other));
  CHECK_STATUS(PP_OK, pp_store_import(other, package, &out));
  CHECK_STR_EQ(PLAN_ID, out);
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_STATE, "already", pp_store_import(other, package, &out));
  /* In a history row: the package's own "history" comes after its "heads" (the current
   * document, earlier in the package, has a history and the note too). */
  where = package == NULL ? NULL : strstr(package, "\"heads\":");
  if (where != NULL) where = strstr(where, "\"history\":[");
  if (where != NULL) where = strstr(where, "eerste versie");
  CHECK(where != NULL);
  tampered = join(package, NULL);
  if (where != NULL) tampered[where - package] = 'E';
  CHECK_STATUS(PP_OK, pp_store_verify_package(tampered, NULL, &out));
  CHECK_CONTAINS(out, "\"ok\":false");
  CHECK_CONTAINS(out, "\"table\":\"history\"");
  pp_string_free(out);
  pp_store_close(other);
  other = NULL;
  remove_store(other_path);
  CHECK_STATUS(PP_OK, pp_store_open(other_path, PP_STORE_CREATE, &other));
  CHECK_ERROR(PP_ERR_VALIDATION, "does not verify", pp_store_import(other, tampered, &out));
  CHECK_STATUS(PP_OK, pp_store_plans(other, &out));
  CHECK_STR_EQ("[]", out);
  pp_string_free(out);
  free(tampered);
  pp_string_free(package);
  pp_store_close(other);

  /* Retention and destruction (Jeugdwet 7.3.8, 7.3.9). */
  CHECK_STATUS(PP_OK, pp_store_retention(store, "2030-01-01T00:00:00+01:00", 0, &out));
  CHECK_CONTAINS(out, "\"retain_until\":\"2046-02-10\"");
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_STATE, "retention",
              pp_store_destroy(store, PLAN_ID,
                               "{\"requested_by\":" ILSE ",\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"bewaartermijn\"}",
                               &out));
  CHECK_STATUS(PP_OK, pp_store_destroy(store, PLAN_ID,
                                       "{\"requested_by\":{\"role\":\"ouder\",\"person\":\"lotte\"},"
                                       "\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"verzoek\"}", &out));
  CHECK_CONTAINS(out, "\"history_rows\":");
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_STATE, "destroyed", pp_store_get(store, f->engine, PLAN_ID, &plan));
  CHECK_STATUS(PP_OK, pp_store_verify(store, NULL, &out));
  CHECK_CONTAINS(out, "\"ok\":true");
  CHECK_CONTAINS(out, "\"destroyed\":true");
  pp_string_free(out);

  free(secret);
  free(public_key);
  pp_string_free(key);
  pp_store_close(store);
  remove_store(path);
  remove_store(other_path);
}

/* A store in memory (the path ":memory:", as in SQLite) holds the same operations as a
 * file, and each one is its own store; a plan's consents come back as the plan holds them. */
static void in_memory_and_consents(const fixture* f) {
  pp_store* store = NULL;
  pp_store* second = NULL;
  pp_store* refused = NULL;
  pp_plan* plan = NULL;
  char* content = NULL;
  char* genesis;
  char* out = NULL;
  char* held = NULL;

  /* Nothing to open: every flag gives a new, empty store. */
  CHECK_STATUS(PP_OK, pp_store_open(PP_STORE_IN_MEMORY, PP_STORE_OPEN_EXISTING, &store));
  CHECK_STATUS(PP_OK, pp_store_open(PP_STORE_IN_MEMORY, PP_STORE_CREATE, &second));
  if (store == NULL || second == NULL) {
    pp_store_close(store);
    pp_store_close(second);
    return;
  }
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "flags", pp_store_open(PP_STORE_IN_MEMORY, 8u, &refused));
  CHECK(refused == NULL);
  CHECK_STATUS(PP_OK, pp_workflow_initial_content(f->plan, &content));
  genesis = event("plan_aanmaken", "2026-02-09T10:00:00+01:00", content);
  CHECK_STATUS(PP_OK, pp_store_create_plan(store, f->engine, genesis, &plan));
  CHECK_STATUS(PP_OK, pp_store_plans(store, &out));
  CHECK_STR_EQ("[\"" PLAN_ID "\"]", out);
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_store_plans(second, &out));
  CHECK_STR_EQ("[]", out);
  pp_string_free(out);

  /* The consents are the stored plan's own "consents", byte for byte. */
  CHECK_STATUS(PP_OK, pp_plan_get(plan, "/consents", &held));
  CHECK_STATUS(PP_OK, pp_store_consents(store, PLAN_ID, &out));
  CHECK_CONTAINS(out, "\"id\":\"c-noor-aanbieder\"");
  if (out != NULL && held != NULL) CHECK_STR_EQ(held, out);
  pp_string_free(out);
  out = NULL;

  /* Deny and bad input: an unknown plan, NULL arguments, a handle of another type. */
  CHECK_ERROR(PP_ERR_NOT_FOUND, "pp-onbekend", pp_store_consents(store, "pp-onbekend", &out));
  CHECK(out == NULL);
  CHECK_ERROR(PP_ERR_NOT_FOUND, "pp-onbekend", pp_store_consents(second, "pp-onbekend", &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "store", pp_store_consents(NULL, PLAN_ID, &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "plan_id", pp_store_consents(store, NULL, &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_store_consents(store, PLAN_ID, NULL));
  CHECK_ERROR(PP_ERR_STATE, "pp_store", pp_store_consents((pp_store*)f->engine, PLAN_ID, &out));
  CHECK(out == NULL);

  /* Destroyed, the plan's consents are gone with its content. */
  CHECK_STATUS(PP_OK, pp_store_destroy(store, PLAN_ID,
                                       "{\"requested_by\":{\"role\":\"ouder\",\"person\":\"lotte\"},"
                                       "\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"verzoek\"}", &out));
  pp_string_free(out);
  out = NULL;
  CHECK_ERROR(PP_ERR_STATE, "destroyed", pp_store_consents(store, PLAN_ID, &out));
  CHECK(out == NULL);

  free(genesis);
  pp_string_free(content);
  pp_string_free(held);
  pp_plan_destroy(plan);
  pp_store_close(store);
  pp_store_close(second);
}

static void bad_files_and_handles(const fixture* f, const char* path) {
  pp_store* store = NULL;
  char* out = NULL;
  FILE* file;
  int i;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "path", pp_store_open(NULL, PP_STORE_CREATE, &store));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_store", pp_store_open(path, PP_STORE_CREATE, NULL));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "flags", pp_store_open(path, 8u, &store));
  file = fopen(path, "wb");
  CHECK(file != NULL);
  if (file != NULL) {
    for (i = 0; i < 3000; ++i) fputc((i * 7919) % 251, file);
    fclose(file);
  }
  CHECK_ERROR(PP_ERR_IO, "not a perspectief store", pp_store_open(path, PP_STORE_CREATE, &store));
  CHECK(store == NULL);
  remove_store(path);
  /* A handle of another type is refused, and left alone by close. */
  CHECK_ERROR(PP_ERR_STATE, "pp_store", pp_store_plans((pp_store*)f->engine, &out));
  pp_store_close((pp_store*)f->engine);
  pp_store_close(NULL);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "package_json", pp_store_verify_package(NULL, NULL, &out));
  CHECK_ERROR(PP_ERR_JSON_SYNTAX, "package_json", pp_store_verify_package("{", NULL, &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "seed", pp_signing_key_from_seed("xyz", &out));
  CHECK_STATUS(PP_OK, pp_signing_key_generate(&out));
  CHECK_CONTAINS(out, "\"public_key\":\"");
  pp_string_free(out);
}

int main(int argc, char** argv) {
  fixture f = fixture_load();
  const char* prefix = argc > 1 ? argv[1] : "test_store";
  char* path = join(prefix, ".db", NULL);
  char* other_path = join(prefix, "-other.db", NULL);
  char* bad_path = join(prefix, "-bad.db", NULL);
  lifecycle(&f, path, other_path);
  in_memory_and_consents(&f);
  bad_files_and_handles(&f, bad_path);
  free(path);
  free(other_path);
  free(bad_path);
  fixture_free(&f);
  return check_finish("test_store");
}
