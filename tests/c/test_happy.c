/* Happy paths over every function: engines from a built-in profile, from
 * text and from a file; plan parse, canonical round trip, get, validate and
 * records; the workflow walked with events; sharing decisions and views. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

static void json_and_profiles(void) {
  char* out = NULL;
  CHECK_STATUS(PP_OK, pp_json_canonicalize(" { \"b\" : [1, 2.5, \"caf\xC3\xA9\"], \"a\" : null } ", &out));
  CHECK_STR_EQ("{\"a\":null,\"b\":[1,2.5,\"caf\xC3\xA9\"]}", out);
  pp_string_free(out);

  CHECK_STATUS(PP_OK, pp_profile_list(&out));
  CHECK_CONTAINS(out, "\"id\":\"amsterdam-zaanstreek\"");
  CHECK_CONTAINS(out, "\"id\":\"flevoland\"");
  CHECK_CONTAINS(out, "\"id\":\"foodvalley\"");
  CHECK_CONTAINS(out, "\"id\":\"werkproces-jeugdhulp\"");
  pp_string_free(out);

  CHECK_STATUS(PP_OK, pp_profile_get("flevoland", &out));
  CHECK(out != NULL && out[0] == '{');
  CHECK_CONTAINS(out, "\"id\":\"flevoland\"");
  CHECK_CONTAINS(out, "\"minimum_conditions\":");
  pp_string_free(out);
}

static void engines(void) {
  pp_engine* engine = NULL;
  char* profile = NULL;
  char* info = NULL;

  /* From text: the built-in document handed back in. */
  CHECK_STATUS(PP_OK, pp_profile_get("foodvalley", &profile));
  CHECK_STATUS(PP_OK, pp_engine_create(profile, NULL, NULL, &engine));
  CHECK_STATUS(PP_OK, pp_engine_info(engine, &info));
  CHECK_CONTAINS(info, "\"profile\":\"foodvalley\"");
  CHECK_CONTAINS(info, "\"municipality\":null");
  pp_string_free(info);
  pp_engine_destroy(engine);
  pp_string_free(profile);

  /* From a file. */
  CHECK_STATUS(PP_OK, pp_engine_create_from_file(PP_SOURCE_DIR "/profiles/flevoland.json", NULL, NULL, &engine));
  CHECK_STATUS(PP_OK, pp_engine_info(engine, &info));
  CHECK_CONTAINS(info, "\"profile\":\"flevoland\"");
  pp_string_free(info);
  pp_engine_destroy(engine);

  /* Built in, with municipal settings that make a local choice. */
  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE,
                                               "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\","
                                               "\"municipality\":\"zaanstad\",\"local_choices\":{\"goede_vrijdag_vrij\":true}}",
                                               NULL, &engine));
  CHECK_STATUS(PP_OK, pp_engine_info(engine, &info));
  CHECK_CONTAINS(info, "\"municipality\":\"zaanstad\"");
  CHECK_CONTAINS(info, "\"goede_vrijdag_vrij\":true");
  CHECK_CONTAINS(info, "\"bevrijdingsdag_vrij\":\"lustrum\""); /* the profile's default */
  pp_string_free(info);
  pp_engine_destroy(engine);
}

/* Checks that the value at `pointer` in the plan is `expected` (JSON text). */
static void check_value(const pp_plan* plan, const char* pointer, const char* expected) {
  char* value = NULL;
  CHECK_STATUS(PP_OK, pp_plan_get(plan, pointer, &value));
  CHECK_STR_EQ(expected, value);
  pp_string_free(value);
}

static void plans(const fixture* f) {
  char* canonical = NULL;
  char* again_json = NULL;
  char* from_file = NULL;
  pp_plan* again = NULL;

  /* Canonical round trip: parse -> to_json -> parse -> to_json is stable, and
   * loses nothing of the file (vendor fields included). */
  CHECK_STATUS(PP_OK, pp_plan_to_json(f->plan, &canonical));
  CHECK_STATUS(PP_OK, pp_json_canonicalize(f->plan_json, &from_file));
  CHECK_STR_EQ(from_file, canonical);
  CHECK_CONTAINS(canonical, "\"x-vendor-clientnummer\":\"CL-88213\"");
  CHECK_STATUS(PP_OK, pp_plan_parse(f->engine, canonical, &again));
  CHECK_STATUS(PP_OK, pp_plan_to_json(again, &again_json));
  CHECK_STR_EQ(canonical, again_json);

  check_value(f->plan, "/id", "\"pp-2026-ams-0417\"");
  check_value(f->plan, "/family/members/2/x-vendor-clientnummer", "\"CL-88213\"");
  check_value(f->plan, "", canonical);

  pp_string_free(canonical);
  pp_string_free(again_json);
  pp_string_free(from_file);
  pp_plan_destroy(again);
}

