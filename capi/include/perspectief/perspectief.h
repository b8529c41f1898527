/*
 * perspectief: the Dutch youth-care perspectiefplan, as a C library.
 *
 * This header is the ABI promise. It is plain C99, and every change to it is
 * checked against the released baseline (tests/abi/) by abidiff.
 *
 * Conventions (as in libgit2, SQLite and DuckDB):
 *  - Every function that can fail returns a pp_status (0 = PP_OK) and writes its
 *    results through out-parameters. Out-parameters are only written on success
 *    (and set to NULL first where they are pointers).
 *  - On failure, the calling thread's last error holds a code, a message, a JSON
 *    pointer into the offending input ("" when the whole input is meant) and a
 *    JSON detail document. It stays valid until the next pp_ call on that thread.
 *    Every function that returns a pp_status resets it first; the functions that
 *    cannot fail (versions, pp_status_name, *_init, *_free, *_destroy and the
 *    pp_last_error_* accessors) leave it alone, so that it can be read after
 *    cleaning up.
 *  - No C++ exception ever crosses this boundary; running out of memory is
 *    reported as PP_ERR_OUT_OF_MEMORY.
 *  - All strings are UTF-8 and NUL-terminated. JSON inputs are JSON text.
 *  - Every string the library returns through a char** is owned by the caller and
 *    freed with pp_string_free(). Handles are freed with their *_destroy function.
 *    Passing NULL to any free or destroy function is a no-op.
 *  - Handles: pp_engine (a loaded region profile + municipal settings + compiled
 *    workflow and sharing policy) is immutable and may be used from many threads
 *    at once. pp_plan is immutable too: operations that change a plan return a
 *    new handle. A pp_plan does not reference the engine that parsed it; every
 *    operation takes the engine explicitly. A handle of the wrong type (a
 *    pp_plan* passed as pp_engine*) is refused with PP_ERR_STATE, and left
 *    alone by the destroy functions. pp_store (a dossier store on a file) is
 *    not immutable, but may be used from many threads at once too: its
 *    operations take turns.
 *  - Option structs start with a struct_size member, set by their *_init
 *    function, and only ever grow at the end.
 *  - Moments ("at") are RFC 3339 timestamps with an offset, e.g.
 *    "2026-03-02T09:30:00+01:00". The library never reads a clock.
 *
 * JSON document formats (events, requests, decisions, views, deadlines) are
 * described in docs/workflow.md and docs/sharing.md; the C API in docs/c-api.md.
 */
#ifndef PERSPECTIEF_H
#define PERSPECTIEF_H

#include <stddef.h>
#include <stdint.h>

#include "perspectief/perspectief_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions --------------------------------------------------------------- */

/* The version of this header; compare with pp_version_*() to detect a mismatch
 * between the header a program was compiled against and the library it runs with. */
#define PP_VERSION_MAJOR 0
#define PP_VERSION_MINOR 1
#define PP_VERSION_PATCH 0
#define PP_VERSION_STRING "0.1.0"

/* The version of the loaded library. Thread-safe; never fails. */
PP_API int32_t pp_version_major(void);
PP_API int32_t pp_version_minor(void);
PP_API int32_t pp_version_patch(void);
/* Static string; do not free. */
PP_API const char* pp_version_string(void);

/* ---- Status codes --------------------------------------------------------- */

/* Stable numbers: a code never changes meaning; new codes are only added. */
typedef int32_t pp_status;

