/*
 * csharp.i: the C# part of perspectief.i (included from there only).
 *
 * Shapes in the generated, internal layer (Perspectief.PerspectiefNative):
 *   const char* argument   -> byte[]: NUL-terminated UTF-8 (Utf8.Encode), null = NULL
 *   returned string        -> string: decoded as UTF-8, then freed with pp_string_free
 *   pp_engine* / pp_plan*  -> EngineHandle / PlanHandle (SafeHandle: the P/Invoke
 *                             marshaller holds a reference for the whole call)
 *   options                -> long[] {max_depth, max_document_bytes}, 0 = default; null = defaults
 *   failure                -> a PerspectiefException subclass, raised through SWIG's
 *                             pending-exception mechanism
 *
 * Why byte[] and not string: the default string marshalling is UTF-8 on Mono
 * and .NET Core on Unix but the ANSI code page on .NET Framework/Windows, and
 * it cannot carry invalid UTF-8 on purpose. Explicit bytes are the same everywhere.
 */

%pragma(csharp) moduleclassmodifiers="internal class"
%pragma(csharp) imclassclassmodifiers="internal class"

/* ---- failures: the custom pending exception ------------------------------------
 * As in the SWIG manual's "custom C# ApplicationException" example: the C glue
 * calls a managed callback (registered once, when the PINVOKE class loads) that
 * builds the exception and parks it; the generated C# method throws it as soon
 * as the P/Invoke call returns. The callback runs right after the failing call,
 * on the same thread, before any other pp_ call, so the last error is this
 * call's. The strings are passed as UTF-8 pointers and decoded by the callback
 * (valid until the next pp_ call, which cannot happen before it returns). */
%insert(runtime) %{
typedef void (SWIGSTDCALL* ppcs_error_callback_t)(int code, const char* message, const char* pointer,
                                                   const char* detail);
static ppcs_error_callback_t ppcs_error_callback = NULL;
#ifdef __cplusplus
extern "C"
#endif
SWIGEXPORT void SWIGSTDCALL PerspectiefRegisterErrorCallback(ppcs_error_callback_t callback) {
  ppcs_error_callback = callback;
}
%}
%{
static void ppcs_raise(pp_status status) {
  if (ppcs_error_callback) {
    ppcs_error_callback((int)status, pp_last_error_message(), pp_last_error_pointer(), pp_last_error_detail());
  }
}
%}

%pragma(csharp) imclasscode=%{
  internal sealed class ErrorHelper {
    internal delegate void ErrorDelegate(int code, global::System.IntPtr message, global::System.IntPtr pointer,
                                         global::System.IntPtr detail);
    // Kept in a static field: the native side holds a pointer to this delegate for the process's life.
    static readonly ErrorDelegate callback = new ErrorDelegate(OnError);

    [global::System.Runtime.InteropServices.DllImport("$dllimport", EntryPoint="PerspectiefRegisterErrorCallback")]
    static extern void PerspectiefRegisterErrorCallback(ErrorDelegate callback);

    static void OnError(int code, global::System.IntPtr message, global::System.IntPtr pointer,
                        global::System.IntPtr detail) {
      SWIGPendingException.Set(PerspectiefException.FromNative(
          code, Utf8.FromNative(message), Utf8.FromNative(pointer), Utf8.FromNative(detail)));
    }

    static ErrorHelper() {
      PerspectiefRegisterErrorCallback(callback);
    }
    internal static void Touch() {}
  }
  // Initialised with the class, i.e. before its first P/Invoke call can fail.
  static protected ErrorHelper errorHelper = new ErrorHelper();
%}

/* ---- const char* arguments: NUL-terminated UTF-8 bytes -------------------------- */
%typemap(ctype) const char* "const char*"
%typemap(imtype, out="global::System.IntPtr") const char* "byte[]"
%typemap(cstype, out="string") const char* "byte[]"
/* The array is pinned and read up to its NUL by C: CheckTerminated makes sure there is one. */
%typemap(csin) const char* "Utf8.CheckTerminated($csinput)"
%typemap(in) const char* "$1 = ($1_ltype)$input;"
/* Static strings (pp_version_string, pp_status_name): decoded, never freed. */
%typemap(out) const char* "$result = (char*)$1;"
%typemap(csout, excode=SWIGEXCODE) const char* {
    string ret = Utf8.FromNative($imcall);$excode
    return ret;
  }

/* ---- handles ------------------------------------------------------------------------ */
%typemap(ctype) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*,
    const pp_party*, const pp_prepared_party*, pp_jsonl_stream* "void*"