/* A pp_plan does not reference the engine that parsed it (perspectief.h): once
 * that engine is destroyed the plan is still whole, and any other engine works
 * on it. The other languages build their object model on this
 * (docs/conformance.md, "The object model"). */
static void plan_outlives_its_engine(const fixture* f) {
  pp_engine* parser = NULL;
  pp_plan* plan = NULL;
  char* before = NULL;
  char* after = NULL;
  char* problems = NULL;
  char* content = NULL;

  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE, NULL, NULL, &parser));
  CHECK_STATUS(PP_OK, pp_plan_parse(parser, f->plan_json, &plan));
  CHECK_STATUS(PP_OK, pp_plan_to_json(plan, &before));
  pp_engine_destroy(parser);

  CHECK_STATUS(PP_OK, pp_plan_to_json(plan, &after));
  CHECK_STR_EQ(before, after);
  CHECK_STATUS(PP_OK, pp_plan_validate(f->engine, plan, &problems));
  CHECK_STR_EQ("[]", problems);
  CHECK_STATUS(PP_OK, pp_workflow_initial_content(plan, &content));
  CHECK_CONTAINS(content, "\"id\":\"pp-2026-ams-0417\"");

  pp_string_free(before);
  pp_string_free(after);
  pp_string_free(problems);
  pp_string_free(content);
  pp_plan_destroy(plan);
}

static void validation(const fixture* f) {
  char* problems = NULL;
  pp_plan* broken = NULL;
  char* text = NULL;
  char* at;
  CHECK_STATUS(PP_OK, pp_plan_validate(f->engine, f->plan, &problems));
  CHECK_STR_EQ("[]", problems);
  pp_string_free(problems);

  /* An unknown leefgebied is a semantic problem (R-DOMAINS), not a parse error. */
  text = malloc(strlen(f->plan_json) + 1);
  strcpy(text, f->plan_json);
  at = strstr(text, "\"leefgebied\": \"opvoeding\"");
  CHECK(at != NULL);
  if (at != NULL) {
    memcpy(at, "\"leefgebied\": \"opvoedinX\"", strlen("\"leefgebied\": \"opvoedinX\""));
    CHECK_STATUS(PP_OK, pp_plan_parse(f->engine, text, &broken));
    CHECK_STATUS(PP_OK, pp_plan_validate(f->engine, broken, &problems));
    CHECK_CONTAINS(problems, "\"code\":\"PP-V-LEEFGEBIED\"");
    CHECK_CONTAINS(problems, "\"rule\":\"R-DOMAINS\"");
    CHECK_CONTAINS(problems, "\"message_nl\":");
    CHECK_CONTAINS(problems, "\"severity\":\"error\"");
    pp_string_free(problems);
    pp_plan_destroy(broken);
  }
  free(text);
}

#define RESULTS_COLUMNS_START                                                                   \
  "[{\"name\":\"plan\",\"type\":\"string\"},{\"name\":\"municipality\",\"type\":\"string\"},"     \
  "{\"name\":\"jeugdige\",\"type\":\"string\"},{\"name\":\"age\",\"type\":\"integer\"},"           \
  "{\"name\":\"toekomstperspectief\",\"type\":\"string\"}"

