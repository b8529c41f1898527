#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>

#include "check.h"

fixture fixture_load(void) {
  fixture f;
  f.engine = NULL;
  f.plan = NULL;
  f.plan_json = read_source_file(FIXTURE_PLAN_FILE);
  if (pp_engine_create_builtin(FIXTURE_PROFILE, NULL, NULL, &f.engine) != PP_OK ||
      pp_plan_parse(f.engine, f.plan_json, &f.plan) != PP_OK) {
    fprintf(stderr, "fixture: %s: %s\n", pp_status_name(pp_last_error_code()), pp_last_error_message());
    exit(EXIT_FAILURE);
  }
  return f;
}

void fixture_free(fixture* f) {
  pp_plan_destroy(f->plan);
  pp_engine_destroy(f->engine);
  free(f->plan_json);
  f->plan = NULL;
  f->engine = NULL;
  f->plan_json = NULL;
}
