/* Bad input through every parameter that takes text: malformed JSON, invalid
 * UTF-8 (inside and outside JSON strings, and in plain string parameters),
 * an 80 MiB document, a document nested 1,000,000 levels deep, JSON of the
 * wrong shape, missing files and unknown ids. Each gets its own error code
 * and a message naming the parameter; nothing crashes and nothing leaks
 * (the *_valgrind variant of this test checks the latter). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

static const fixture* f;

/* Each JSON parameter of the API, called with `input` and everything else valid. */
static pp_status canonicalize_json(const char* input) {
  char* out = NULL;
  pp_status status = pp_json_canonicalize(input, &out);
  pp_string_free(out);
  return status;
}
static pp_status engine_profile_json(const char* input) {
  pp_engine* engine = NULL;
  pp_status status = pp_engine_create(input, NULL, NULL, &engine);
  pp_engine_destroy(engine);
  return status;
}
static pp_status engine_settings_json(const char* input) {
  pp_engine* engine = NULL;
  pp_status status = pp_engine_create_builtin(FIXTURE_PROFILE, input, NULL, &engine);
  pp_engine_destroy(engine);
  return status;
}
static pp_status plan_json(const char* input) {
  pp_plan* plan = NULL;
  pp_status status = pp_plan_parse(f->engine, input, &plan);
  pp_plan_destroy(plan);
  return status;
}
static pp_status actor_json(const char* input) {
  char* out = NULL;
  pp_status status = pp_workflow_available_events(f->engine, f->plan, input, FIXTURE_AT, &out);
  pp_string_free(out);
  return status;
}
static pp_status event_json(const char* input) {
  pp_plan* plan = NULL;
  pp_status status = pp_workflow_apply(f->engine, f->plan, input, &plan);
  pp_plan_destroy(plan);
  return status;
}
static pp_status events_json(const char* input) {
  pp_plan* plan = NULL;
  pp_status status = pp_workflow_apply_all(f->engine, f->plan, input, &plan);
  pp_plan_destroy(plan);
  return status;
}
static pp_status request_json(const char* input) {
  char* out = NULL;
  pp_status status = pp_sharing_decide(f->engine, f->plan, input, &out);
  pp_string_free(out);
  return status;
}
static pp_status requests_json(const char* input) {
  char* out = NULL;
  pp_status status = pp_sharing_decide_batch(f->engine, f->plan, input, &out);
  pp_string_free(out);
  return status;
}
static pp_status view_request_json(const char* input) {
  char* out = NULL;
  pp_status status = pp_sharing_view(f->engine, f->plan, input, &out);
  pp_string_free(out);
  return status;
}

typedef struct json_parameter {
  const char* name; /* as it appears in error messages */
  pp_status (*call)(const char* input);
} json_parameter;

static const json_parameter json_parameters[] = {
    {"json", canonicalize_json},         {"profile_json", engine_profile_json},
    {"settings_json", engine_settings_json}, {"json", plan_json},
    {"actor_json", actor_json},          {"event_json", event_json},
    {"events_json", events_json},        {"request_json", request_json},
    {"requests_json", requests_json},    {"request_json", view_request_json},
};
#define JSON_PARAMETER_COUNT (sizeof json_parameters / sizeof json_parameters[0])

/* n arrays nested in each other: "[[...]]". */
static char* nested_arrays(size_t n) {
  char* closers = repeat("", "]", n, "");
  char* text = repeat("", "[", n, closers);
  free(closers);
  return text;
}

static void bad_json_everywhere(void) {
  size_t i;
  /* 80 MiB: above the default 64 MiB document limit. */
  char* huge = repeat("\"", "abcdefghijklmnop", 80u * 1024u * 1024u / 16u, "\"");
  /* 1,000,000 levels: far above the default depth of 128. */
  char* deep = nested_arrays(1000000u);

  for (i = 0; i < JSON_PARAMETER_COUNT; ++i) {
    const json_parameter* p = &json_parameters[i];
    CHECK_ERROR(PP_ERR_JSON_SYNTAX, p->name, p->call("{\"role\":"));
    CHECK_ERROR(PP_ERR_JSON_SYNTAX, p->name, p->call(""));
    CHECK_ERROR(PP_ERR_JSON_SYNTAX, p->name, p->call("{} trailing"));
    CHECK_ERROR(PP_ERR_JSON_SYNTAX, p->name, p->call("{'single': 'quotes'}"));
    CHECK_ERROR(PP_ERR_INVALID_UTF8, p->name, p->call("{\"name\":\"caf\xC3\"}"));       /* truncated sequence */
    CHECK_ERROR(PP_ERR_INVALID_UTF8, p->name, p->call("{\"name\":\"\xED\xA0\x80\"}"));  /* a surrogate */
    CHECK_ERROR(PP_ERR_INVALID_UTF8, p->name, p->call("{\"name\":\"\xC0\xAF\"}"));      /* overlong "/" */
    CHECK_ERROR(PP_ERR_INVALID_UTF8, p->name, p->call("\xFF{}"));                       /* outside a string */
    CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, p->name, p->call(huge));
    CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, p->name, p->call(deep));
  }
  free(huge);
  free(deep);
}

