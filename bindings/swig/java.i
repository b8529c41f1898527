/*
 * java.i: the Java part of perspectief.i (included from there only).
 *
 * Shapes in the generated, package-private layer (nl.perspectief.PerspectiefNative):
 *   const char* argument   -> byte[] (standard UTF-8, no terminator; null = NULL)
 *   returned string        -> byte[] (standard UTF-8), freed here with pp_string_free
 *   pp_engine* / pp_plan*  -> long (the address; NativeHandle owns it)
 *   options                -> long[] {max_depth, max_document_bytes}, 0 = default; null = defaults
 *   failure                -> a PerspectiefException subclass thrown from the glue
 *
 * Why byte[] and not String: JNI's GetStringUTFChars/NewStringUTF use "modified
 * UTF-8" (CESU-8 surrogates, NUL as C0 80), which is not what the library
 * accepts or returns for characters outside the BMP. The hand-written layer
 * encodes and decodes with StandardCharsets.UTF_8 instead.
 */

/* Internal: vendors use Engine, Plan, ... (bindings/java). */
%pragma(java) moduleclassmodifiers="final class"
%pragma(java) jniclassclassmodifiers="final class"
/* The native library is loaded (from the jar, else java.library.path) before
 * the first native method of this class can run. */
%pragma(java) jniclasscode=%{
  static {
    NativeLoader.load();
  }
%}

%{
#include <stdlib.h>
#include <string.h>

/* A Java byte[] holding the bytes of a NUL-terminated string (NULL -> null).
 * On allocation failure returns NULL with OutOfMemoryError pending. */
static jbyteArray ppjava_bytes(JNIEnv* jenv, const char* s) {
  jsize n;
  jbyteArray a;
  if (!s) return NULL;
  n = (jsize)strlen(s);
  a = (*jenv)->NewByteArray(jenv, n);
  if (a && n) (*jenv)->SetByteArrayRegion(jenv, a, 0, n, (const jbyte*)s);
  return a;
}

/* Throws the exception for a failed call. Must run right after the call: the
 * last error is per thread and valid only until the next pp_ call, so every
 * part is copied into the JVM before anything else happens. The Java factory
 * PerspectiefException.fromNative picks the subclass for the code. */
static void ppjava_throw(JNIEnv* jenv, pp_status status) {
  jbyteArray message, pointer, detail;
  jclass cls;
  jmethodID factory;
  jthrowable ex;
  message = ppjava_bytes(jenv, pp_last_error_message());
  if ((*jenv)->ExceptionCheck(jenv)) return;
  pointer = ppjava_bytes(jenv, pp_last_error_pointer());
  if ((*jenv)->ExceptionCheck(jenv)) return;
  detail = ppjava_bytes(jenv, pp_last_error_detail());
  if ((*jenv)->ExceptionCheck(jenv)) return;
  cls = (*jenv)->FindClass(jenv, "nl/perspectief/PerspectiefException");
  if (!cls) return; /* NoClassDefFoundError pending */
  factory = (*jenv)->GetStaticMethodID(jenv, cls, "fromNative",
                                       "(I[B[B[B)Lnl/perspectief/PerspectiefException;");
  if (!factory) return;
  ex = (jthrowable)(*jenv)->CallStaticObjectMethod(jenv, cls, factory, (jint)status, message, pointer, detail);
  if ((*jenv)->ExceptionCheck(jenv)) return;
  if (ex) (*jenv)->Throw(jenv, ex);
}
%}

/* ---- const char* arguments and static returned strings: byte[] ------------- */
%typemap(jni) const char* "jbyteArray"
%typemap(jtype) const char* "byte[]"
%typemap(jstype) const char* "byte[]"
%typemap(javain) const char* "$javainput"
%typemap(javaout) const char* { return $jnicall; }
/* Copied into a NUL-terminated C buffer: Java arrays carry no terminator, and a
 * copy is what GetByteArrayElements makes on HotSpot anyway. If malloc fails the
 * wrapper returns at once with OutOfMemoryError pending; copies already made for
 * earlier arguments of that call are then not freed (SWIG's Java wrappers have no
 * common exit to free them at), a leak only on the way to running out of memory. */
