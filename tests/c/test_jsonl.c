/* JSONL streams through the C ABI (pp_jsonl_*): every shared JSONL case
 * (tests/conformance/jsonl, the lines `perspectief` writes for the same file) gives
 * the same text byte for byte, in file order with several workers; a stream left
 * early closes without leaking or hanging (valgrind runs this too); bad options, a
 * missing file and wrong handles are errors with a code and a pointer; a line over
 * the engine's limit is that line's error, not the stream's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define CASES_DIR "tests/conformance/jsonl"
#define PLANS PP_SOURCE_DIR "/" CASES_DIR "/plans.jsonl"

/* Every line a stream gives, each followed by "\n" (as the CLI prints them), or NULL
 * when a call fails. Closes the stream. */
static char* all_lines(pp_jsonl_stream* stream) {
  size_t length = 0, capacity = 1024;
  char* text = malloc(capacity);
  char* line = NULL;
  text[0] = '\0';
  for (;;) {
    size_t size;
    if (pp_jsonl_next(stream, &line) != PP_OK) {
      free(text);
      text = NULL;
      break;
    }
    if (line == NULL) break;
    size = strlen(line);
    while (length + size + 2 > capacity) {
      capacity *= 2;
      text = realloc(text, capacity);
    }
    memcpy(text + length, line, size);
    length += size;
    text[length++] = '\n';
    text[length] = '\0';
    pp_string_free(line);
  }
  pp_jsonl_close(stream);
  return text;
}

/* Each case of cases.tsv: id, engine ("-" for none), options (and the CLI's arguments); only
 * the ids in `only` when it is not empty (valgrind runs two cases: replaying every plan of every
 * case there takes most of a minute). */
static void run_cases(int only_count, char** only) {
  char* table = read_source_file(CASES_DIR "/cases.tsv");
  char* row = table;
  int cases = 0;
  while (row != NULL && *row != '\0') {
    char* end = strchr(row, '\n');
    char* fields[4] = {NULL, NULL, NULL, NULL};
    char* field = row;
    int n = 0;
    if (end != NULL) *end = '\0';
    while (n < 4 && field != NULL) {
      char* tab = strchr(field, '\t');
      fields[n++] = field;
      if (tab != NULL) *tab = '\0';
      field = tab != NULL ? tab + 1 : NULL;
    }
    int wanted = only_count == 0;
    int k;
    for (k = 0; k < only_count; ++k) wanted = wanted || (n == 4 && strcmp(only[k], fields[0]) == 0);
    if (row[0] != '#' && n == 4 && wanted) {
      pp_engine* engine = NULL;
      pp_jsonl_stream* stream = NULL;
      char* expected_name = join(CASES_DIR "/expected/", fields[0], ".jsonl", NULL);
      char* expected = read_source_file(expected_name);
      char* got = NULL;
      ++cases;
      if (strcmp(fields[1], "-") != 0) CHECK_STATUS(PP_OK, pp_engine_create_builtin(fields[1], NULL, NULL, &engine));
      CHECK_STATUS(PP_OK, pp_jsonl_open(engine, PLANS, fields[2], &stream));
      /* The stream keeps what it needs of the engine. */
      pp_engine_destroy(engine);
      if (stream != NULL) got = all_lines(stream);
      CHECK_STR_EQ(expected, got);
      if (got == NULL || strcmp(expected, got) != 0) fprintf(stderr, "  (case %s)\n", fields[0]);
      free(got);
      free(expected);
      free(expected_name);
    }
    row = end != NULL ? end + 1 : NULL;
  }
  CHECK(cases >= (only_count == 0 ? 7 : only_count));
  free(table);
}

/* The stream ends with NULL, and says so again when asked again. */
static void end_and_after(void) {
  pp_jsonl_stream* stream = NULL;
  char* line = NULL;
  int lines = 0;
  CHECK_STATUS(PP_OK, pp_jsonl_open(NULL, PLANS, "{\"operation\":\"parse\",\"workers\":2}", &stream));
  while (pp_jsonl_next(stream, &line) == PP_OK && line != NULL) {
    ++lines;
    pp_string_free(line);
  }
  CHECK(lines == 7); /* 8 lines, one blank */
  line = (char*)1;
  CHECK_STATUS(PP_OK, pp_jsonl_next(stream, &line));
  CHECK(line == NULL);
  pp_jsonl_close(stream);
}

/* Left after one line, with 4 workers that have read ahead: close stops them. */
static void early_close(void) {
  int round;
  for (round = 0; round < 3; ++round) {
    pp_jsonl_stream* stream = NULL;
    char* line = NULL;
    CHECK_STATUS(PP_OK, pp_jsonl_open(NULL, PLANS, "{\"operation\":\"bulk\",\"replay\":true,\"workers\":4}", &stream));
    CHECK_STATUS(PP_OK, pp_jsonl_next(stream, &line));
    CHECK_CONTAINS(line, "{\"line\":1,\"plan\":\"pp-2026-dmn-0009\",\"replayed\":{");
    pp_string_free(line);
    pp_jsonl_close(stream);
  }
  /* Closed before any line was taken. */
  {
    pp_jsonl_stream* stream = NULL;
    CHECK_STATUS(PP_OK, pp_jsonl_open(NULL, PLANS, "{\"operation\":\"validate\",\"workers\":3}", &stream));
    pp_jsonl_close(stream);
  }
}