static void depth_limit_boundary(void) {
  char* deepest_allowed = nested_arrays(128);
  char* too_deep = nested_arrays(129);
  char* out = NULL;
  CHECK_STATUS(PP_OK, pp_json_canonicalize(deepest_allowed, &out));
  CHECK_STR_EQ(deepest_allowed, out);
  pp_string_free(out);
  CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, "128", pp_json_canonicalize(too_deep, &out));
  free(deepest_allowed);
  free(too_deep);
}

/* Plain string parameters (ids, moments, pointers, formats, paths) must be UTF-8 too. */
static void invalid_utf8_in_strings(void) {
  char* out = NULL;
  pp_engine* engine = NULL;
  pp_plan* plan = NULL;
  const char* bad = "amsterdam\xE2\x82";
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "profile_id", pp_profile_get(bad, &out));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "profile_id", pp_engine_create_builtin(bad, NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "profile_path", pp_engine_create_from_file(bad, NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "json_pointer", pp_plan_get(f->plan, "/family/\xF5", &out));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "kind", pp_plan_records(f->engine, f->plan, bad, &out));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "at",
              pp_workflow_available_events(f->engine, f->plan, FIXTURE_ACTOR, "2026\xC0\x80", &out));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "at", pp_workflow_deadlines(f->engine, f->plan, "2026\xC0\x80", &out));
  CHECK_ERROR(PP_ERR_INVALID_UTF8, "format", pp_workflow_diagram(f->engine, "mer\xFFmaid", &out));
  CHECK(out == NULL && engine == NULL && plan == NULL);
}

static void wrong_shapes_and_unknowns(void) {
  char* out = NULL;
  pp_engine* engine = NULL;
  pp_plan* plan = NULL;

  CHECK_ERROR(PP_ERR_NOT_FOUND, "no-such-region", pp_profile_get("no-such-region", &out));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "no-such-region", pp_engine_create_builtin("no-such-region", NULL, NULL, &engine));
  CHECK_STATUS(PP_ERR_PROFILE, pp_engine_create("{}", NULL, NULL, &engine));
  CHECK_STATUS(PP_ERR_PROFILE, pp_engine_create("[1,2,3]", NULL, NULL, &engine));

  /* A municipality may not switch off a regional minimum condition (R-MINIMUM). */
  CHECK_STATUS(PP_ERR_MINIMUM_CONDITION,
               pp_engine_create_builtin(FIXTURE_PROFILE,
                                        "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\","
                                        "\"municipality\":\"amsterdam\",\"disabled_rules\":[\"R-SEG-C-AKKOORD\"]}",
                                        NULL, &engine));
  CHECK_CONTAINS(pp_last_error_detail(), "\"rules\":[\"R-MINIMUM\"]");
  CHECK_CONTAINS(pp_last_error_pointer(), "/disabled_rules");

  /* Plans of the wrong shape: every structural problem is listed. */
  CHECK_STATUS(PP_ERR_SCHEMA, pp_plan_parse(f->engine, "[]", &plan));
  CHECK_STATUS(PP_ERR_SCHEMA, pp_plan_parse(f->engine, "{\"format\":\"perspectief/plan@1\",\"id\":7}", &plan));
  CHECK_CONTAINS(pp_last_error_detail(), "\"pointer\":\"/id\"");
  CHECK_CONTAINS(pp_last_error_detail(), "PP-S-REQUIRED");
  CHECK_CONTAINS(pp_last_error_detail(), "PP-S-TYPE");
  CHECK(plan == NULL);

  /* JSON pointers into a plan. */
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "json_pointer", pp_plan_get(f->plan, "family", &out));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "/no_such_member", pp_plan_get(f->plan, "/no_such_member", &out));
  CHECK_STR_EQ("/no_such_member", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_NOT_FOUND, "/children/99", pp_plan_get(f->plan, "/children/99", &out));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "/children/first", pp_plan_get(f->plan, "/children/first", &out));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "/family/members/-", pp_plan_get(f->plan, "/family/members/-", &out));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "/family/name/first", pp_plan_get(f->plan, "/family/name/first", &out));

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "kind", pp_plan_records(f->engine, f->plan, "people", &out));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "svg", pp_workflow_diagram(f->engine, "svg", &out));
  pp_string_free(out); /* only set if a check above failed */
  out = NULL;

  /* Workflow inputs of the wrong shape (the wrappers above free any output). */
  CHECK_STATUS(PP_ERR_SCHEMA, event_json("42"));
  CHECK_STATUS(PP_ERR_SCHEMA, event_json("{\"actor\":" FIXTURE_ACTOR "}")); /* no "event" */
  CHECK_STATUS(PP_ERR_SCHEMA, events_json("{}"));
  CHECK_STATUS(PP_ERR_SCHEMA, events_json("[42]"));
  CHECK_STR_EQ("/0", pp_last_error_pointer());
  CHECK_STATUS(PP_ERR_NOT_FOUND, events_json("[{\"event\":\"vliegen\",\"actor\":" FIXTURE_ACTOR ",\"at\":\"" FIXTURE_AT "\"}]"));
  CHECK_STR_EQ("/0/event", pp_last_error_pointer()); /* inside the malformed event */
  CHECK_STATUS(PP_ERR_SCHEMA, actor_json("[]"));
  CHECK(pp_workflow_deadlines(f->engine, f->plan, "next tuesday", &out) != PP_OK);
  CHECK(pp_last_error_message()[0] != '\0');
  pp_string_free(out);
  out = NULL;

  /* Sharing requests of the wrong shape. */
  CHECK_STATUS(PP_ERR_SCHEMA, request_json("[]"));
  CHECK_STATUS(PP_ERR_SCHEMA, requests_json("{}"));
  CHECK_STATUS(PP_ERR_SCHEMA, view_request_json("\"everything\""));
  pp_engine_destroy(engine);
  pp_plan_destroy(plan);
}

