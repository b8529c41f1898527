/*
 * perspectief.i: the one SWIG interface for the Java and C# bindings.
 *
 * It wraps capi/include/perspectief/perspectief.h (the C ABI) and nothing else.
 * What this file decides, for every language:
 *
 *  - Every pp_status-returning function has exactly one out-parameter. In the
 *    generated layer that out-parameter becomes the return value, and a status
 *    other than PP_OK becomes an exception thrown by the glue. The glue reads
 *    the thread's last error (code, message, pointer, detail JSON) inside the
 *    same C wrapper, right after the failing call: nothing else can run on the
 *    thread in between, so the detail is always the one of this call.
 *  - Strings cross as UTF-8 bytes, never through the JVM's "modified UTF-8"
 *    or a platform ANSI code page: a plan with an emoji must reach the library
 *    byte for byte, and invalid UTF-8 must reach it too, so that the library
 *    (not the binding) reports it. Returned strings are copied and then freed
 *    with pp_string_free in the glue (Java) or by the managed caller (C#).
 *  - Handles (pp_engine*, pp_plan*) cross as raw addresses / SafeHandles. The
 *    hand-written layer (bindings/java, bindings/csharp) owns them: it counts
 *    in-flight calls so that closing never frees memory another thread is
 *    still using, and turns a closed handle into a StateException.
 *  - The generated layer is internal (package-private in Java, internal in C#);
 *    vendors only see the hand-written API.
 *
 * The language parts (java.i, csharp.i) define how each of these looks in that
 * language: the typemaps for the categories below and the macros
 * PP_STRING_RESULT(fn) / PP_HANDLE_RESULT(fn, type) that turn a function's
 * out-parameter into its result. This is the layout GDAL uses (gdal.i with
 * per-language include files).
 */
%module PerspectiefNative

%{
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "perspectief/perspectief.h"
%}

%include <stdint.i>

/* Out-parameters by the names the header gives them. Every char** out is a
 * string the caller owns; every pp_engine** / pp_plan** out is a new handle. */
#if defined(SWIGJAVA)
%include "java.i"
#elif defined(SWIGCSHARP)
%include "csharp.i"
#else
#error "perspectief.i has a language part for Java and C# only"
#endif

%apply char** PP_OUT_STRING {
  char** out_canonical, char** out_json, char** out_problems_json, char** out_text,
  char** out_decision_json, char** out_decisions_json, char** out_view_json,
  char** out_record_json, char** out_report_json, char** out_package_json, char** out_plan_id
};
%apply pp_engine** PP_OUT_HANDLE { pp_engine** out_engine };
%apply pp_plan** PP_OUT_HANDLE { pp_plan** out_plan };

PP_STRING_RESULT(pp_json_canonicalize)
PP_STRING_RESULT(pp_profile_list)
PP_STRING_RESULT(pp_profile_get)
PP_HANDLE_RESULT(pp_engine_create, pp_engine)
PP_HANDLE_RESULT(pp_engine_create_builtin, pp_engine)
PP_HANDLE_RESULT(pp_engine_create_from_file, pp_engine)
PP_STRING_RESULT(pp_engine_info)
PP_HANDLE_RESULT(pp_plan_parse, pp_plan)
PP_STRING_RESULT(pp_plan_to_json)
PP_STRING_RESULT(pp_plan_get)
PP_STRING_RESULT(pp_plan_validate)
PP_STRING_RESULT(pp_plan_records)
PP_STRING_RESULT(pp_record_columns)
PP_STRING_RESULT(pp_workflow_available_events)
PP_HANDLE_RESULT(pp_workflow_create, pp_plan)
PP_HANDLE_RESULT(pp_workflow_apply, pp_plan)
PP_HANDLE_RESULT(pp_workflow_apply_all, pp_plan)
PP_STRING_RESULT(pp_workflow_initial_content)
PP_HANDLE_RESULT(pp_workflow_replay, pp_plan)
PP_STRING_RESULT(pp_workflow_deadlines)
PP_STRING_RESULT(pp_workflow_regie_advice)
PP_STRING_RESULT(pp_workflow_diagram)
PP_STRING_RESULT(pp_sharing_decide)
PP_STRING_RESULT(pp_sharing_decide_batch)
PP_STRING_RESULT(pp_sharing_view)
PP_STRING_RESULT(pp_analysis_verblijf_report)