static void records(const fixture* f) {
  char* out = NULL;
  CHECK_STATUS(PP_OK, pp_plan_records(f->engine, f->plan, "results", &out));
  CHECK(out != NULL && out[0] == '[');
  CHECK_CONTAINS(out, "\"plan\":\"pp-2026-ams-0417\"");
  /* Tidy values (docs/c-api.md): lists as arrays ([] for none), never "" (null instead). */
  CHECK_CONTAINS(out, "\"product_categories\":[\"45\"]");
  CHECK_CONTAINS(out, "\"additions\":[]");
  CHECK(strstr(out, "\"\"") == NULL);
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_plan_records(f->engine, f->plan, "evaluations", &out));
  CHECK(out != NULL && out[0] == '[');
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_plan_records(f->engine, f->plan, "transitions", &out));
  CHECK(out != NULL && out[0] == '[');
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_plan_records(f->engine, f->plan, "jeugdigen", &out));
  CHECK_CONTAINS(out, "noor");
  CHECK_CONTAINS(out, "daan");
  pp_string_free(out);
  /* The columns of a kind with their types, in the rows' order (for typed tables). */
  CHECK_STATUS(PP_OK, pp_record_columns("results", &out));
  CHECK(out != NULL && strncmp(out, RESULTS_COLUMNS_START, strlen(RESULTS_COLUMNS_START)) == 0);
  CHECK_CONTAINS(out, "{\"name\":\"additions\",\"type\":\"list-of-string\"}");
  CHECK_CONTAINS(out, "{\"name\":\"outcome_at\",\"type\":\"timestamp\"}]");
  pp_string_free(out);
  CHECK_STATUS(PP_OK, pp_record_columns("jeugdigen", &out));
  CHECK_CONTAINS(out, "{\"name\":\"youth_care_closed\",\"type\":\"boolean\"}");
  pp_string_free(out);
  out = NULL;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "unknown record kind 'toewijzingen'", pp_record_columns("toewijzingen", &out));
  CHECK(out == NULL);
}

#define LOTTE "{\"role\":\"ouder\",\"person\":\"lotte\",\"member\":\"lotte\",\"name\":\"Lotte de Vries\"}"
#define ILSE \
  "{\"role\":\"lokaal_team\",\"person\":\"btn-0412\",\"organisation\":\"Buurtteam Amsterdam Noord (fictief)\"}"

/* One event document. */
static char* event(const char* name, const char* actor, const char* at, const char* payload) {
  if (payload == NULL) return join("{\"event\":\"", name, "\",\"actor\":", actor, ",\"at\":\"", at, "\"}", NULL);
  return join("{\"event\":\"", name, "\",\"actor\":", actor, ",\"at\":\"", at, "\",\"payload\":", payload, "}",
              NULL);
}

/* The example family brought into the workflow: plan_aanmaken with its content. */
static pp_plan* created_plan(const fixture* f) {
  char* content = NULL;
  char* genesis;
  pp_plan* plan = NULL;
  CHECK_STATUS(PP_OK, pp_workflow_initial_content(f->plan, &content));
  CHECK_CONTAINS(content, "\"hulpvragen\"");
  CHECK(strstr(content, "\"toewijzingen\"") == NULL); /* set later by toewijzing_vastleggen */
  CHECK(strstr(content, "\"history\"") == NULL);      /* the workflow's bookkeeping */
  CHECK(strstr(content, "\"status\":\"hulpvraag\"") == NULL);
  genesis = event("plan_aanmaken", LOTTE, "2026-02-09T10:00:00+01:00", content);
  CHECK_STATUS(PP_OK, pp_workflow_create(f->engine, genesis, &plan));
  pp_string_free(content);
  free(genesis);
  return plan;
}

/* Where perspectiefregie lies, by the region's matrix; situatie and fase may be NULL. */
static void regie_advice(const fixture* f) {
  pp_plan* created = created_plan(f);
  char* advice = NULL;
  if (created == NULL) return;
  CHECK_STATUS(PP_OK, pp_workflow_regie_advice(f->engine, created, "noor", NULL, NULL, &advice));
  CHECK_CONTAINS(advice, "\"basis\":{\"en\":");
  CHECK_CONTAINS(advice, "\"rule\":");
  pp_string_free(advice);
  advice = NULL;
  CHECK_STATUS(PP_OK, pp_workflow_regie_advice(f->engine, created, "noor", "gemeld_door_anderen", "triage", &advice));
  pp_string_free(advice);
  advice = NULL;
  CHECK_STATUS(PP_ERR_NOT_FOUND, pp_workflow_regie_advice(f->engine, created, "niemand", NULL, NULL, &advice));
  CHECK(advice == NULL);
  CHECK_STATUS(PP_ERR_INVALID_ARGUMENT, pp_workflow_regie_advice(f->engine, created, NULL, NULL, NULL, &advice));
  pp_plan_destroy(created);
}

