/* A minimal test harness for the C ABI tests: plain C99, no dependencies.
 * Each CHECK records a failure (file, line, expression, and the library's last
 * error) and carries on, so that one run reports everything that is wrong;
 * check_finish() prints the totals and gives the process exit status. */
#ifndef PP_TEST_CHECK_H
#define PP_TEST_CHECK_H

#include "perspectief/perspectief.h"

/* A condition that must hold. */
#define CHECK(condition) check_true((condition) != 0, #condition, __FILE__, __LINE__)

/* A call that must return `expected`. When expected is an error, the last error
 * must carry the same code, a non-empty message and a detail naming the code. */
#define CHECK_STATUS(expected, call) check_status((expected), (call), #call, __FILE__, __LINE__)

/* As CHECK_STATUS, and the message must contain `fragment` (e.g. the name of
 * the parameter that was NULL). */
#define CHECK_ERROR(expected, fragment, call) \
  check_error((expected), (fragment), (call), #call, __FILE__, __LINE__)

/* Two strings that must be equal (either may be NULL). */
#define CHECK_STR_EQ(expected, actual) check_str_eq((expected), (actual), #actual, __FILE__, __LINE__)

/* A string that must contain a fragment. */
#define CHECK_CONTAINS(haystack, needle) check_contains((haystack), (needle), #haystack, __FILE__, __LINE__)

void check_true(int ok, const char* expression, const char* file, int line);
void check_status(pp_status expected, pp_status actual, const char* expression, const char* file, int line);
void check_error(pp_status expected, const char* fragment, pp_status actual, const char* expression,
                 const char* file, int line);
void check_str_eq(const char* expected, const char* actual, const char* expression, const char* file, int line);
void check_contains(const char* haystack, const char* needle, const char* expression, const char* file, int line);

/* Prints "<name>: N checks, M failed" and returns the exit status for main. */
int check_finish(const char* name);

/* Reads a whole file relative to PP_SOURCE_DIR into a malloc'ed string
 * (free with free()); aborts the test program when the file cannot be read,
 * since nothing sensible can be checked without it. */
char* read_source_file(const char* relative_path);

/* A malloc'ed concatenation of the strings up to the terminating NULL. */
char* join(const char* first, ...);

/* A malloc'ed string of `count` copies of `unit` between `prefix` and `suffix`. */
char* repeat(const char* prefix, const char* unit, size_t count, const char* suffix);

#endif /* PP_TEST_CHECK_H */
