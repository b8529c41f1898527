/* Every fallible entry point with each pointer parameter NULL: the call fails
 * with PP_ERR_INVALID_ARGUMENT, the message names the function and the
 * parameter, and the out-parameter is NULL afterwards. Also: handles of the
 * wrong type (PP_ERR_STATE), option structs of the wrong size, and the
 * functions that must accept NULL. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

static char sentinel;

/* Runs `call` with `out` preset to a non-NULL sentinel, expects `code` with a
 * message containing `fragment`, and expects `out` to have been reset to NULL. */
#define REFUSED(code, fragment, out, call) \
  do {                                     \
    out = (void*)&sentinel;                \
    CHECK_ERROR(code, fragment, call);     \
    CHECK(out == NULL);                    \
  } while (0)

static void null_json_and_profiles(void) {
  char* text;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "pp_json_canonicalize: out_canonical is NULL", pp_json_canonicalize("{}", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_json_canonicalize: json is NULL", text, pp_json_canonicalize(NULL, &text));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_profile_list(NULL));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_profile_get(FIXTURE_PROFILE, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_profile_get: profile_id is NULL", text, pp_profile_get(NULL, &text));
}

static void null_engine_creation(void) {
  pp_engine* engine;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_engine", pp_engine_create("{}", NULL, NULL, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_engine_create: profile_json is NULL", engine,
          pp_engine_create(NULL, NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_engine", pp_engine_create_builtin(FIXTURE_PROFILE, NULL, NULL, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_engine_create_builtin: profile_id is NULL", engine,
          pp_engine_create_builtin(NULL, NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_engine", pp_engine_create_from_file("x.json", NULL, NULL, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_engine_create_from_file: profile_path is NULL", engine,
          pp_engine_create_from_file(NULL, NULL, NULL, &engine));
}

static void null_plan_functions(const fixture* f) {
  char* text;
  pp_plan* plan;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_engine_info(f->engine, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_engine_info: engine is NULL", text, pp_engine_info(NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_plan", pp_plan_parse(f->engine, f->plan_json, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_parse: engine is NULL", plan, pp_plan_parse(NULL, f->plan_json, &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_parse: json is NULL", plan, pp_plan_parse(f->engine, NULL, &plan));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_plan_to_json(f->plan, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_to_json: plan is NULL", text, pp_plan_to_json(NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_plan_get(f->plan, "/id", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_get: plan is NULL", text, pp_plan_get(NULL, "/id", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_get: json_pointer is NULL", text, pp_plan_get(f->plan, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_problems_json", pp_plan_validate(f->engine, f->plan, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_validate: engine is NULL", text, pp_plan_validate(NULL, f->plan, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_validate: plan is NULL", text, pp_plan_validate(f->engine, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_plan_records(f->engine, f->plan, "results", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_records: engine is NULL", text,
          pp_plan_records(NULL, f->plan, "results", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_records: plan is NULL", text,
          pp_plan_records(f->engine, NULL, "results", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_plan_records: kind is NULL", text,
          pp_plan_records(f->engine, f->plan, NULL, &text));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_record_columns("results", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_record_columns: kind is NULL", text, pp_record_columns(NULL, &text));
}

static void null_workflow_functions(const fixture* f) {
  char* text;
  pp_plan* plan;
  pp_engine* e = f->engine;
  pp_plan* p = f->plan;

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_workflow_available_events(e, p, FIXTURE_ACTOR, FIXTURE_AT, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_available_events: engine is NULL", text,
          pp_workflow_available_events(NULL, p, FIXTURE_ACTOR, FIXTURE_AT, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_available_events: plan is NULL", text,
          pp_workflow_available_events(e, NULL, FIXTURE_ACTOR, FIXTURE_AT, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_available_events: actor_json is NULL", text,
          pp_workflow_available_events(e, p, NULL, FIXTURE_AT, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_available_events: at is NULL", text,
          pp_workflow_available_events(e, p, FIXTURE_ACTOR, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_plan", pp_workflow_create(e, FIXTURE_EVENT, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_create: engine is NULL", plan, pp_workflow_create(NULL, FIXTURE_EVENT, &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_create: event_json is NULL", plan, pp_workflow_create(e, NULL, &plan));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_plan", pp_workflow_apply(e, p, FIXTURE_EVENT, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply: engine is NULL", plan,
          pp_workflow_apply(NULL, p, FIXTURE_EVENT, &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply: plan is NULL", plan,
          pp_workflow_apply(e, NULL, FIXTURE_EVENT, &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply: event_json is NULL", plan,
          pp_workflow_apply(e, p, NULL, &plan));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_plan", pp_workflow_apply_all(e, p, "[]", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply_all: engine is NULL", plan,
          pp_workflow_apply_all(NULL, p, "[]", &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply_all: plan is NULL", plan,
          pp_workflow_apply_all(e, NULL, "[]", &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_apply_all: events_json is NULL", plan,
          pp_workflow_apply_all(e, p, NULL, &plan));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_workflow_initial_content(p, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_initial_content: plan is NULL", text,
          pp_workflow_initial_content(NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_plan", pp_workflow_replay(e, p, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_replay: engine is NULL", plan, pp_workflow_replay(NULL, p, &plan));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_replay: plan is NULL", plan, pp_workflow_replay(e, NULL, &plan));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_json", pp_workflow_deadlines(e, p, FIXTURE_AT, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_deadlines: engine is NULL", text,
          pp_workflow_deadlines(NULL, p, FIXTURE_AT, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_deadlines: plan is NULL", text,
          pp_workflow_deadlines(e, NULL, FIXTURE_AT, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_deadlines: at is NULL", text, pp_workflow_deadlines(e, p, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_text", pp_workflow_diagram(e, "mermaid", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_diagram: engine is NULL", text,
          pp_workflow_diagram(NULL, "mermaid", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_workflow_diagram: format is NULL", text, pp_workflow_diagram(e, NULL, &text));
}

static void null_sharing_functions(const fixture* f) {
  char* text;
  pp_engine* e = f->engine;
  pp_plan* p = f->plan;

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_decision_json", pp_sharing_decide(e, p, FIXTURE_REQUEST, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide: engine is NULL", text,
          pp_sharing_decide(NULL, p, FIXTURE_REQUEST, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide: plan is NULL", text,
          pp_sharing_decide(e, NULL, FIXTURE_REQUEST, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide: request_json is NULL", text,
          pp_sharing_decide(e, p, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_decisions_json", pp_sharing_decide_batch(e, p, "[]", NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide_batch: engine is NULL", text,
          pp_sharing_decide_batch(NULL, p, "[]", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide_batch: plan is NULL", text,
          pp_sharing_decide_batch(e, NULL, "[]", &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_decide_batch: requests_json is NULL", text,
          pp_sharing_decide_batch(e, p, NULL, &text));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_view_json", pp_sharing_view(e, p, FIXTURE_REQUEST, NULL));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_view: engine is NULL", text,
          pp_sharing_view(NULL, p, FIXTURE_REQUEST, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_view: plan is NULL", text,
          pp_sharing_view(e, NULL, FIXTURE_REQUEST, &text));
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_sharing_view: request_json is NULL", text,
          pp_sharing_view(e, p, NULL, &text));
}

/* A handle passed where another type is expected (possible in C with a cast,
 * and in bindings that keep handles as integers) is refused, not used. */
static void wrong_handle_types(const fixture* f) {
  char* text;
  pp_plan* plan;
  const pp_engine* plan_as_engine = (const pp_engine*)(const void*)f->plan;
  const pp_plan* engine_as_plan = (const pp_plan*)(const void*)f->engine;

  REFUSED(PP_ERR_STATE, "engine does not point to a pp_engine", text, pp_engine_info(plan_as_engine, &text));
  REFUSED(PP_ERR_STATE, "plan does not point to a pp_plan", text, pp_plan_to_json(engine_as_plan, &text));
  REFUSED(PP_ERR_STATE, "pp_plan_parse: engine", plan, pp_plan_parse(plan_as_engine, f->plan_json, &plan));
  REFUSED(PP_ERR_STATE, "pp_plan_validate: plan", text, pp_plan_validate(f->engine, engine_as_plan, &text));
  REFUSED(PP_ERR_STATE, "pp_workflow_initial_content: plan", text, pp_workflow_initial_content(engine_as_plan, &text));
  REFUSED(PP_ERR_STATE, "pp_workflow_apply: plan", plan,
          pp_workflow_apply(f->engine, engine_as_plan, FIXTURE_EVENT, &plan));
  REFUSED(PP_ERR_STATE, "pp_sharing_decide: engine", text,
          pp_sharing_decide(plan_as_engine, f->plan, FIXTURE_REQUEST, &text));
  /* Destroying a handle through the wrong function leaves it alone; the
   * fixture frees both properly afterwards (valgrind checks that nothing leaks
   * and nothing is freed twice). */
  pp_engine_destroy((pp_engine*)(void*)f->plan);
  pp_plan_destroy((pp_plan*)(void*)f->engine);
  CHECK_STATUS(PP_OK, pp_plan_to_json(f->plan, &text));
  pp_string_free(text);
}

static void options_struct(void) {
  pp_engine_options options;
  pp_engine* engine;

  pp_engine_options_init(&options);
  CHECK(options.struct_size == sizeof(pp_engine_options));
  CHECK(options.max_depth == 128);
  CHECK(options.max_document_bytes == 64u * 1024u * 1024u);
  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  pp_engine_destroy(engine);

  options.struct_size = 0; /* forgot pp_engine_options_init */
  REFUSED(PP_ERR_INVALID_ARGUMENT, "struct_size 0", engine,
          pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  options.struct_size = 8; /* shorter than any published version */
  REFUSED(PP_ERR_INVALID_ARGUMENT, "pp_engine_options_init", engine,
          pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  options.struct_size = (uint32_t)sizeof(pp_engine_options) + 8; /* a newer header's struct */
  REFUSED(PP_ERR_INVALID_ARGUMENT, "struct_size", engine, pp_engine_create("{}", NULL, &options, &engine));
  options.struct_size = 0xFFFFFFFFu; /* garbage */
  REFUSED(PP_ERR_INVALID_ARGUMENT, "struct_size", engine,
          pp_engine_create_from_file("profiles/none.json", NULL, &options, &engine));

  pp_engine_options_init(&options);
  options.max_depth = 0;
  REFUSED(PP_ERR_INVALID_ARGUMENT, "max_depth", engine,
          pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  options.max_depth = PP_MAX_DEPTH_CEILING + 1;
  REFUSED(PP_ERR_INVALID_ARGUMENT, "max_depth", engine,
          pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  options.max_depth = PP_MAX_DEPTH_CEILING;
  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
  pp_engine_destroy(engine);
  options.max_document_bytes = 0;
  REFUSED(PP_ERR_INVALID_ARGUMENT, "max_document_bytes", engine,
          pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &engine));
}

/* Functions that accept NULL, and calls that cannot fail. */
static void null_is_fine(void) {
  pp_engine* engine = NULL;
  pp_string_free(NULL);
  pp_engine_destroy(NULL);
  pp_plan_destroy(NULL);
  pp_engine_options_init(NULL);
  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE, NULL, NULL, &engine)); /* options NULL = defaults */
  CHECK(engine != NULL);
  pp_engine_destroy(engine);
}

/* The last error survives the calls that cannot fail, and is per call otherwise. */
static void last_error_lifetime(void) {
  char* text = NULL;
  CHECK_STATUS(PP_ERR_JSON_SYNTAX, pp_json_canonicalize("{", &text));
  pp_string_free(text);
  pp_engine_destroy(NULL);
  (void)pp_version_string();
  (void)pp_status_name(PP_ERR_STATE);
  CHECK(pp_last_error_code() == PP_ERR_JSON_SYNTAX);
  CHECK_CONTAINS(pp_last_error_detail(), "\"name\":\"json_syntax\"");
  CHECK_STATUS(PP_OK, pp_json_canonicalize("{}", &text)); /* a success clears it */
  CHECK(pp_last_error_code() == PP_OK);
  CHECK_STR_EQ("", pp_last_error_message());
  CHECK_STR_EQ("", pp_last_error_pointer());
  CHECK_STR_EQ("{\"code\":0,\"message\":\"\",\"name\":\"ok\",\"pointer\":\"\",\"problems\":[],\"rules\":[]}",
               pp_last_error_detail());
  pp_string_free(text);
  CHECK_STATUS(PP_ERR_INVALID_ARGUMENT, pp_json_canonicalize(NULL, &text));
  pp_last_error_clear();
  CHECK(pp_last_error_code() == PP_OK);
  CHECK_STR_EQ("", pp_last_error_message());
}

static void status_names(void) {
  CHECK_STR_EQ("ok", pp_status_name(PP_OK));
  CHECK_STR_EQ("invalid_argument", pp_status_name(PP_ERR_INVALID_ARGUMENT));
  CHECK_STR_EQ("json_syntax", pp_status_name(PP_ERR_JSON_SYNTAX));
  CHECK_STR_EQ("invalid_utf8", pp_status_name(PP_ERR_INVALID_UTF8));
  CHECK_STR_EQ("limit_exceeded", pp_status_name(PP_ERR_LIMIT_EXCEEDED));
  CHECK_STR_EQ("schema", pp_status_name(PP_ERR_SCHEMA));
  CHECK_STR_EQ("validation", pp_status_name(PP_ERR_VALIDATION));
  CHECK_STR_EQ("profile", pp_status_name(PP_ERR_PROFILE));
  CHECK_STR_EQ("minimum_condition", pp_status_name(PP_ERR_MINIMUM_CONDITION));
  CHECK_STR_EQ("not_found", pp_status_name(PP_ERR_NOT_FOUND));
  CHECK_STR_EQ("rejected", pp_status_name(PP_ERR_REJECTED));
  CHECK_STR_EQ("state", pp_status_name(PP_ERR_STATE));
  CHECK_STR_EQ("out_of_memory", pp_status_name(PP_ERR_OUT_OF_MEMORY));
  CHECK_STR_EQ("io", pp_status_name(PP_ERR_IO));
  CHECK_STR_EQ("internal", pp_status_name(PP_ERR_INTERNAL));
  CHECK_STR_EQ("unknown", pp_status_name(57));
  CHECK_STR_EQ("unknown", pp_status_name(-1));
}

static void versions(void) {
  CHECK(pp_version_major() == PP_VERSION_MAJOR);
  CHECK(pp_version_minor() == PP_VERSION_MINOR);
  CHECK(pp_version_patch() == PP_VERSION_PATCH);
  CHECK_STR_EQ(PP_VERSION_STRING, pp_version_string());
}

int main(void) {
  fixture f = fixture_load();
  null_json_and_profiles();
  null_engine_creation();
  null_plan_functions(&f);
  null_workflow_functions(&f);
  null_sharing_functions(&f);
  wrong_handle_types(&f);
  options_struct();
  null_is_fine();
  last_error_lifetime();
  status_names();
  versions();
  fixture_free(&f);
  return check_finish("test_arguments");
}