%apply pp_store** PP_OUT_HANDLE { pp_store** out_store };
PP_HANDLE_RESULT(pp_store_open, pp_store)
PP_HANDLE_RESULT(pp_store_create_plan, pp_plan)
PP_HANDLE_RESULT(pp_store_apply, pp_plan)
PP_HANDLE_RESULT(pp_store_get, pp_plan)
PP_STRING_RESULT(pp_store_plans)
PP_STRING_RESULT(pp_store_consents)
PP_STRING_RESULT(pp_store_fixed_version)
PP_STRING_RESULT(pp_store_record_akkoord)
PP_STRING_RESULT(pp_store_sign_version)
PP_STRING_RESULT(pp_store_view)
PP_STATUS_RESULT(pp_store_log)
PP_STRING_RESULT(pp_store_rows)
PP_STRING_RESULT(pp_store_deadlines_due)
PP_STRING_RESULT(pp_store_retention)
PP_STRING_RESULT(pp_store_destroy)
PP_STRING_RESULT(pp_store_verify)
PP_STRING_RESULT(pp_store_export)
PP_STRING_RESULT(pp_store_import)
PP_STRING_RESULT(pp_store_verify_package)
PP_STRING_RESULT(pp_signing_key_generate)
PP_STRING_RESULT(pp_signing_key_from_seed)
%ignore pp_store_close;
%inline %{
/* Closes a store by address (0 is a no-op). */
void ppbind_store_close(intptr_t store) { pp_store_close((pp_store*)store); }
%}

/* Consumed inside the glue (the exception path), not exposed. */
%ignore pp_last_error_code;
%ignore pp_last_error_message;
%ignore pp_last_error_pointer;
%ignore pp_last_error_detail;
%ignore pp_last_error_clear;
/* Options cross as a small array (see the language parts) so that no SWIG
 * proxy object with a finalizer owns C memory; struct_size is always set by
 * pp_engine_options_init inside the glue. */
%ignore pp_engine_options;
%ignore pp_engine_options_init;
/* Destroy and free take the raw address below: a C# SafeHandle's ReleaseHandle
 * and Java's handle owner only have the address at that point, never a live
 * handle object. */
%ignore pp_engine_destroy;
%ignore pp_plan_destroy;
%ignore pp_string_free;

%inline %{
/* Frees an engine by address (0 is a no-op). */
void ppbind_engine_destroy(intptr_t engine) { pp_engine_destroy((pp_engine*)engine); }
/* Frees a plan by address (0 is a no-op). */
void ppbind_plan_destroy(intptr_t plan) { pp_plan_destroy((pp_plan*)plan); }
/* Frees a string returned by the library by address (0 is a no-op). */
void ppbind_string_free(intptr_t string) { pp_string_free((char*)string); }
%}

%ignore pp_store;

/* ---- the fast path (docs/sharing.md, "The fast path") ----------------------------
 * Prepared plans and parties are handles like engines and plans. A question crosses
 * as numbers (no SWIG proxy of pp_question with C memory behind it), through the two
 * helpers below; the language parts map `const long long* values` and
 * `long long* out_values` to a long[] and the size_t / int32_t out-parameters of the
 * look-ups to the function's result (PP_NUMBER_RESULT). */
%apply pp_prepared_plan** PP_OUT_HANDLE { pp_prepared_plan** out_prepared };
%apply pp_party** PP_OUT_HANDLE { pp_party** out_party };
%apply size_t* PP_OUT_NUMBER { size_t* out_count, size_t* out_part };
%apply int32_t* PP_OUT_NUMBER { int32_t* out_channel };
%apply char** PP_OUT_STRING { char** out_address };
PP_HANDLE_RESULT(pp_plan_prepare, pp_prepared_plan)
PP_HANDLE_RESULT(pp_party_parse, pp_party)
PP_NUMBER_RESULT(pp_prepared_plan_part_count)
PP_NUMBER_RESULT(pp_prepared_plan_find_part)
PP_NUMBER_RESULT(pp_engine_find_channel)
PP_STRING_RESULT(pp_prepared_plan_part_address)
PP_STRING_RESULT(pp_sharing_decide_prepared)
PP_STRING_RESULT(pp_sharing_view_prepared)
PP_STATUS_RESULT(ppbind_moment_parse)
PP_STATUS_RESULT(ppbind_ask)
PP_STATUS_RESULT(ppbind_ask_batch)
%ignore pp_prepared_plan;
%ignore pp_party;
%ignore pp_moment;
%ignore pp_question;
%ignore pp_answer;
%ignore pp_moment_parse;
%ignore pp_sharing_ask;
%ignore pp_sharing_ask_batch;
%ignore pp_prepared_plan_destroy;
%ignore pp_party_destroy;