/* The built-in profile with `insertion` put right after the first `anchor`. */
static char* profile_with(const char* anchor, const char* insertion) {
  char* profile = NULL;
  char* edited = NULL;
  const char* at;
  if (pp_profile_get(FIXTURE_PROFILE, &profile) != PP_OK || (at = strstr(profile, anchor)) == NULL) {
    pp_string_free(profile);
    return NULL;
  }
  at += strlen(anchor);
  edited = malloc(strlen(profile) + strlen(insertion) + 1);
  if (edited != NULL) {
    memcpy(edited, profile, (size_t)(at - profile));
    strcpy(edited + (at - profile), insertion);
    strcat(edited, at);
  }
  pp_string_free(profile);
  return edited;
}

/* Profiles whose workflow or sharing policy cannot be compiled are refused
 * with the problems listed, pointing into the section. */
static void broken_profile_sections(void) {
  pp_engine* engine = NULL;
  char* workflow = profile_with("\"transitions\":[", "{\"event\":\"zomaar\"},");
  char* policy = profile_with("\"grants\":[", "{\"rule\":\"R-NIEMAND\",\"audience\":[\"iedereen\"]},");
  CHECK(workflow != NULL && policy != NULL);
  if (workflow != NULL) {
    CHECK_STATUS(PP_ERR_PROFILE, pp_engine_create(workflow, NULL, NULL, &engine));
    CHECK_CONTAINS(pp_last_error_pointer(), "/workflow/transitions/0");
  }
  if (policy != NULL) {
    CHECK_STATUS(PP_ERR_PROFILE, pp_engine_create(policy, NULL, NULL, &engine));
    CHECK_CONTAINS(pp_last_error_pointer(), "/policy/grants/0");
  }
  CHECK(engine == NULL);
  free(workflow);
  free(policy);
}

static void files(void) {
  pp_engine* engine = NULL;
  CHECK_ERROR(PP_ERR_NOT_FOUND, "profile_path",
              pp_engine_create_from_file(PP_SOURCE_DIR "/profiles/no-such-profile.json", NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_IO, "profile_path", pp_engine_create_from_file(PP_SOURCE_DIR "/profiles", NULL, NULL, &engine));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "settings_path",
              pp_engine_create_from_file(PP_SOURCE_DIR "/profiles/amsterdam-zaanstreek.json",
                                         PP_SOURCE_DIR "/no-such-settings.json", NULL, &engine));
  /* A file that is not JSON (a C source) names the parameter in the error. */
  CHECK_ERROR(PP_ERR_JSON_SYNTAX, "profile_path",
              pp_engine_create_from_file(PP_SOURCE_DIR "/tests/c/check.c", NULL, NULL, &engine));
  CHECK(engine == NULL);
}

/* Limits come from the engine's options and apply to every input it reads. */
static void engine_limits(void) {
  pp_engine_options options;
  pp_engine* small = NULL;
  pp_engine* refused = NULL;
  pp_plan* plan = NULL;
  char* out = NULL;
  pp_engine_options_init(&options);
  options.max_depth = 3;
  options.max_document_bytes = 4096;
  CHECK_STATUS(PP_OK, pp_engine_create_builtin(FIXTURE_PROFILE, NULL, &options, &small));
  CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, "4096", pp_plan_parse(small, f->plan_json, &plan));
  CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, "nested", pp_sharing_decide(small, f->plan, "{\"a\":[[[1]]]}", &out));
  CHECK_ERROR(PP_ERR_LIMIT_EXCEEDED, "profile_path",
              pp_engine_create_from_file(PP_SOURCE_DIR "/profiles/amsterdam-zaanstreek.json", NULL, &options, &refused));
  CHECK(plan == NULL && out == NULL && refused == NULL);
  pp_engine_destroy(small);
}

int main(void) {
  fixture loaded = fixture_load();
  f = &loaded;
  bad_json_everywhere();
  depth_limit_boundary();
  invalid_utf8_in_strings();
  wrong_shapes_and_unknowns();
  broken_profile_sections();
  files();
  engine_limits();
  fixture_free(&loaded);
  return check_finish("test_inputs");
}