/* A plan starts only with plan_aanmaken: any other event has no plan to act on. */
static void create_needs_the_genesis_event(const fixture* f) {
  pp_plan* plan = NULL;
  char* other = event("vraag_duiden", ILSE, "2026-02-09T10:00:00+01:00", NULL);
  CHECK_STATUS(PP_ERR_REJECTED, pp_workflow_create(f->engine, other, &plan));
  CHECK_CONTAINS(pp_last_error_detail(), "\"code\":\"PP-W-NO-HISTORY\"");
  CHECK(plan == NULL);
  free(other);
}

static void workflow(const fixture* f) {
  pp_plan* created = created_plan(f);
  pp_plan* clarified = NULL;
  pp_plan* refused = NULL;
  pp_plan* replayed = NULL;
  pp_plan* crisis = NULL;
  char* events;
  char* options = NULL;
  char* text = NULL;
  char* again = NULL;
  char* deadlines = NULL;
  char* first;
  char* second;
  if (created == NULL) return;
  check_value(created, "/status", "\"hulpvraag\"");
  check_value(created, "/history/0/event", "\"plan_aanmaken\"");
  check_value(created, "/history/0/actor/person", "\"lotte\"");

  /* What the lokale team can do now. */
  CHECK_STATUS(PP_OK, pp_workflow_available_events(f->engine, created, ILSE, "2026-02-09T11:00:00+01:00", &options));
  CHECK_CONTAINS(options, "{\"allowed\":true,\"event\":\"vraagverheldering_starten\"");
  CHECK_CONTAINS(options, "\"event\":\"hulp_starten\"");
  pp_string_free(options);

  /* Several events in one call. */
  first = event("vraagverheldering_starten", ILSE, "2026-02-09T11:00:00+01:00", NULL);
  second = event("vraag_duiden", ILSE, "2026-02-16T14:00:00+01:00", NULL);
  events = join("[", first, ",", second, "]", NULL);
  CHECK_STATUS(PP_OK, pp_workflow_apply_all(f->engine, created, events, &clarified));
  check_value(clarified, "/status", "\"vraagduiding\"");
  check_value(clarified, "/history/2/event", "\"vraag_duiden\"");
  free(events);
  free(second);

  /* Starting help now is refused, with every failed guard; in a batch, the
   * pointer names the event that was refused. */
  second = event("hulp_starten", ILSE, "2026-02-16T15:00:00+01:00", NULL);
  CHECK_STATUS(PP_ERR_REJECTED, pp_workflow_apply(f->engine, clarified, second, &refused));
  CHECK_CONTAINS(pp_last_error_detail(), "\"problems\":[{");
  events = join("[", first, ",", second, "]", NULL);
  CHECK_STATUS(PP_ERR_REJECTED, pp_workflow_apply_all(f->engine, created, events, &refused));
  /* The refused event's index, then the place its first failed guard names (as in every language). */
  CHECK(strncmp(pp_last_error_pointer(), "/1/", 3) == 0);
  CHECK_CONTAINS(pp_last_error_message(), "event 1 (hulp_starten)");
  CHECK(refused == NULL);
  free(events);
  free(first);
  free(second);

  /* The history alone rebuilds the plan. */
  CHECK_STATUS(PP_OK, pp_workflow_replay(f->engine, clarified, &replayed));
  CHECK_STATUS(PP_OK, pp_plan_to_json(clarified, &text));
  CHECK_STATUS(PP_OK, pp_plan_to_json(replayed, &again));
  CHECK_STR_EQ(text, again);

  /* Nothing is due in the normal route; a crisis starts the clock (R-CRISIS). */
  CHECK_STATUS(PP_OK, pp_workflow_deadlines(f->engine, clarified, "2026-02-17T09:00:00+01:00", &deadlines));
  CHECK_STR_EQ("[]", deadlines);
  pp_string_free(deadlines);
  first = event("crisis_starten", ILSE, "2026-02-17T22:30:00+01:00",
                "{\"jeugdige\":\"noor\",\"ondersteuningsprofiel\":{\"code\":\"11\"}}");
  CHECK_STATUS(PP_OK, pp_workflow_apply(f->engine, clarified, first, &crisis));
  check_value(crisis, "/status", "\"crisis_hulp\"");
  CHECK_STATUS(PP_OK, pp_workflow_deadlines(f->engine, crisis, "2026-02-18T09:00:00+01:00", &deadlines));
  CHECK_CONTAINS(deadlines, "\"kind\":\"crisis_startafspraken\"");
  CHECK_CONTAINS(deadlines, "\"kind\":\"crisis_evaluatie\"");
  CHECK_CONTAINS(deadlines, "\"rule\":\"R-CRISIS\"");
  free(first);

  pp_string_free(text);
  pp_string_free(again);
  pp_string_free(deadlines);
  pp_plan_destroy(crisis);
  pp_plan_destroy(replayed);
  pp_plan_destroy(clarified);
  pp_plan_destroy(created);
}

