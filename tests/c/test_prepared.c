/* Prepared plans and typed questions through the C ABI: looking parts and channels
 * up, allow and deny with the deciding rule bits and reason, one batch for several
 * parties, the same answer as pp_sharing_decide, prepared parties answering as their
 * questions do, and every argument a C caller can
 * get wrong (NULLs, handles of another type, indexes and moments out of range)
 * refused with a status and a pointer, never a crash. */
#include <string.h>

#include "check.h"
#include "fixture.h"

#define WORKER "{\"role\":\"lokaal_team\",\"person\":\"btn-0412\",\"organisation\":\"Buurtteam Amsterdam Noord (fictief)\"}"
#define OUTSIDER "{\"role\":\"lokaal_team\",\"person\":\"btn-9999\",\"organisation\":\"Buurtteam Zuid\"}"
#define PART "children/noor/results/r-noor-angst"

/* Whether the answer's rule bits name exactly this one rule id. */
static int only_rule(const pp_answer* answer, const char* id) {
  int32_t r;
  int found = 0;
  for (r = 0; r < 32; ++r) {
    if (!(answer->rules & (1u << r))) continue;
    if (pp_rule_id(r) == NULL || strcmp(pp_rule_id(r), id) != 0) return 0;
    found = 1;
  }
  return found;
}

