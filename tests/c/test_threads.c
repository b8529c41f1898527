/* One engine and one plan shared by several threads (the header promises both
 * are immutable and thread-safe), and the last error kept per thread: each
 * thread makes its own kind of failure and must only ever see its own. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

#define THREADS 4
#define DEFAULT_ROUNDS 25

static int rounds = DEFAULT_ROUNDS; /* fewer under valgrind, which runs threads one at a time */

typedef struct worker {
  const fixture* f;
  int index;
  const char* expected_plan_json; /* what every thread must read back */
  int failures;
} worker;

/* Each thread fails in its own way, so a leak between threads shows. */
static const char* const bad_inputs[THREADS] = {"{", "\"\xFF\"", "[1,]", "{\"a\":\"\xC3\"}"};
static const pp_status bad_statuses[THREADS] = {PP_ERR_JSON_SYNTAX, PP_ERR_INVALID_UTF8, PP_ERR_JSON_SYNTAX,
                                                PP_ERR_INVALID_UTF8};

static void* work(void* argument) {
  worker* w = argument;
  int round;
  for (round = 0; round < rounds; ++round) {
    char* out = NULL;
    pp_plan* again = NULL;
    if (pp_json_canonicalize(bad_inputs[w->index], &out) != bad_statuses[w->index]) ++w->failures;
    /* Other threads fail meanwhile; this thread's error must stay its own. */
    if (pp_plan_to_json(w->f->plan, &out) != PP_OK || strcmp(out, w->expected_plan_json) != 0) ++w->failures;
    pp_string_free(out);
    out = NULL;
    if (pp_json_canonicalize(bad_inputs[w->index], &out) != bad_statuses[w->index]) ++w->failures;
    if (pp_last_error_code() != bad_statuses[w->index]) ++w->failures;
    if (pp_plan_parse(w->f->engine, w->f->plan_json, &again) != PP_OK) ++w->failures;
    if (pp_sharing_decide(w->f->engine, again, FIXTURE_REQUEST, &out) != PP_OK) ++w->failures;
    pp_string_free(out);
    pp_plan_destroy(again);
  }
  return NULL;
}

int main(int argc, char** argv) {
  fixture f = fixture_load();
  pthread_t threads[THREADS];
  worker workers[THREADS];
  char* expected = NULL;
  int i;
  if (argc > 1) rounds = atoi(argv[1]);
  CHECK_STATUS(PP_OK, pp_plan_to_json(f.plan, &expected));
  for (i = 0; i < THREADS; ++i) {
    workers[i].f = &f;
    workers[i].index = i;
    workers[i].expected_plan_json = expected;
    workers[i].failures = 0;
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0);
  }
  for (i = 0; i < THREADS; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    if (workers[i].failures != 0) fprintf(stderr, "thread %d: %d failures\n", i, workers[i].failures);
    CHECK(workers[i].failures == 0);
  }
  /* The main thread's last error is untouched by the workers' failures. */
  CHECK(pp_last_error_code() == PP_OK);
  pp_string_free(expected);
  fixture_free(&f);
  return check_finish("test_threads");
}
