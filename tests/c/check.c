#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks_run = 0;
static int checks_failed = 0;

static void report_failure(const char* file, int line, const char* what) {
  ++checks_failed;
  fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
  if (pp_last_error_code() != PP_OK) {
    fprintf(stderr, "    last error: %s (%d) at '%s': %s\n", pp_status_name(pp_last_error_code()),
            (int)pp_last_error_code(), pp_last_error_pointer(), pp_last_error_message());
  }
}

void check_true(int ok, const char* expression, const char* file, int line) {
  ++checks_run;
  if (!ok) report_failure(file, line, expression);
}

static void check_error_state(pp_status expected, const char* expression, const char* file, int line) {
  char code_text[32];
  if (expected == PP_OK) {
    if (pp_last_error_code() != PP_OK) report_failure(file, line, "last error is not PP_OK after a success");
    return;
  }
  if (pp_last_error_code() != expected) report_failure(file, line, "pp_last_error_code() differs from the status");
  if (pp_last_error_message()[0] == '\0') report_failure(file, line, "the error has an empty message");
  sprintf(code_text, "\"code\":%d", (int)expected);
  if (strstr(pp_last_error_detail(), code_text) == NULL) {
    fprintf(stderr, "    detail: %s\n", pp_last_error_detail());
    report_failure(file, line, "pp_last_error_detail() does not carry the code");
  }
  (void)expression;
}

void check_status(pp_status expected, pp_status actual, const char* expression, const char* file, int line) {
  ++checks_run;
  if (actual != expected) {
    fprintf(stderr, "%s:%d: %s returned %s (%d), expected %s (%d)\n", file, line, expression,
            pp_status_name(actual), (int)actual, pp_status_name(expected), (int)expected);
    report_failure(file, line, expression);
    return;
  }
  check_error_state(expected, expression, file, line);
}

void check_error(pp_status expected, const char* fragment, pp_status actual, const char* expression,
                 const char* file, int line) {
  check_status(expected, actual, expression, file, line);
  if (actual == expected && strstr(pp_last_error_message(), fragment) == NULL) {
    fprintf(stderr, "%s:%d: message \"%s\" does not mention \"%s\"\n", file, line, pp_last_error_message(),
            fragment);
    report_failure(file, line, expression);
  }
}

void check_str_eq(const char* expected, const char* actual, const char* expression, const char* file, int line) {
  ++checks_run;
  if (expected == NULL || actual == NULL ? expected != actual : strcmp(expected, actual) != 0) {
    fprintf(stderr, "%s:%d: %s is \"%.300s\", expected \"%.300s\"\n", file, line, expression,
            actual ? actual : "(null)", expected ? expected : "(null)");
    report_failure(file, line, expression);
  }
}

void check_contains(const char* haystack, const char* needle, const char* expression, const char* file, int line) {
  ++checks_run;
  if (haystack == NULL || strstr(haystack, needle) == NULL) {
    fprintf(stderr, "%s:%d: %s (\"%.300s\") does not contain \"%s\"\n", file, line, expression,
            haystack ? haystack : "(null)", needle);
    report_failure(file, line, expression);
  }
}

int check_finish(const char* name) {
  printf("%s: %d checks, %d failed\n", name, checks_run, checks_failed);
  return checks_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

char* read_source_file(const char* relative_path) {
  char path[4096];
  FILE* file;
  long size;
  char* content;
  snprintf(path, sizeof path, "%s/%s", PP_SOURCE_DIR, relative_path);
  file = fopen(path, "rb");
  if (file == NULL || fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 0 || fseek(file, 0, SEEK_SET) != 0) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(EXIT_FAILURE);
  }
  content = malloc((size_t)size + 1);
  if (content == NULL || fread(content, 1, (size_t)size, file) != (size_t)size) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(EXIT_FAILURE);
  }
  content[size] = '\0';
  fclose(file);
  return content;
}

char* repeat(const char* prefix, const char* unit, size_t count, const char* suffix) {
  size_t prefix_length = strlen(prefix), unit_length = strlen(unit), suffix_length = strlen(suffix);
  char* text = malloc(prefix_length + unit_length * count + suffix_length + 1);
  char* at = text;
  size_t i;
  if (text == NULL) {
    fprintf(stderr, "out of memory building test input\n");
    exit(EXIT_FAILURE);
  }
  memcpy(at, prefix, prefix_length);
  at += prefix_length;
  for (i = 0; i < count; ++i) {
    memcpy(at, unit, unit_length);
    at += unit_length;
  }
  memcpy(at, suffix, suffix_length + 1);
  return text;
}

char* join(const char* first, ...) {
  va_list parts;
  size_t length = 0;
  const char* part;
  char* text;
  va_start(parts, first);
  for (part = first; part != NULL; part = va_arg(parts, const char*)) length += strlen(part);
  va_end(parts);
  text = malloc(length + 1);
  if (text == NULL) {
    fprintf(stderr, "out of memory building test input\n");
    exit(EXIT_FAILURE);
  }
  text[0] = '\0';
  va_start(parts, first);
  for (part = first; part != NULL; part = va_arg(parts, const char*)) strcat(text, part);
  va_end(parts);
  return text;
}