%typemap(imtype) pp_engine*, const pp_engine* "EngineHandle"
%typemap(cstype) pp_engine*, const pp_engine* "EngineHandle"
%typemap(imtype) pp_plan*, const pp_plan* "PlanHandle"
%typemap(cstype) pp_plan*, const pp_plan* "PlanHandle"
%typemap(imtype) pp_store* "StoreHandle"
%typemap(cstype) pp_store* "StoreHandle"
%typemap(imtype) pp_prepared_plan*, const pp_prepared_plan* "PreparedPlanHandle"
%typemap(cstype) pp_prepared_plan*, const pp_prepared_plan* "PreparedPlanHandle"
%typemap(imtype) pp_party*, const pp_party* "PartyHandle"
%typemap(cstype) pp_party*, const pp_party* "PartyHandle"
%typemap(imtype) pp_prepared_party*, const pp_prepared_party* "PreparedPartyHandle"
%typemap(cstype) pp_prepared_party*, const pp_prepared_party* "PreparedPartyHandle"
%typemap(imtype) pp_jsonl_stream* "JsonlStreamHandle"
%typemap(cstype) pp_jsonl_stream* "JsonlStreamHandle"
%typemap(csin) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*,
    const pp_party*, const pp_prepared_party*, pp_jsonl_stream* "$csinput"
%typemap(in) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*,
    const pp_party*, const pp_prepared_party*, pp_jsonl_stream* "$1 = ($1_ltype)$input;"

/* Raw addresses, for ReleaseHandle and freeing returned strings. */
/* ---- arrays of plans: IntPtr[] of addresses ------------------------------------
 * The hand-written layer holds a reference on every plan's SafeHandle for the
 * whole call (DangerousAddRef) and passes their addresses; the marshaller pins
 * the array and C reads it in place. */
%typemap(ctype) const pp_plan* const* plans "void*"
%typemap(imtype) const pp_plan* const* plans "global::System.IntPtr[]"
%typemap(cstype) const pp_plan* const* plans "global::System.IntPtr[]"
%typemap(csin) const pp_plan* const* plans "$csinput"
%typemap(in) const pp_plan* const* plans "$1 = (const pp_plan* const*)$input;"
%typemap(ctype) size_t plan_count "int64_t"
%typemap(imtype) size_t plan_count "long"
%typemap(cstype) size_t plan_count "long"
%typemap(csin) size_t plan_count "$csinput"
%typemap(in) size_t plan_count "$1 = (size_t)$input;"

%typemap(ctype) intptr_t "void*"
%typemap(imtype) intptr_t "global::System.IntPtr"
%typemap(cstype) intptr_t "global::System.IntPtr"
%typemap(csin) intptr_t "$csinput"
%typemap(in) intptr_t "$1 = (intptr_t)$input;"

/* ---- the fast path's numbers: long[] ------------------------------------------------ */
/* Pinned by the marshaller: C reads a question's numbers and writes an answer's in place
 * (perspectief.i, ppbind_ask). */
%typemap(ctype) const long long* values, long long* out_values "long long*"
%typemap(imtype) const long long* values, long long* out_values "long[]"
%typemap(cstype) const long long* values, long long* out_values "long[]"
%typemap(csin) const long long* values, long long* out_values "$csinput"
%typemap(in) const long long* values, long long* out_values "$1 = ($1_ltype)$input;"
%typemap(ctype) size_t count, size_t part "int64_t"
%typemap(imtype) size_t count, size_t part "long"
%typemap(cstype) size_t count, size_t part "long"
%typemap(csin) size_t count, size_t part "$csinput"
%typemap(in) size_t count, size_t part "$1 = $input < 0 ? (size_t)-1 : (size_t)$input;"

/* ---- engine options: long[] {max_depth, max_document_bytes} ----------------------- */
%typemap(ctype) const pp_engine_options* "int64_t*"
%typemap(imtype) const pp_engine_options* "long[]"
%typemap(cstype) const pp_engine_options* "long[]"
%typemap(csin) const pp_engine_options* "EngineOptions.CheckArray($csinput)"
%typemap(in) const pp_engine_options* (pp_engine_options opts) {
  $1 = NULL;
  if ($input) {
    pp_engine_options_init(&opts);
    if ($input[0] > 0) opts.max_depth = (uint32_t)$input[0];
    if ($input[1] > 0) opts.max_document_bytes = (uint64_t)$input[1];
    $1 = &opts;
  }
}

/* ---- out-parameters ------------------------------------------------------------------ */
%typemap(in, numinputs=0) char** PP_OUT_STRING (char* temp = NULL) "$1 = &temp;"
/* Ownership moves to the managed caller, which copies and frees (Utf8.TakeString). */
%typemap(argout) char** PP_OUT_STRING "if (result == PP_OK) { $result = *$1; *$1 = NULL; }"
/* Only reached with a string still here if the glue did not hand it on. */
%typemap(freearg) char** PP_OUT_STRING "pp_string_free(*$1);"