%typemap(in) const char* {
  $1 = NULL;
  if ($input) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    $1 = (char*)malloc((size_t)n + 1);
    if (!$1) {
      SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "perspectief: no memory to copy an argument");
      return $null;
    }
    (*jenv)->GetByteArrayRegion(jenv, $input, 0, n, (jbyte*)$1);
    $1[n] = '\0';
  }
}
%typemap(freearg) const char* "free($1);"
/* Static strings (pp_version_string, pp_status_name): copied, never freed. */
%typemap(out) const char* "$result = ppjava_bytes(jenv, $1);"

/* ---- handles and addresses: long -------------------------------------------- */
%typemap(jni) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*, const pp_party*,
    const pp_prepared_party*, pp_jsonl_stream*, intptr_t "jlong"
%typemap(jtype) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*, const pp_party*,
    const pp_prepared_party*, pp_jsonl_stream*, intptr_t "long"
%typemap(jstype) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*, const pp_party*,
    const pp_prepared_party*, pp_jsonl_stream*, intptr_t "long"
%typemap(javain) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*, const pp_party*,
    const pp_prepared_party*, pp_jsonl_stream*, intptr_t "$javainput"
%typemap(in) pp_engine*, const pp_engine*, pp_plan*, const pp_plan*, pp_store*, const pp_prepared_plan*, const pp_party*,
    const pp_prepared_party*, pp_jsonl_stream* "$1 = ($1_ltype)(intptr_t)$input;"
%typemap(in) intptr_t "$1 = (intptr_t)$input;"

/* ---- arrays of plans: long[] of addresses ------------------------------------ */
/* The hand-written layer holds a lease on every plan for the whole call and
 * passes their addresses; the C array is a copy, freed after the call. */
%typemap(jni) const pp_plan* const* plans "jlongArray"
%typemap(jtype) const pp_plan* const* plans "long[]"
%typemap(jstype) const pp_plan* const* plans "long[]"
%typemap(javain) const pp_plan* const* plans "$javainput"
%typemap(in) const pp_plan* const* plans {
  $1 = NULL;
  if ($input) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    jsize i;
    jlong* addresses = (*jenv)->GetLongArrayElements(jenv, $input, NULL);
    const pp_plan** copy;
    if (!addresses) return $null; /* OutOfMemoryError pending */
    copy = (const pp_plan**)malloc(sizeof(pp_plan*) * (size_t)(n > 0 ? n : 1));
    if (!copy) {
      (*jenv)->ReleaseLongArrayElements(jenv, $input, addresses, JNI_ABORT);
      SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "perspectief: no memory to pass the plans");
      return $null;
    }
    for (i = 0; i < n; ++i) copy[i] = (const pp_plan*)(intptr_t)addresses[i];
    (*jenv)->ReleaseLongArrayElements(jenv, $input, addresses, JNI_ABORT);
    $1 = copy;
  }
}
%typemap(freearg) const pp_plan* const* plans "free((void*)$1);"
%typemap(jni) size_t plan_count "jlong"
%typemap(jtype) size_t plan_count "long"
%typemap(jstype) size_t plan_count "long"
%typemap(javain) size_t plan_count "$javainput"
%typemap(in) size_t plan_count "$1 = (size_t)$input;"

/* ---- the fast path's numbers: long[] ------------------------------------------------ */
/* A question's numbers are read, an answer's written back (perspectief.i, ppbind_ask). */
%typemap(jni) const long long* values, long long* out_values "jlongArray"
%typemap(jtype) const long long* values, long long* out_values "long[]"
%typemap(jstype) const long long* values, long long* out_values "long[]"
%typemap(javain) const long long* values, long long* out_values "$javainput"
%typemap(in) const long long* values {
  $1 = NULL;
  if ($input) {
    $1 = (long long*)(*jenv)->GetLongArrayElements(jenv, $input, NULL);
    if (!$1) return $null; /* OutOfMemoryError pending */
  }
}
%typemap(freearg) const long long* values "if ($1) (*jenv)->ReleaseLongArrayElements(jenv, $input, (jlong*)$1, JNI_ABORT);"
%typemap(in) long long* out_values {
  $1 = NULL;
  if ($input) {
    $1 = (long long*)(*jenv)->GetLongArrayElements(jenv, $input, NULL);
    if (!$1) return $null; /* OutOfMemoryError pending */
  }
}
%typemap(freearg) long long* out_values "if ($1) (*jenv)->ReleaseLongArrayElements(jenv, $input, (jlong*)$1, 0);"
%typemap(jni) size_t count, size_t part "jlong"
%typemap(jtype) size_t count, size_t part "long"
%typemap(jstype) size_t count, size_t part "long"
%typemap(javain) size_t count, size_t part "$javainput"
%typemap(in) size_t count, size_t part "$1 = $input < 0 ? (size_t)-1 : (size_t)$input;"