#define PP_OK 0
#define PP_ERR_INVALID_ARGUMENT 1  /* NULL where not allowed, bad option struct, unknown format name */
#define PP_ERR_JSON_SYNTAX 2       /* the text is not JSON */
#define PP_ERR_INVALID_UTF8 3      /* the text is not UTF-8 */
#define PP_ERR_LIMIT_EXCEEDED 4    /* input too large or nested too deeply */
#define PP_ERR_SCHEMA 5            /* JSON of the wrong shape (see the detail's problems) */
#define PP_ERR_VALIDATION 6        /* well-formed but inconsistent */
#define PP_ERR_PROFILE 7           /* region profile or municipal settings unusable */
#define PP_ERR_MINIMUM_CONDITION 8 /* settings would switch off a minimum condition (R-MINIMUM) */
#define PP_ERR_NOT_FOUND 9         /* unknown profile id, file, event */
#define PP_ERR_REJECTED 10         /* a workflow event was refused; the detail lists every failed guard */
#define PP_ERR_STATE 11            /* an object used in the wrong state */
#define PP_ERR_OUT_OF_MEMORY 12
#define PP_ERR_IO 13               /* a file could not be read */
#define PP_ERR_INTERNAL 99         /* a bug in perspectief; please report it */

/* A stable lowercase name for a status, e.g. "json_syntax". Static string; never NULL
 * ("unknown" for numbers this version does not know). */
PP_API const char* pp_status_name(pp_status status);

/* ---- Last error (per thread) ------------------------------------------------ */

/* The code of the last failed call on this thread, PP_OK if the last call succeeded. */
PP_API pp_status pp_last_error_code(void);
/* Human-readable message (English) of the last failure; "" when there was none.
 * Owned by the library; valid until the next pp_ call on this thread. */
PP_API const char* pp_last_error_message(void);
/* JSON pointer (RFC 6901) into the input of the last failure; "" for the whole input. */
PP_API const char* pp_last_error_pointer(void);
/* The last failure as canonical JSON:
 * {"code":<n>,"name":"...","message":"...","pointer":"...","problems":[{"code","pointer",
 *  "message_nl","message_en","rule"}...],"rules":["R-..."]}. Same lifetime as above. */
PP_API const char* pp_last_error_detail(void);
/* Resets this thread's last error to PP_OK. */
PP_API void pp_last_error_clear(void);

/* ---- Memory ----------------------------------------------------------------- */

/* Frees a string returned by this library. NULL is a no-op. */
PP_API void pp_string_free(char* string);

/* ---- JSON ------------------------------------------------------------------- */

/* Rewrites any JSON text in the canonical form every language emits: sorted keys,
 * no insignificant whitespace, UTF-8. Errors: INVALID_ARGUMENT, JSON_SYNTAX,
 * INVALID_UTF8, LIMIT_EXCEEDED. */
PP_API pp_status pp_json_canonicalize(const char* json, char** out_canonical);

/* ---- Region profiles ---------------------------------------------------------- */

/* The built-in region profiles: canonical JSON [{"id","name":{"nl","en"},"seeds":[...]}]. */
PP_API pp_status pp_profile_list(char** out_json);
/* The built-in profile document with this id, as canonical JSON. Errors: NOT_FOUND. */
PP_API pp_status pp_profile_get(const char* profile_id, char** out_json);

/* ---- Engine ----------------------------------------------------------------- */

typedef struct pp_engine pp_engine;

/* The largest max_depth an engine accepts: the library recurses once per level
 * of nesting, and this many levels fit the 1 MiB stacks of JVM and .NET threads. */
#define PP_MAX_DEPTH_CEILING 1000

typedef struct pp_engine_options {
  uint32_t struct_size;        /* sizeof(pp_engine_options); set by pp_engine_options_init */
  uint32_t max_depth;          /* deepest JSON nesting accepted in any input (default 128, 1..PP_MAX_DEPTH_CEILING) */
  uint64_t max_document_bytes; /* largest JSON document accepted (default 64 MiB) */
} pp_engine_options;

/* Fills options with the defaults. NULL is a no-op. */
PP_API void pp_engine_options_init(pp_engine_options* options);

/* Loads a region profile document and optional municipal settings (NULL for none).
 * options may be NULL for the defaults. On success *out_engine is a new engine.
 * Errors: INVALID_ARGUMENT (also for an options struct_size no version of the
 * struct has, or limits out of range), JSON_SYNTAX, INVALID_UTF8, LIMIT_EXCEEDED, PROFILE,
 * MINIMUM_CONDITION (detail names the rule and the pointer in the settings). */
PP_API pp_status pp_engine_create(const char* profile_json, const char* settings_json,
                                  const pp_engine_options* options, pp_engine** out_engine);