/* A prepared party (a party of a prepared plan at one moment) is a handle too; its moment
 * crosses as two numbers and its answer as ppbind_ask's two numbers. */
%apply pp_prepared_party** PP_OUT_HANDLE { pp_prepared_party** out_party };
PP_HANDLE_RESULT(ppbind_party_prepare, pp_prepared_party)
PP_STATUS_RESULT(ppbind_prepared_party_ask)
%ignore pp_prepared_party;
%ignore pp_party_prepare;
%ignore pp_prepared_party_ask;
%ignore pp_prepared_party_destroy;

%{
/* A question's numbers (see ppbind_ask_batch) as a pp_question; `reasons` holds the
 * break-glass reasons, each ended by a NUL. */
static void ppbind_question(const long long* v, const char* reasons, pp_question* q) {
  long long k;
  q->requester = (const pp_party*)(intptr_t)v[0];
  q->action = (int32_t)v[1];
  q->purpose = (int32_t)v[2];
  q->part = v[3] < 0 ? (size_t)-1 : (size_t)v[3];
  q->channel = v[4] < INT32_MIN || v[4] > INT32_MAX ? -1 : (int32_t)v[4];
  q->at.utc_seconds = v[5];
  q->at.offset_minutes = (int32_t)v[6];
  q->recipient = (const pp_party*)(intptr_t)v[7];
  q->break_glass_reason = NULL;
  if (v[8] > 0 && reasons) {
    const char* reason = reasons;
    for (k = 1; k < v[8]; ++k) reason += strlen(reason) + 1;
    q->break_glass_reason = reason;
  }
}

static void ppbind_answer(const pp_answer* a, long long* out) {
  out[0] = (long long)a->verdict | ((long long)a->rules << 1);
  out[1] = (long long)(intptr_t)a->reason;
}
%}