/* ---- engine options: long[] {max_depth, max_document_bytes} ----------------- */
%typemap(jni) const pp_engine_options* "jlongArray"
%typemap(jtype) const pp_engine_options* "long[]"
%typemap(jstype) const pp_engine_options* "long[]"
%typemap(javain) const pp_engine_options* "$javainput"
%typemap(in) const pp_engine_options* (pp_engine_options opts) {
  $1 = NULL;
  if ($input) {
    jlong v[2] = {0, 0};
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    (*jenv)->GetLongArrayRegion(jenv, $input, 0, n < 2 ? n : 2, v);
    pp_engine_options_init(&opts);
    if (v[0] > 0) opts.max_depth = (uint32_t)v[0];
    if (v[1] > 0) opts.max_document_bytes = (uint64_t)v[1];
    $1 = &opts;
  }
}

/* ---- out-parameters ------------------------------------------------------------ */
/* Hidden from Java; the function's result (see the macros) carries the value. */
%typemap(in, numinputs=0) char** PP_OUT_STRING (char* temp = NULL) "$1 = &temp;"
%typemap(argout) char** PP_OUT_STRING "if (result == PP_OK) $result = ppjava_bytes(jenv, *$1);"
/* Always freed: the string was copied into the byte[] above (or never written). */
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
  "if (result == PP_OK) $result = (jlong)(intptr_t)*$1;"
%typemap(in, numinputs=0) size_t* PP_OUT_NUMBER (size_t size_temp = 0) "$1 = &size_temp;"
%typemap(in, numinputs=0) int32_t* PP_OUT_NUMBER (int32_t int_temp = 0) "$1 = &int_temp;"
%typemap(argout) size_t* PP_OUT_NUMBER, int32_t* PP_OUT_NUMBER "if (result == PP_OK) $result = (jlong)*$1;"

/* ---- results ------------------------------------------------------------------- */
/* The status of FN is checked in the glue (exception on failure); the Java
 * method returns the out-parameter instead of the status. */
%define PP_STRING_RESULT(FN)
%typemap(jni) pp_status FN "jbyteArray"
%typemap(jtype) pp_status FN "byte[]"
%typemap(jstype) pp_status FN "byte[]"
%typemap(javaout) pp_status FN { return $jnicall; }
%typemap(out) pp_status FN "if ($1 != PP_OK) ppjava_throw(jenv, $1);"
%enddef

/* A function with no out-parameter (pp_store_log): the status comes back as an int,
 * and a failure is the exception thrown from the glue. */
%define PP_STATUS_RESULT(FN)
%typemap(jni) pp_status FN "jint"
%typemap(jtype) pp_status FN "int"
%typemap(jstype) pp_status FN "int"
%typemap(javaout) pp_status FN { return $jnicall; }
%typemap(out) pp_status FN "$result = (jint)$1; if ($1 != PP_OK) ppjava_throw(jenv, $1);"
%enddef

/* A function whose out-parameter is a number (PP_OUT_NUMBER): the Java method returns it. */
%define PP_NUMBER_RESULT(FN)
%typemap(jni) pp_status FN "jlong"
%typemap(jtype) pp_status FN "long"
%typemap(jstype) pp_status FN "long"
%typemap(javaout) pp_status FN { return $jnicall; }
%typemap(out) pp_status FN "if ($1 != PP_OK) ppjava_throw(jenv, $1);"
%enddef

%define PP_HANDLE_RESULT(FN, TYPE)
%typemap(jni) pp_status FN "jlong"
%typemap(jtype) pp_status FN "long"
%typemap(jstype) pp_status FN "long"
%typemap(javaout) pp_status FN { return $jnicall; }
%typemap(out) pp_status FN "if ($1 != PP_OK) ppjava_throw(jenv, $1);"
%enddef