/* As pp_engine_create, with a built-in profile by id (see pp_profile_list). */
PP_API pp_status pp_engine_create_builtin(const char* profile_id, const char* settings_json,
                                          const pp_engine_options* options, pp_engine** out_engine);
/* As pp_engine_create, reading the documents from files (settings_path may be NULL).
 * Errors additionally: IO. */
PP_API pp_status pp_engine_create_from_file(const char* profile_path, const char* settings_path,
                                            const pp_engine_options* options, pp_engine** out_engine);
/* Frees an engine. NULL is a no-op. Plans parsed with it stay valid. */
PP_API void pp_engine_destroy(pp_engine* engine);
/* The engine's profile id and municipality: {"profile":"...","municipality":"..."|null,
 * "local_choices":{...}}. */
PP_API pp_status pp_engine_info(const pp_engine* engine, char** out_json);

/* ---- Plans ---------------------------------------------------------------- */

typedef struct pp_plan pp_plan;

/* Parses a plan document. Structural problems (missing fields, wrong types, bad
 * dates) fail with SCHEMA and are all listed in the detail. */
PP_API pp_status pp_plan_parse(const pp_engine* engine, const char* json, pp_plan** out_plan);
/* Frees a plan. NULL is a no-op. */
PP_API void pp_plan_destroy(pp_plan* plan);
/* The plan as canonical JSON; unknown fields and local fields are kept. */
PP_API pp_status pp_plan_to_json(const pp_plan* plan, char** out_json);
/* The value at a JSON pointer in the plan's canonical JSON ("" = whole plan).
 * Errors: NOT_FOUND when nothing is there. */
PP_API pp_status pp_plan_get(const pp_plan* plan, const char* json_pointer, char** out_json);
/* Every semantic problem of the plan against the engine's profile, as a JSON array
 * of problems. Each problem's "severity" is "error" or "warning"; the plan is valid
 * when none is an error (a warning is a gap to close, such as gezag not yet recorded,
 * R-GEZAG). Returns PP_OK whether or not there are problems. */
PP_API pp_status pp_plan_validate(const pp_engine* engine, const pp_plan* plan, char** out_problems_json);

/* Flat records of the plan for tables (pandas, spreadsheets): kind is "results",
 * "evaluations", "transitions" or "jeugdigen"; a JSON array of flat objects, each value
 * of its column's type (pp_record_columns) or null, never "" (docs/c-api.md).
 * Errors: INVALID_ARGUMENT for an unknown kind. */
PP_API pp_status pp_plan_records(const pp_engine* engine, const pp_plan* plan, const char* kind,
                                 char** out_json);
/* The columns of a record kind, in the order of pp_plan_records' rows, with the type of
 * each: [{"name":"plan","type":"string"},...]. A type is "string", "integer", "boolean",
 * "timestamp" (RFC 3339 in UTC: "2026-03-24T13:00:00Z"), "date" (YYYY-MM-DD) or
 * "list-of-string" (a JSON array of strings, [] for none); any value may also be null.
 * Needs no engine: the columns are the same for every region. Errors: INVALID_ARGUMENT
 * for an unknown kind. */
PP_API pp_status pp_record_columns(const char* kind, char** out_json);

/* ---- Workflow (docs/workflow.md) ---------------------------------------------- */

/* The events actor_json ({"role","person",...}) could fire at `at`, with for each
 * whether it is allowed now and, if not, every failed guard. */
PP_API pp_status pp_workflow_available_events(const pp_engine* engine, const pp_plan* plan,
                                              const char* actor_json, const char* at, char** out_json);
/* Creates a plan with the genesis event plan_aanmaken, whose payload is the plan's
 * initial content (pp_workflow_initial_content makes it from an existing plan
 * document). The new plan's history starts with this event, so pp_workflow_replay
 * can rebuild it. Refused like any event: PP_ERR_REJECTED with every problem. */
