/* Shared inputs of the C ABI tests: an engine over the built-in Amsterdam
 * profile and the two-children segment-C family from examples/families/. */
#ifndef PP_TEST_FIXTURE_H
#define PP_TEST_FIXTURE_H

#include "perspectief/perspectief.h"

#define FIXTURE_PROFILE "amsterdam-zaanstreek"
#define FIXTURE_PLAN_FILE "examples/families/amsterdam-twee-kinderen-segment-c.json"
#define FIXTURE_AT "2026-03-02T09:30:00+01:00"
/* Valid JSON of the right kind for each JSON parameter. */
#define FIXTURE_ACTOR "{\"role\":\"ouder\",\"person\":\"lotte\",\"member\":\"lotte\"}"
#define FIXTURE_EVENT \
  "{\"event\":\"start_vraagverheldering\",\"actor\":" FIXTURE_ACTOR ",\"at\":\"" FIXTURE_AT "\"}"
#define FIXTURE_REQUEST                                                                          \
  "{\"requester\":{\"role\":\"gemeente\",\"person\":\"gem-01\",\"organisation\":\"Gemeente Amsterdam\"}," \
  "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\",\"at\":\"" FIXTURE_AT "\"}"

typedef struct fixture {
  pp_engine* engine;
  pp_plan* plan;
  char* plan_json; /* the example file's text */
} fixture;

/* Loads the engine and plan; aborts the test program when that fails. */
fixture fixture_load(void);
void fixture_free(fixture* f);

#endif /* PP_TEST_FIXTURE_H */