/* A line over the engine's document limit is that line's error; the short bad line is a syntax error. */
static void line_limit(void) {
  pp_engine_options options;
  pp_engine* engine = NULL;
  pp_jsonl_stream* stream = NULL;
  char* line = NULL;
  pp_engine_options_init(&options);
  options.max_document_bytes = 100;
  CHECK_STATUS(PP_OK, pp_engine_create_builtin("amsterdam-zaanstreek", NULL, &options, &engine));
  CHECK_STATUS(PP_OK, pp_jsonl_open(engine, PLANS, "{\"operation\":\"validate\"}", &stream));
  CHECK_STATUS(PP_OK, pp_jsonl_next(stream, &line));
  CHECK_STR_EQ("{\"error\":{\"code\":4,\"message\":\"line 1 is longer than the limit of 100 bytes\","
               "\"name\":\"limit_exceeded\",\"pointer\":\"\"},\"line\":1}",
               line);
  pp_string_free(line);
  CHECK_STATUS(PP_OK, pp_jsonl_next(stream, &line));
  CHECK_CONTAINS(line, "{\"error\":{\"code\":2,");
  CHECK_CONTAINS(line, "\"line\":3}");
  pp_string_free(line);
  pp_jsonl_close(stream);
  pp_engine_destroy(engine);
}

/* Without an engine, "settings" reach the engine of every region: settings no region's engine
 * can load make each plan's line that engine's error, and the stream goes on. */
static void settings_for_every_region(void) {
  pp_jsonl_stream* stream = NULL;
  char* line = NULL;
  CHECK_STATUS(PP_OK, pp_jsonl_open(NULL, PLANS,
                                    "{\"operation\":\"validate\",\"settings\":{\"format\":\"perspectief/settings@1\","
                                    "\"profile\":\"amsterdam-zaanstreek\",\"municipality\":\"amsterdam\","
                                    "\"disabled_rules\":[\"R-SEG-C-AKKOORD\"]}}",
                                    &stream));
  CHECK_STATUS(PP_OK, pp_jsonl_next(stream, &line));
  CHECK_CONTAINS(line, "{\"error\":{\"code\":8,");
  CHECK_CONTAINS(line, "\"rules\":[\"R-MINIMUM\"]");
  CHECK_CONTAINS(line, "\"line\":1,\"plan\":\"pp-2026-dmn-0009\"}");
  pp_string_free(line);
  pp_jsonl_close(stream);
}

static void errors(void) {
  pp_engine* engine = NULL;
  pp_jsonl_stream* stream = NULL;
  char* line = NULL;
  CHECK_STATUS(PP_OK, pp_engine_create_builtin("amsterdam-zaanstreek", NULL, NULL, &engine));

  CHECK_ERROR(PP_ERR_NOT_FOUND, "cannot open",
              pp_jsonl_open(NULL, PP_SOURCE_DIR "/no-such.jsonl", "{\"operation\":\"parse\"}", &stream));
  CHECK(stream == NULL);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "operation", pp_jsonl_open(NULL, PLANS, "{\"operation\":\"fly\"}", &stream));
  CHECK_STR_EQ("/operation", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "operation", pp_jsonl_open(NULL, PLANS, "{}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "workers",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"parse\",\"workers\":0}", &stream));
  CHECK_STR_EQ("/workers", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "workers",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"parse\",\"workers\":257}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "unknown record kind 'people'",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"records\",\"kind\":\"people\"}", &stream));
  CHECK_STR_EQ("/kind", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "kind", pp_jsonl_open(NULL, PLANS, "{\"operation\":\"records\"}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "not an option of validate",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"validate\",\"verify\":true}", &stream));
  CHECK_STR_EQ("/verify", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "requests",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"decide\",\"requests\":{}}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "at least one pass", pp_jsonl_open(NULL, PLANS, "{\"operation\":\"bulk\"}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "records/1",
              pp_jsonl_open(NULL, PLANS, "{\"operation\":\"bulk\",\"records\":[\"results\",7]}", &stream));
  CHECK_STR_EQ("/records/1", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "settings",
              pp_jsonl_open(engine, PLANS, "{\"operation\":\"validate\",\"settings\":{}}", &stream));
  CHECK_STR_EQ("/settings", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_JSON_SYNTAX, "options_json", pp_jsonl_open(engine, PLANS, "{\"operation\":", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "options_json", pp_jsonl_open(engine, PLANS, NULL, &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "path", pp_jsonl_open(engine, NULL, "{\"operation\":\"parse\"}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_stream", pp_jsonl_open(engine, PLANS, "{\"operation\":\"parse\"}", NULL));
  CHECK(stream == NULL);

  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "stream", pp_jsonl_next(NULL, &line));
  CHECK(line == NULL);
  CHECK_ERROR(PP_ERR_STATE, "pp_jsonl_stream", pp_jsonl_next((pp_jsonl_stream*)engine, &line));
  CHECK_STATUS(PP_OK, pp_jsonl_open(engine, PLANS, "{\"operation\":\"parse\"}", &stream));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_line", pp_jsonl_next(stream, NULL));
  pp_jsonl_close(stream);
  pp_jsonl_close(NULL);
  pp_jsonl_close((pp_jsonl_stream*)engine); /* a handle of another type is left alone */
  pp_engine_destroy(engine);
}

int main(int argc, char** argv) {
  run_cases(argc - 1, argv + 1);
  end_and_after();
  early_close();
  line_limit();
  settings_for_every_region();
  errors();
  return check_finish("test_jsonl");
}