PP_API pp_status pp_workflow_create(const pp_engine* engine, const char* event_json, pp_plan** out_plan);
/* Applies one event {"event","actor","at","reason"?,"payload"?}. On success
 * *out_plan is the new plan (history appended). When guards refuse it, returns
 * PP_ERR_REJECTED and the detail lists every failed guard with its rule id. */
PP_API pp_status pp_workflow_apply(const pp_engine* engine, const pp_plan* plan, const char* event_json,
                                   pp_plan** out_plan);
/* Applies several events in order ([event, ...]) and returns the last plan.
 * Stops at the first event that fails, with that event's error: the pointer is
 * its index ("/2"), followed by the place inside it when the event itself is
 * malformed ("/2/actor/role"); the message names it ("event 2 (hulp_starten)"). */
PP_API pp_status pp_workflow_apply_all(const pp_engine* engine, const pp_plan* plan, const char* events_json,
                                       pp_plan** out_plan);
/* The plan's content as the payload of the genesis event plan_aanmaken: the plan
 * without the workflow's bookkeeping (status, version, history, versions,
 * akkoorden, regie) and without the members that later events set (a jeugdige's
 * ondersteuningsprofiel, aanbieder, toewijzingen, evaluations, youth_care_closed).
 * For bringing a plan made elsewhere (or without history) into the workflow. */
PP_API pp_status pp_workflow_initial_content(const pp_plan* plan, char** out_json);
/* Rebuilds the plan from its history alone. */
PP_API pp_status pp_workflow_replay(const pp_engine* engine, const pp_plan* plan, pp_plan** out_plan);
/* What is due or overdue at `at`, as a JSON array. */
PP_API pp_status pp_workflow_deadlines(const pp_engine* engine, const pp_plan* plan, const char* at,
                                       char** out_json);
/* Where perspectiefregie lies for a jeugdige by the region's regie matrix, as JSON:
 * {"placed_at"?, "zicht_op_veiligheid"?, "rule", "local_choice"?, "basis": {"nl","en"}}.
 * situatie and fase may be NULL (docs/workflow.md, "Perspectiefregie").
 * Errors: NOT_FOUND for a jeugdige the plan does not have. */
PP_API pp_status pp_workflow_regie_advice(const pp_engine* engine, const pp_plan* plan, const char* jeugdige,
                                          const char* situatie, const char* fase, char** out_json);
/* The region's workflow as a diagram; format is "mermaid" or "dot". */
PP_API pp_status pp_workflow_diagram(const pp_engine* engine, const char* format, char** out_text);

/* ---- Sharing (docs/sharing.md) ---------------------------------------------- */

/* Decides one request: allow or deny, obligations, the deciding rule ids and an
 * explanation in Dutch and English. A denial is a result, not an error. */
PP_API pp_status pp_sharing_decide(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                                   char** out_decision_json);
/* Decides an array of requests against one plan in one call; returns the array of decisions. */
PP_API pp_status pp_sharing_decide_batch(const pp_engine* engine, const pp_plan* plan,
                                         const char* requests_json, char** out_decisions_json);
/* The redacted view for a request: {"view":<plan parts allowed>,"decision":...,
 * "withheld":[...]?,"disclosure":<NEN 7513 record>|null,"refusal":<record>|null}. The host
 * stores the record: disclosure when content was released, refusal when nothing was. */
PP_API pp_status pp_sharing_view(const pp_engine* engine, const pp_plan* plan, const char* request_json,
                                 char** out_view_json);

/* ---- Prepared plans and typed questions (docs/sharing.md, "The fast path") ----- */

/* A plan prepared for many sharing questions: its parts, who it records as involved,
 * its consents and birth dates are worked out once. Immutable and safe to share
 * between threads; it keeps what it needs, so the engine and the plan it was made
 * from may be destroyed first. A changed plan is a new plan: prepare it again. */
typedef struct pp_prepared_plan pp_prepared_plan;
/* A party ({"role","person",...} as a request's requester), read once. Immutable. */
typedef struct pp_party pp_party;

/* A moment: seconds since 1970-01-01T00:00:00Z and the offset it was written in (the
 * offset decides the calendar date, and so ages and which toewijzingen run). */