static void diagrams(const fixture* f) {
  char* diagram = NULL;
  CHECK_STATUS(PP_OK, pp_workflow_diagram(f->engine, "mermaid", &diagram));
  CHECK_CONTAINS(diagram, "stateDiagram-v2");
  CHECK_CONTAINS(diagram, "hulp_gestart");
  pp_string_free(diagram);
  CHECK_STATUS(PP_OK, pp_workflow_diagram(f->engine, "dot", &diagram));
  CHECK_CONTAINS(diagram, "digraph");
  CHECK_CONTAINS(diagram, "plan_akkoord");
  pp_string_free(diagram);
}

#define AT_FEB_10 "\"at\":\"2026-02-10T09:00:00+01:00\""
#define GEMEENTE_READS                                                                                            \
  "{\"requester\":{\"role\":\"gemeente\",\"person\":\"gem-0042\",\"organisation\":\"Gemeente Amsterdam\"},"     \
  "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\"," AT_FEB_10 "}"
#define LOTTE_READS                                                                                               \
  "{\"requester\":" LOTTE ",\"action\":\"read\",\"purpose\":\"uitvoering\",\"channel\":\"portaal\"," AT_FEB_10 "}"

static void sharing(const fixture* f) {
  pp_plan* created = created_plan(f);
  char* decision = NULL;
  char* view = NULL;
  const char* deny_at;
  const char* allow_at;
  if (created == NULL) return;

  /* Apart from the lokale team, the municipality does not see the plan (R-GEMEENTE). */
  CHECK_STATUS(PP_OK, pp_sharing_decide(f->engine, created, GEMEENTE_READS, &decision));
  CHECK_CONTAINS(decision, "\"decision\":\"deny\"");
  CHECK_CONTAINS(decision, "R-GEMEENTE");
  CHECK_CONTAINS(decision, "\"explanation_nl\":");
  pp_string_free(decision);

  /* The family owns its plan (R-OWNER). */
  CHECK_STATUS(PP_OK, pp_sharing_decide(f->engine, created, LOTTE_READS, &decision));
  CHECK_CONTAINS(decision, "\"decision\":\"allow\"");
  CHECK_CONTAINS(decision, "R-OWNER");
  pp_string_free(decision);

  /* Both in one call, in order. */
  CHECK_STATUS(PP_OK, pp_sharing_decide_batch(f->engine, created, "[" GEMEENTE_READS "," LOTTE_READS "]", &decision));
  deny_at = strstr(decision, "\"decision\":\"deny\"");
  allow_at = strstr(decision, "\"decision\":\"allow\"");
  CHECK(decision[0] == '[' && deny_at != NULL && allow_at != NULL && deny_at < allow_at);
  pp_string_free(decision);

  /* A view releases the allowed parts, with the NEN 7513 record to store (R-LOG). */
  CHECK_STATUS(PP_OK, pp_sharing_view(f->engine, created, LOTTE_READS, &view));
  CHECK_CONTAINS(view, "\"disclosure\":{");
  CHECK_CONTAINS(view, "\"view\":{");
  CHECK_CONTAINS(view, "Gezin De Vries-Yilmaz");
  pp_string_free(view);
  CHECK_STATUS(PP_OK, pp_sharing_view(f->engine, created, GEMEENTE_READS, &view));
  CHECK_CONTAINS(view, "\"disclosure\":null");
  CHECK(strstr(view, "Gezin De Vries-Yilmaz") == NULL);
  pp_string_free(view);
  pp_plan_destroy(created);
}

int main(void) {
  fixture f = fixture_load();
  json_and_profiles();
  engines();
  plans(&f);
  plan_outlives_its_engine(&f);
  validation(&f);
  records(&f);
  workflow(&f);
  create_needs_the_genesis_event(&f);
  regie_advice(&f);
  diagrams(&f);
  sharing(&f);
  fixture_free(&f);
  return check_finish("test_happy");
}