%typemap(in, numinputs=0) pp_engine** PP_OUT_HANDLE (pp_engine* engine_temp = NULL) "$1 = &engine_temp;"
%typemap(in, numinputs=0) pp_plan** PP_OUT_HANDLE (pp_plan* plan_temp = NULL) "$1 = &plan_temp;"
%typemap(in, numinputs=0) pp_store** PP_OUT_HANDLE (pp_store* store_temp = NULL) "$1 = &store_temp;"
%typemap(in, numinputs=0) pp_prepared_plan** PP_OUT_HANDLE (pp_prepared_plan* prepared_temp = NULL) "$1 = &prepared_temp;"
%typemap(in, numinputs=0) pp_party** PP_OUT_HANDLE (pp_party* party_temp = NULL) "$1 = &party_temp;"
%typemap(in, numinputs=0) pp_prepared_party** PP_OUT_HANDLE (pp_prepared_party* prepared_party_temp = NULL)
  "$1 = &prepared_party_temp;"
%typemap(in, numinputs=0) pp_jsonl_stream** PP_OUT_HANDLE (pp_jsonl_stream* stream_temp = NULL) "$1 = &stream_temp;"
%typemap(argout) pp_engine** PP_OUT_HANDLE, pp_plan** PP_OUT_HANDLE, pp_store** PP_OUT_HANDLE,
                 pp_prepared_plan** PP_OUT_HANDLE, pp_party** PP_OUT_HANDLE, pp_prepared_party** PP_OUT_HANDLE,
                 pp_jsonl_stream** PP_OUT_HANDLE
  "if (result == PP_OK) $result = (void*)*$1;"
%typemap(in, numinputs=0) size_t* PP_OUT_NUMBER (size_t size_temp = 0) "$1 = &size_temp;"
%typemap(in, numinputs=0) int32_t* PP_OUT_NUMBER (int32_t int_temp = 0) "$1 = &int_temp;"
%typemap(argout) size_t* PP_OUT_NUMBER, int32_t* PP_OUT_NUMBER "if (result == PP_OK) $result = (int64_t)*$1;"

/* ---- results ------------------------------------------------------------------------ */
%define PP_STRING_RESULT(FN)
%typemap(ctype) pp_status FN "char*"
%typemap(imtype) pp_status FN "global::System.IntPtr"
%typemap(cstype) pp_status FN "string"
%typemap(out, canthrow=1) pp_status FN "$result = NULL; if ($1 != PP_OK) ppcs_raise($1);"
%typemap(csout, excode=SWIGEXCODE) pp_status FN {
    global::System.IntPtr ret = $imcall;$excode
    return Utf8.TakeString(ret);
  }
%enddef

/* A function with no out-parameter (pp_store_log): nothing to return; a failure is
 * the exception raised from the glue. */
%define PP_STATUS_RESULT(FN)
%typemap(ctype) pp_status FN "int"
%typemap(imtype) pp_status FN "int"
%typemap(cstype) pp_status FN "void"
%typemap(out, canthrow=1) pp_status FN "$result = (int)$1; if ($1 != PP_OK) ppcs_raise($1);"
%typemap(csout, excode=SWIGEXCODE) pp_status FN {
    $imcall;$excode
  }
%enddef

/* A function whose out-parameter is a number (PP_OUT_NUMBER): the C# method returns it. */
%define PP_NUMBER_RESULT(FN)
%typemap(ctype) pp_status FN "int64_t"
%typemap(imtype) pp_status FN "long"
%typemap(cstype) pp_status FN "long"
%typemap(out, canthrow=1) pp_status FN "$result = 0; if ($1 != PP_OK) ppcs_raise($1);"
%typemap(csout, excode=SWIGEXCODE) pp_status FN {
    long ret = $imcall;$excode
    return ret;
  }
%enddef

/* A failed call returns an invalid (zero) handle, which the exception makes
 * unreachable; a SafeHandle with IsInvalid is never released. */
%define PP_HANDLE_RESULT(FN, TYPE)
%typemap(ctype) pp_status FN "void*"
%typemap(imtype) pp_status FN "$typemap(imtype, TYPE*)"
%typemap(cstype) pp_status FN "$typemap(cstype, TYPE*)"
%typemap(out, canthrow=1) pp_status FN "$result = NULL; if ($1 != PP_OK) ppcs_raise($1);"
%typemap(csout, excode=SWIGEXCODE) pp_status FN {
    var ret = $imcall;$excode
    return ret;
  }
%enddef