typedef struct pp_moment {
  int64_t utc_seconds;
  int32_t offset_minutes;
} pp_moment;

/* Actions and purposes of a question, as in a request document. */
#define PP_ACTION_READ 0
#define PP_ACTION_STORE 1
#define PP_ACTION_FORWARD 2
#define PP_ACTION_AMEND 3
#define PP_PURPOSE_UITVOERING 0
#define PP_PURPOSE_TOEWIJZING 1
#define PP_PURPOSE_VERANTWOORDING 2
#define PP_PURPOSE_BEZWAAR_BEROEP 3
#define PP_PURPOSE_VEILIGHEID 4
#define PP_PURPOSE_BELEID 5

#define PP_DENY 0
#define PP_ALLOW 1

/* May this party do this with one part, for this purpose, over this channel, at this
 * moment? The part and the channel are indexes looked up once
 * (pp_prepared_plan_find_part, pp_engine_find_channel). The structure is fixed: new
 * members would come in a new structure. */
typedef struct pp_question {
  const pp_party* requester;
  int32_t action;                 /* PP_ACTION_* */
  int32_t purpose;                /* PP_PURPOSE_* */
  size_t part;                    /* 0 .. pp_prepared_plan_part_count() - 1 */
  int32_t channel;                /* pp_engine_find_channel */
  pp_moment at;
  const pp_party* recipient;      /* forward only; else NULL */
  const char* break_glass_reason; /* forward only: NULL, or the reason for R-SAFETY-OVERRIDE */
} pp_question;

/* The answer, the same as pp_sharing_decide gives for a request for that part alone. */
typedef struct pp_answer {
  int32_t verdict;    /* PP_ALLOW or PP_DENY */
  uint32_t rules;     /* bit r set: the rule pp_rule_id(r) decided */
  const char* reason; /* the reason code ("lt_involved", "member_privacy", ...); static, do not free */
} pp_answer;

/* Prepares a plan under the engine's sharing policy. */
PP_API pp_status pp_plan_prepare(const pp_engine* engine, const pp_plan* plan, pp_prepared_plan** out_prepared);
/* Frees a prepared plan. NULL is a no-op. */
PP_API void pp_prepared_plan_destroy(pp_prepared_plan* prepared);
/* How many parts the plan has; a part index runs from 0, in document order. */
PP_API pp_status pp_prepared_plan_part_count(const pp_prepared_plan* prepared, size_t* out_count);
/* The index of the part with exactly this address ("children/j1/results/r1"). A level
 * above parts ("children/j1") is no part. Errors: NOT_FOUND. */
PP_API pp_status pp_prepared_plan_find_part(const pp_prepared_plan* prepared, const char* address, size_t* out_part);
/* The address of a part. Errors: INVALID_ARGUMENT for an index past the last part. */
PP_API pp_status pp_prepared_plan_part_address(const pp_prepared_plan* prepared, size_t part, char** out_address);
/* The index of a channel of the engine's policy ("portaal"). Errors: NOT_FOUND. */
PP_API pp_status pp_engine_find_channel(const pp_engine* engine, const char* code, int32_t* out_channel);
/* Reads a party. Errors: SCHEMA with every problem. */
PP_API pp_status pp_party_parse(const char* party_json, pp_party** out_party);
/* Frees a party. NULL is a no-op. */
PP_API void pp_party_destroy(pp_party* party);
/* Reads an RFC 3339 moment with offset. Errors: INVALID_ARGUMENT. */
PP_API pp_status pp_moment_parse(const char* rfc3339, pp_moment* out_moment);
/* The id of rule bit r ("R-OWNER"); NULL for a bit no rule has. Static string. */
PP_API const char* pp_rule_id(int32_t rule);

/* Answers one question; builds no text. A question that cannot be asked (a NULL
 * requester, a part or channel out of range, a forward without recipient, a requester
 * without a person, ...) fails with INVALID_ARGUMENT, the detail listing each problem
 * with its pointer ("/part", "/requester/person"). */