%inline %{
/* pp_moment_parse: out_values[0] = utc_seconds, out_values[1] = offset_minutes. */
pp_status ppbind_moment_parse(const char* rfc3339, long long* out_values) {
  pp_moment moment;
  pp_status status;
  if (!out_values) return pp_moment_parse(rfc3339, NULL); /* the library names the missing out */
  status = pp_moment_parse(rfc3339, &moment);
  if (status == PP_OK) {
    out_values[0] = moment.utc_seconds;
    out_values[1] = moment.offset_minutes;
  }
  return status;
}

/* pp_sharing_ask with the question as 9 numbers: requester (a pp_party address), action,
 * purpose, part, channel, at's utc_seconds and offset_minutes, recipient (an address, 0 for
 * none) and break-glass (0 for none, k for the k-th NUL-ended reason in `reasons`). The
 * answer is 2 numbers: verdict | rules << 1, and the address of the static reason code
 * (ppbind_static_text reads it). */
pp_status ppbind_ask(const pp_prepared_plan* prepared, const long long* values, const char* reasons,
                     long long* out_values) {
  pp_question question;
  pp_answer answer;
  pp_status status;
  if (!values || !out_values) return pp_sharing_ask(prepared, NULL, NULL);
  ppbind_question(values, reasons, &question);
  status = pp_sharing_ask(prepared, &question, &answer);
  if (status == PP_OK) ppbind_answer(&answer, out_values);
  return status;
}

/* pp_sharing_ask_batch: `count` questions of 9 numbers each, 2 numbers per answer (as ppbind_ask). */
pp_status ppbind_ask_batch(const pp_prepared_plan* prepared, const long long* values, size_t count,
                           const char* reasons, long long* out_values) {
  pp_question* questions;
  pp_answer* answers;
  pp_status status;
  size_t i;
  if (count == 0 || !values || !out_values) return pp_sharing_ask_batch(prepared, NULL, count, NULL);
  questions = (pp_question*)malloc(sizeof(pp_question) * count);
  answers = (pp_answer*)malloc(sizeof(pp_answer) * count);
  if (!questions || !answers) {
    free(questions);
    free(answers);
    /* No library call failed, so the last error is not this failure's: clear it rather
     * than let the caller's exception carry an earlier call's message. */
    pp_last_error_clear();
    return PP_ERR_OUT_OF_MEMORY;
  }
  for (i = 0; i < count; ++i) ppbind_question(values + 9 * i, reasons, &questions[i]);
  status = pp_sharing_ask_batch(prepared, questions, count, answers);
  if (status == PP_OK) {
    for (i = 0; i < count; ++i) ppbind_answer(&answers[i], out_values + 2 * i);
  }
  free(questions);
  free(answers);
  return status;
}

/* The static text at this address (a reason code of an answer). */
const char* ppbind_static_text(intptr_t text) { return (const char*)text; }
/* Frees a prepared plan by address (0 is a no-op). */
void ppbind_prepared_plan_destroy(intptr_t prepared) { pp_prepared_plan_destroy((pp_prepared_plan*)prepared); }
/* Frees a party by address (0 is a no-op). */
void ppbind_party_destroy(intptr_t party) { pp_party_destroy((pp_party*)party); }

/* pp_party_prepare with the moment as its two numbers. */
pp_status ppbind_party_prepare(const pp_prepared_plan* prepared, const pp_party* party, long long utc_seconds,
                               int32_t offset_minutes, pp_prepared_party** out_party) {
  pp_moment at;
  at.utc_seconds = utc_seconds;
  at.offset_minutes = offset_minutes;
  return pp_party_prepare(prepared, party, at, out_party);
}

/* pp_prepared_party_ask with the answer as 2 numbers (as ppbind_ask). */
pp_status ppbind_prepared_party_ask(const pp_prepared_party* party, int32_t action, int32_t purpose, size_t part,
                                    int32_t channel, long long* out_values) {
  pp_answer answer;
  pp_status status;
  if (!out_values) return pp_prepared_party_ask(party, action, purpose, part, channel, NULL);
  status = pp_prepared_party_ask(party, action, purpose, part, channel, &answer);
  if (status == PP_OK) ppbind_answer(&answer, out_values);
  return status;
}

/* Frees a prepared party by address (0 is a no-op). */
void ppbind_prepared_party_destroy(intptr_t party) { pp_prepared_party_destroy((pp_prepared_party*)party); }
%}

/* ---- JSONL streams (docs/c-api.md, "JSONL files") -------------------------------
 * A stream is a handle like the others. pp_jsonl_next's string is NULL after the last
 * line: null in Java and C#. A stream without engine (each plan's own region) is
 * opened through ppbind_jsonl_open_builtin, since a C# SafeHandle cannot be null. */
%apply pp_jsonl_stream** PP_OUT_HANDLE { pp_jsonl_stream** out_stream };
%apply char** PP_OUT_STRING { char** out_line };
PP_HANDLE_RESULT(pp_jsonl_open, pp_jsonl_stream)
PP_HANDLE_RESULT(ppbind_jsonl_open_builtin, pp_jsonl_stream)
PP_STRING_RESULT(pp_jsonl_next)
%ignore pp_jsonl_stream;
%ignore pp_jsonl_close;
%inline %{
/* pp_jsonl_open without engine. */
pp_status ppbind_jsonl_open_builtin(const char* path, const char* options_json, pp_jsonl_stream** out_stream) {
  return pp_jsonl_open(NULL, path, options_json, out_stream);
}
/* Closes a JSONL stream by address (0 is a no-op). */
void ppbind_jsonl_close(intptr_t stream) { pp_jsonl_close((pp_jsonl_stream*)stream); }
%}

/* Opaque handle types: no proxy classes, only addresses. */
%ignore pp_engine;
%ignore pp_plan;

/* The header's macros (PP_OK, PP_ERR_*, PP_VERSION_*) are not wrapped: the
 * hand-written layers name the codes themselves (ErrorCode) and report the
 * version of the loaded library, which is what matters at run time. */
%rename("$ignore", regextarget=1) "^PP_";

%include "perspectief/perspectief_export.h"
#define PP_API
%include "perspectief/perspectief.h"