int main(void) {
  fixture f = fixture_load();
  pp_prepared_plan* prepared = NULL;
  pp_party* worker = NULL;
  pp_party* outsider = NULL;
  pp_prepared_party* prepared_worker = NULL;
  pp_prepared_party* prepared_outsider = NULL;
  pp_question question;
  pp_question batch[3];
  pp_answer answer;
  pp_answer answers[3];
  size_t count = 0;
  size_t part = 0;
  int32_t portaal = -1;
  char* address = NULL;
  char* decision = NULL;

  CHECK_STATUS(PP_OK, pp_plan_prepare(f.engine, f.plan, &prepared));
  CHECK_STATUS(PP_OK, pp_party_parse(WORKER, &worker));
  CHECK_STATUS(PP_OK, pp_party_parse(OUTSIDER, &outsider));
  CHECK_STATUS(PP_OK, pp_prepared_plan_part_count(prepared, &count));
  CHECK(count > 10);
  CHECK_STATUS(PP_OK, pp_prepared_plan_find_part(prepared, PART, &part));
  CHECK_STATUS(PP_OK, pp_prepared_plan_part_address(prepared, part, &address));
  CHECK_STR_EQ(PART, address);
  pp_string_free(address);
  CHECK_ERROR(PP_ERR_NOT_FOUND, "children/noor", pp_prepared_plan_find_part(prepared, "children/noor", &part));
  CHECK_STATUS(PP_OK, pp_prepared_plan_find_part(prepared, PART, &part));
  CHECK_STATUS(PP_OK, pp_engine_find_channel(f.engine, "portaal", &portaal));
  CHECK_ERROR(PP_ERR_NOT_FOUND, "postduif", pp_engine_find_channel(f.engine, "postduif", &portaal));
  CHECK_STATUS(PP_OK, pp_engine_find_channel(f.engine, "portaal", &portaal));

  /* The assigned worker reads the part (R-LT-INVOLVED); an outsider is denied by default. */
  memset(&question, 0, sizeof question);
  question.requester = worker;
  question.action = PP_ACTION_READ;
  question.purpose = PP_PURPOSE_UITVOERING;
  question.part = part;
  question.channel = portaal;
  CHECK_STATUS(PP_OK, pp_moment_parse(FIXTURE_AT, &question.at));
  CHECK(question.at.offset_minutes == 60);
  CHECK_STATUS(PP_OK, pp_sharing_ask(prepared, &question, &answer));
  CHECK(answer.verdict == PP_ALLOW);
  CHECK(only_rule(&answer, "R-LT-INVOLVED"));
  CHECK_STR_EQ("lt_involved", answer.reason);
  question.requester = outsider;
  CHECK_STATUS(PP_OK, pp_sharing_ask(prepared, &question, &answer));
  CHECK(answer.verdict == PP_DENY);
  CHECK(only_rule(&answer, "R-DEFAULT-DENY"));

  /* The same answer as the JSON decision for that part alone. */
  CHECK_STATUS(PP_OK, pp_sharing_decide_prepared(prepared,
                                                 "{\"requester\":" WORKER ",\"action\":\"read\",\"purpose\":\"uitvoering\","
                                                 "\"channel\":\"portaal\",\"at\":\"" FIXTURE_AT "\",\"parts\":[\"" PART "\"]}",
                                                 &decision));
  CHECK_CONTAINS(decision, "\"decision\":\"allow\"");
  CHECK_CONTAINS(decision, "\"reason\":\"lt_involved\"");
  pp_string_free(decision);

  /* Prepared parties: the same answers as their questions, resolved once. */
  CHECK_STATUS(PP_OK, pp_party_prepare(prepared, worker, question.at, &prepared_worker));
  CHECK_STATUS(PP_OK, pp_party_prepare(prepared, outsider, question.at, &prepared_outsider));
  CHECK_STATUS(PP_OK, pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, portaal,
                                            &answer));
  CHECK(answer.verdict == PP_ALLOW);
  CHECK(only_rule(&answer, "R-LT-INVOLVED"));
  CHECK_STR_EQ("lt_involved", answer.reason);
  CHECK_STATUS(PP_OK, pp_prepared_party_ask(prepared_outsider, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, portaal,
                                            &answer));
  CHECK(answer.verdict == PP_DENY);
  CHECK(only_rule(&answer, "R-DEFAULT-DENY"));
  pp_prepared_party_destroy(prepared_outsider);
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked",
              pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, count, portaal, &answer));
  CHECK_STR_EQ("/part", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked",
              pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, -1, &answer));
  CHECK_STR_EQ("/channel", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked",
              pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, 99, part, portaal, &answer));
  CHECK_STR_EQ("/purpose", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked",
              pp_prepared_party_ask(prepared_worker, PP_ACTION_FORWARD, PP_PURPOSE_UITVOERING, part, portaal, &answer));
  CHECK_STR_EQ("/action", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_answer",
              pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, portaal, NULL));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "party",
              pp_prepared_party_ask(NULL, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, portaal, &answer));
  CHECK_ERROR(PP_ERR_STATE, "pp_prepared_party",
              pp_prepared_party_ask((const pp_prepared_party*)worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part,
                                    portaal, &answer));
  CHECK_ERROR(PP_ERR_STATE, "pp_party", pp_party_prepare(prepared, (const pp_party*)prepared, question.at,
                                                         &prepared_outsider));
  CHECK(prepared_outsider == NULL);
  question.at.offset_minutes = 24 * 60;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "offset", pp_party_prepare(prepared, worker, question.at, &prepared_outsider));
  CHECK_STR_EQ("/at", pp_last_error_pointer());
  question.at.offset_minutes = 60;

  /* A batch alternating parties: each is answered for its own requester. */
  batch[0] = question;
  batch[0].requester = worker;
  batch[1] = batch[0];
  batch[1].requester = outsider;
  batch[2] = batch[0];
  CHECK_STATUS(PP_OK, pp_sharing_ask_batch(prepared, batch, 3, answers));
  CHECK(answers[0].verdict == PP_ALLOW && answers[1].verdict == PP_DENY && answers[2].verdict == PP_ALLOW);
  CHECK_STATUS(PP_OK, pp_sharing_ask_batch(prepared, NULL, 0, NULL));

  /* What cannot be asked. */
  question.requester = worker;
  question.part = count;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  CHECK_STR_EQ("/part", pp_last_error_pointer());
  question.part = (size_t)-1;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  question.part = part;
  question.channel = -1;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  CHECK_STR_EQ("/channel", pp_last_error_pointer());
  question.channel = portaal;
  question.action = 42;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  question.action = PP_ACTION_FORWARD;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  CHECK_CONTAINS(pp_last_error_detail(), "PP-D-RECIPIENT");
  question.action = PP_ACTION_READ;
  question.break_glass_reason = "zorgen";
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  CHECK_CONTAINS(pp_last_error_detail(), "PP-D-BREAK-GLASS-ACTION");
  question.break_glass_reason = NULL;
  question.requester = NULL;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask(prepared, &question, &answer));
  CHECK_STR_EQ("/requester", pp_last_error_pointer());
  question.requester = (const pp_party*)f.engine; /* a handle of another type */
  CHECK_ERROR(PP_ERR_STATE, "pp_party", pp_sharing_ask(prepared, &question, &answer));
  question.requester = worker;
  question.at.offset_minutes = 24 * 60;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "offset", pp_sharing_ask(prepared, &question, &answer));
  question.at.offset_minutes = 60;
  question.at.utc_seconds = INT64_MAX;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "0001-9999", pp_sharing_ask(prepared, &question, &answer));
  CHECK_STATUS(PP_OK, pp_moment_parse(FIXTURE_AT, &question.at));
  batch[1].at.offset_minutes = -24 * 60;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question/1", pp_sharing_ask_batch(prepared, batch, 3, answers));
  CHECK_STR_EQ("/1/at", pp_last_error_pointer());
  batch[1].at = question.at;
  batch[2].part = count + 5;
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question cannot be asked", pp_sharing_ask_batch(prepared, batch, 3, answers));
  CHECK_STR_EQ("/2/part", pp_last_error_pointer());
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "questions", pp_sharing_ask_batch(prepared, NULL, 3, answers));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "out_answer", pp_sharing_ask(prepared, &question, NULL));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "question", pp_sharing_ask(prepared, NULL, &answer));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "prepared", pp_sharing_ask(NULL, &question, &answer));
  CHECK_ERROR(PP_ERR_STATE, "pp_prepared_plan",
              pp_sharing_ask((const pp_prepared_plan*)f.plan, &question, &answer));
  CHECK_ERROR(PP_ERR_INVALID_ARGUMENT, "rfc3339", pp_moment_parse("gisteren", &question.at));
  pp_party_destroy(outsider);
  CHECK_ERROR(PP_ERR_SCHEMA, "party", pp_party_parse("{\"role\":\"astronaut\",\"person\":\"x\"}", &outsider));
  CHECK(outsider == NULL);
  CHECK(pp_rule_id(-1) == NULL);
  CHECK(pp_rule_id(31) == NULL);
  CHECK_STR_EQ("R-OWNER", pp_rule_id(0));

  /* The prepared plan outlives the plan and engine it was made from; a prepared party
   * outlives its party handle and its prepared plan handle. */
  fixture_free(&f);
  CHECK_STATUS(PP_OK, pp_sharing_ask(prepared, &question, &answer));
  CHECK(answer.verdict == PP_ALLOW);
  pp_party_destroy(worker);
  worker = NULL;
  pp_prepared_plan_destroy(prepared);
  prepared = NULL;
  CHECK_STATUS(PP_OK, pp_prepared_party_ask(prepared_worker, PP_ACTION_READ, PP_PURPOSE_UITVOERING, part, portaal,
                                            &answer));
  CHECK(answer.verdict == PP_ALLOW);
  pp_prepared_party_destroy(prepared_worker);
  pp_prepared_party_destroy(NULL);

  pp_party_destroy(worker);
  pp_prepared_plan_destroy(prepared);
  pp_prepared_plan_destroy(NULL);
  pp_party_destroy(NULL);
  return check_finish("test_prepared");
}
