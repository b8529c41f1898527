/* The verblijf report through the C ABI: an array of plan handles in, the report
 * document out; suppression on both sides of the threshold; bad arguments and
 * uncountable plans as errors with a pointer, never a crash. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

#define PLANS 9

/* A plan whose one jeugdige has a residential toewijzing (JZ020 43) in 2026; the
 * first `with_protection` plans add jeugdbescherming (48). */
static pp_plan* residential_plan(const pp_engine* engine, int number, int with_protection) {
  char text[1024];
  pp_plan* plan = NULL;
  snprintf(text, sizeof text,
           "{\"format\":\"perspectief/plan@2\",\"id\":\"pp-c-%d\",\"profile\":\"amsterdam-zaanstreek\","
           "\"plan_type\":\"perspectiefplan\",\"version\":0,\"status\":\"hulp_gestart\","
           "\"family\":{\"members\":[{\"id\":\"sam\",\"role\":\"jeugdige\",\"birth_date\":\"2012-02-29\"}]},"
           "\"family_part\":{\"results\":[]},"
           "\"children\":[{\"jeugdige\":\"sam\",\"results\":[],\"toewijzingen\":["
           "{\"number\":\"t-%d\",\"aanbieder\":\"90000001\",\"product\":{\"category\":\"43\"},\"start\":\"2026-01-05\"}%s]}]}",
           number, number,
           with_protection ? ",{\"number\":\"j\",\"aanbieder\":\"90000002\",\"product\":{\"category\":\"48\"},"
                             "\"start\":\"2026-01-05\"}"
                           : "");
  CHECK_STATUS(PP_OK, pp_plan_parse(engine, text, &plan));
  return plan;
}

int main(void) {
  fixture f = fixture_load();
  const pp_plan* plans[PLANS + 1];
  pp_plan* owned[PLANS];
  char* report = NULL;
  int i;
  for (i = 0; i < PLANS; ++i) {
    owned[i] = residential_plan(f.engine, i, i < 2);
    plans[i] = owned[i];
  }

  /* 7 alone, 2 with jeugdbescherming: the 2 are suppressed, and so is the 7, or
   * the total of 9 would give the 2 back. */
  CHECK_STATUS(PP_OK, pp_analysis_verblijf_report(f.engine, plans, PLANS, NULL, &report));
  CHECK_CONTAINS(report, "\"format\":\"perspectief/verblijf-report@1\"");
  CHECK_CONTAINS(report, "\"min_count\":7");
  CHECK_CONTAINS(report, "{\"count\":null,\"percentage\":null,\"period\":\"2026-H1\",\"row\":\"met_jeugdbescherming\",\"suppressed\":true}");
  CHECK_CONTAINS(report, "{\"count\":null,\"percentage\":null,\"period\":\"2026-H1\",\"row\":\"alleen_verblijf\",\"suppressed\":true}");
  CHECK_CONTAINS(report, "\"totals\":[{\"count\":9,\"period\":\"2026-H1\",\"suppressed\":false}]");
  pp_string_free(report);
  report = NULL;

  /* With a threshold of 2 every number is shown. */
  CHECK_STATUS(PP_OK, pp_analysis_verblijf_report(f.engine, plans, PLANS, "{\"min_count\":2}", &report));
  CHECK_CONTAINS(report, "{\"count\":2,\"percentage\":22.2,\"period\":\"2026-H1\",\"row\":\"met_jeugdbescherming\",\"suppressed\":false}");
  CHECK_CONTAINS(report, "{\"count\":7,\"percentage\":77.8,\"period\":\"2026-H1\",\"row\":\"alleen_verblijf\",\"suppressed\":false}");
  pp_string_free(report);
  report = NULL;

  /* The fixture family has no residential care: no half-years, nothing counted. */
  CHECK_STATUS(PP_OK, pp_analysis_verblijf_report(f.engine, (const pp_plan* const*)&f.plan, 1, "{}", &report));
  CHECK_CONTAINS(report, "\"periods\":[]");
  CHECK_CONTAINS(report, "\"plans\":1");
  pp_string_free(report);
  report = NULL;
  CHECK_STATUS(PP_OK, pp_analysis_verblijf_report(f.engine, NULL, 0, NULL, &report));
  CHECK_CONTAINS(report, "\"plans\":0");
  pp_string_free(report);
  report = NULL;

  /* Errors: each with a code and a pointer, and no report. */
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "min_count",
              pp_analysis_verblijf_report(f.engine, plans, PLANS, "{\"min_count\":0}", &report));
  CHECK_STR_EQ("/min_count", pp_last_error_pointer());
  CHECK(report == NULL);
  CHECK_ERROR(PP_ERR_JSON_SYNTAX, "options_json", pp_analysis_verblijf_report(f.engine, plans, PLANS, "{", &report));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "plans", pp_analysis_verblijf_report(f.engine, NULL, 2, NULL, &report));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_report_json", pp_analysis_verblijf_report(f.engine, plans, PLANS, NULL, NULL));
  plans[PLANS] = NULL;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "plans[9]", pp_analysis_verblijf_report(f.engine, plans, PLANS + 1, NULL, &report));
  plans[PLANS] = (const pp_plan*)f.engine;
  CHECK_ERROR(PP_ERR_STATE, "plans[9]", pp_analysis_verblijf_report(f.engine, plans, PLANS + 1, NULL, &report));
  plans[PLANS] = plans[3];
  CHECK_ERROR(PP_ERR_VALIDATION, "counted already", pp_analysis_verblijf_report(f.engine, plans, PLANS + 1, NULL, &report));
  CHECK_STR_EQ("/9/id", pp_last_error_pointer());
  CHECK(report == NULL);

  for (i = 0; i < PLANS; ++i) pp_plan_destroy(owned[i]);
  fixture_free(&f);
  return check_finish("test_report");
}