PP_API pp_status pp_sharing_ask(const pp_prepared_plan* prepared, const pp_question* question,
                                pp_answer* out_answer);
/* Answers count questions: out_answers[i] answers questions[i]. Every question is
 * checked before any is answered; a problem's pointer starts with its index ("/3/part"). */
PP_API pp_status pp_sharing_ask_batch(const pp_prepared_plan* prepared, const pp_question* questions,
                                      size_t count, pp_answer* out_answers);
/* A party of a prepared plan at one moment, checked and its standing in the plan
 * worked out once: each of its questions is then only the grant tests. Immutable and
 * safe to share between threads; it keeps its prepared plan alive (the party handle
 * it was made from may be destroyed first). Standing is dated: a new moment needs a
 * new prepared party. */
typedef struct pp_prepared_party pp_prepared_party;
/* Prepares a party. Errors: INVALID_ARGUMENT as pp_sharing_ask for its requester
 * ("/requester/person"), and for a moment outside years 0001-9999 ("/at"). */
PP_API pp_status pp_party_prepare(const pp_prepared_plan* prepared, const pp_party* party, pp_moment at,
                                  pp_prepared_party** out_party);
/* Frees a prepared party. NULL is a no-op. */
PP_API void pp_prepared_party_destroy(pp_prepared_party* party);
/* Answers one question of a prepared party: the answer pp_sharing_ask gives for that
 * question with this party as requester at its moment. A forward names its recipient
 * and is asked with pp_sharing_ask; here it fails with INVALID_ARGUMENT at "/action",
 * as do values outside their lists ("/purpose", "/part", "/channel"). */
PP_API pp_status pp_prepared_party_ask(const pp_prepared_party* party, int32_t action, int32_t purpose,
                                       size_t part, int32_t channel, pp_answer* out_answer);
/* pp_sharing_decide and pp_sharing_view on a prepared plan: the same documents. */
PP_API pp_status pp_sharing_decide_prepared(const pp_prepared_plan* prepared, const char* request_json,
                                            char** out_decision_json);
PP_API pp_status pp_sharing_view_prepared(const pp_prepared_plan* prepared, const char* request_json,
                                          char** out_view_json);

/* ---- Analysis (docs/analysis.md) --------------------------------------------- */

/* The verblijf report over many plans: how many jeugdigen are in youth care with
 * residential stay per half-year, by the other help they get, and how the residential
 * toewijzingen that ended lasted and why (JZ588), as the JSON document
 * "perspectief/verblijf-report@1". Counts of 1 up to min_count - 1 are suppressed
 * (a null count), and so many more cells of the same half-year that the total does
 * not give them back.
 * plans: plan_count plan handles (NULL only when plan_count is 0); each plan once.
 * options_json: {"min_count":7,"from":"YYYY-MM-DD","to":"YYYY-MM-DD"}, every member
 * optional, or NULL for the defaults (min_count 7; the half-years the data spans).
 * Errors: INVALID_ARGUMENT for bad options (pointer "/min_count", ...) or a NULL
 * plan; VALIDATION for a plan counted twice or a toewijzing that ends before it
 * starts (pointer "/<i>/..." into the i-th plan). */
PP_API pp_status pp_analysis_verblijf_report(const pp_engine* engine, const pp_plan* const* plans,
                                             size_t plan_count, const char* options_json,
                                             char** out_report_json);

/* ---- JSONL files (docs/c-api.md, "JSONL files") --------------------------------- */

/* A JSONL file of plans (one plan document a line) read and worked on by worker
 * threads, the results handed back in file order, each as the line of JSON text
 * the CLI's JSONL mode writes for the same file (`perspectief validate --jsonl`,
 * ..., `perspectief bulk`): the same bytes in every language. At most 4 lines per
 * worker are in flight, so memory stays flat however long the file. One thread at
 * a time per stream: its calls take turns. */
typedef struct pp_jsonl_stream pp_jsonl_stream;

