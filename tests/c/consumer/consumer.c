/* A program outside the perspectief tree, built against an installed copy
 * (find_package and pkg-config; tests/c/install_consumer.cmake). It checks
 * that header and library agree and that the library works. */
#include <stdio.h>
#include <string.h>

#include <perspectief/perspectief.h>

int main(void) {
  pp_engine* engine = NULL;
  char* canonical = NULL;
  int ok;
  if (strcmp(pp_version_string(), PP_VERSION_STRING) != 0) {
    fprintf(stderr, "consumer: header %s, library %s\n", PP_VERSION_STRING, pp_version_string());
    return 1;
  }
  if (pp_engine_create_builtin("amsterdam-zaanstreek", NULL, NULL, &engine) != PP_OK ||
      pp_json_canonicalize("{ \"b\": 1, \"a\": [true, null] }", &canonical) != PP_OK) {
    fprintf(stderr, "consumer: %s\n", pp_last_error_message());
    pp_engine_destroy(engine);
    return 1;
  }
  ok = strcmp(canonical, "{\"a\":[true,null],\"b\":1}") == 0;
  printf("consumer: perspectief %s, canonical %s\n", pp_version_string(), canonical);
  pp_string_free(canonical);
  pp_engine_destroy(engine);
  return ok ? 0 : 1;
}