/* Opens path and starts the workers. options_json is an object:
 *   "operation": "parse" | "validate" | "replay" | "decide" | "records" | "bulk" (required)
 *   "workers": 1..256 (default 1)
 *   replay: "verify": true adds whether the history rebuilds the stored plan
 *   decide: "requests": [request, ...] (required), decided against every plan
 *   records: "kind": "results" | "evaluations" | "transitions" | "jeugdigen" (required)
 *   bulk: "validate", "replay", "verify": true, "records": [kind, ...]; at least one
 *   "settings": municipal settings, only without an engine (below)
 * engine: the engine for every line, whatever region a plan names (as the CLI's
 * --profile); NULL: each plan's own built-in region ("profile"), loaded once per
 * region with the default options and "settings" (as the CLI without --profile);
 * a parse needs no region. The stream keeps what it needs: the engine may be
 * destroyed first. Errors: INVALID_ARGUMENT (options, pointer "/workers", ...;
 * "settings" with an engine), JSON_SYNTAX, INVALID_UTF8, LIMIT_EXCEEDED (options),
 * NOT_FOUND, IO (the file). */
PP_API pp_status pp_jsonl_open(const pp_engine* engine, const char* path, const char* options_json,
                               pp_jsonl_stream** out_stream);
/* The next output line in file order, canonical JSON without a line break; NULL
 * after the last (PP_OK), and again on every later call. An input line gives one
 * output line (records: one per row, none for a plan without rows; decide: one per
 * request). A line that fails (not JSON, a schema problem, a refused replay, longer
 * than the engine's max_document_bytes, a region that is not built in) is a result too:
 * {"error":{"code","message","name","pointer","problems"?,"rules"?},"line":N,"plan"?}.
 * Errors: IO when the file cannot be read on (after every line before; the stream
 * has ended), STATE for a handle that is no stream. */
PP_API pp_status pp_jsonl_next(pp_jsonl_stream* stream, char** out_line);
/* Stops the workers (a line being worked on is finished first), closes the file and
 * frees the stream, whether or not every line was taken. NULL is a no-op. */
PP_API void pp_jsonl_close(pp_jsonl_stream* stream);

/* ---- Dossier store (docs/store.md) ---------------------------------------------- */

/* A plan's whole life on a SQLite file: every event, every fixed version byte for
 * byte, akkoord evidence, signatures and the disclosure log, append-only and
 * hash-chained. Every operation is one transaction; two processes may use one
 * file at once. */
typedef struct pp_store pp_store;

/* pp_store_open flags. */
#define PP_STORE_OPEN_EXISTING 0u
#define PP_STORE_CREATE 1u /* create the file when it is missing */
/* The path of a store kept in memory (pp_store_open). */
#define PP_STORE_IN_MEMORY ":memory:"

/* Opens (and, with PP_STORE_CREATE, creates) a store file, migrating its schema.
 * The path ":memory:" (PP_STORE_IN_MEMORY), as in SQLite, is a new, empty store in
 * memory, whatever the flags, gone when it is closed; a file of that name is "./:memory:".
 * Errors: NOT_FOUND (no file, without PP_STORE_CREATE), IO (not a database, damaged,
 * unreadable), STATE (a SQLite database that is no perspectief store, or a newer
 * schema than this library knows), INVALID_ARGUMENT (unknown flags). */
PP_API pp_status pp_store_open(const char* path, uint32_t flags, pp_store** out_store);
/* Closes a store. NULL is a no-op. */
PP_API void pp_store_close(pp_store* store);

/* Creates a plan with its genesis event (plan_aanmaken); *out_plan is the new plan.
 * Errors: those of pp_workflow_apply; STATE when the plan id is already stored. */
PP_API pp_status pp_store_create_plan(pp_store* store, const pp_engine* engine, const char* event_json,
                                      pp_plan** out_plan);
/* Applies one event to the stored plan and stores the result (a refused event stores
 * nothing). Errors: those of pp_workflow_apply; NOT_FOUND; STATE once destroyed. */
PP_API pp_status pp_store_apply(pp_store* store, const pp_engine* engine, const char* plan_id,
                                const char* event_json, pp_plan** out_plan);
/* The stored plan. Errors: NOT_FOUND, STATE once destroyed. */
PP_API pp_status pp_store_get(pp_store* store, const pp_engine* engine, const char* plan_id, pp_plan** out_plan);
/* The ids of every stored plan, as a JSON array. */
PP_API pp_status pp_store_plans(pp_store* store, char** out_json);
/* The consents the stored plan holds (R-CONSENT-VALID), as the JSON array of its
 * "consents" ([] when it has none). Errors: NOT_FOUND, STATE once destroyed. */
PP_API pp_status pp_store_consents(pp_store* store, const char* plan_id, char** out_json);
/* The plan exactly as stored when `version` was fixed (canonical JSON). NOT_FOUND when never fixed. */
PP_API pp_status pp_store_fixed_version(pp_store* store, const char* plan_id, int64_t version, char** out_json);
/* Records how an akkoord was given: {"person","version","method","at","reference"?}.
 * Errors: SCHEMA, VALIDATION (no such akkoord on that fixed version, unknown method). */
PP_API pp_status pp_store_record_akkoord(pp_store* store, const char* plan_id, const char* evidence_json,
                                         char** out_json);
/* Signs a fixed version with an Ed25519 secret key (128 hex digits) and keeps the signature. */
PP_API pp_status pp_store_sign_version(pp_store* store, const char* plan_id, int64_t version,
                                       const char* secret_key_hex, const char* signer, const char* at,
                                       char** out_json);
/* As pp_sharing_view on the stored plan, with the disclosure or refusal record appended
 * to the plan's log in the same transaction. */
PP_API pp_status pp_store_view(pp_store* store, const pp_engine* engine, const char* plan_id,
                               const char* request_json, char** out_view_json);
/* Appends a perspectief/disclosure@1 record about the plan to its log. */
PP_API pp_status pp_store_log(pp_store* store, const char* plan_id, const char* record_json);
/* The rows of one chain, chain "history" or "log", as a JSON array. */
PP_API pp_status pp_store_rows(pp_store* store, const char* plan_id, const char* chain, char** out_json);
/* What is due or overdue at `at` in every stored plan of the engine's region. */
PP_API pp_status pp_store_deadlines_due(pp_store* store, const pp_engine* engine, const char* at, char** out_json);
/* Every live plan's retention (Jeugdwet 7.3.8); only those due when due_only is non-zero. */
PP_API pp_status pp_store_retention(pp_store* store, const char* at, int32_t due_only, char** out_json);
/* Destroys a plan's content on a recorded request (Jeugdwet 7.3.9; docs/store.md);
 * returns the log record. Errors: SCHEMA, STATE (retention not passed, already destroyed). */
PP_API pp_status pp_store_destroy(pp_store* store, const char* plan_id, const char* request_json,
                                  char** out_record_json);
/* Verifies every plan (options_json NULL or {"plan"?,"trusted_keys"?,"expected_heads"?}).
 * What verify finds is the report ({"ok":false,"problems":[...]}), not an error. */
PP_API pp_status pp_store_verify(pp_store* store, const char* options_json, char** out_report_json);
/* One plan's dossier package (canonical JSON). */
PP_API pp_status pp_store_export(pp_store* store, const char* plan_id, char** out_package_json);
/* Imports a package after verifying it; *out_plan_id is the plan's id.
 * Errors: VALIDATION (does not verify; nothing imported), STATE (already stored). */
PP_API pp_status pp_store_import(pp_store* store, const char* package_json, char** out_plan_id);
/* Verifies a dossier package without a store (options as pp_store_verify). */
PP_API pp_status pp_store_verify_package(const char* package_json, const char* options_json,
                                         char** out_report_json);
/* A new random Ed25519 key pair: {"public_key","secret_key"} in hex. */
PP_API pp_status pp_signing_key_generate(char** out_json);
/* The Ed25519 key pair of a 32-byte seed (64 hex digits). */
PP_API pp_status pp_signing_key_from_seed(const char* seed_hex, char** out_json);

#ifdef __cplusplus
}
#endif

#endif /* PERSPECTIEF_H */
