/* Embedding libperspectief in a C program: load the region's engine, read a
 * family's plan, validate it, ask who may see it, move it one step through the
 * workflow, and handle errors the way the library reports them.
 *
 *   cc embed.c $(pkg-config --cflags --libs perspectief) -o embed
 *   ./embed examples/families/amsterdam-twee-kinderen-segment-c.json
 *
 * Every string the library returns is freed with pp_string_free, every handle
 * with its *_destroy; on failure pp_last_error_*() say what went wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <perspectief/perspectief.h>

/* Prints the calling thread's last error: code, message, JSON pointer. */
static void print_error(const char* what) {
  fprintf(stderr, "%s failed: %s (%d): %s", what, pp_status_name(pp_last_error_code()), (int)pp_last_error_code(),
          pp_last_error_message());
  if (pp_last_error_pointer()[0] != '\0') fprintf(stderr, " (at %s)", pp_last_error_pointer());
  fprintf(stderr, "\n");
}

static char* read_file(const char* path) {
  FILE* file = fopen(path, "rb");
  char* text = NULL;
  long size;
  if (file == NULL) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
    text = malloc((size_t)size + 1);
    if (text != NULL && fread(text, 1, (size_t)size, file) == (size_t)size) {
      text[size] = '\0';
    } else {
      free(text);
      text = NULL;
    }
  }
  fclose(file);
  return text;
}

int main(int argc, char** argv) {
  const char* plan_path = argc > 1 ? argv[1] : "examples/families/amsterdam-twee-kinderen-segment-c.json";
  pp_engine* engine = NULL;
  pp_plan* plan = NULL;
  pp_plan* started = NULL;
  pp_plan* helped = NULL;
  char* content = NULL;
  char* event = NULL;
  char* plan_json = NULL;
  char* problems = NULL;
  char* decision = NULL;
  char* value = NULL;
  int exit_code = EXIT_FAILURE;

  printf("libperspectief %s (compiled against %s)\n", pp_version_string(), PP_VERSION_STRING);

  /* 1. The engine: the region profile built into the library, no municipal settings. */
  if (pp_engine_create_builtin("amsterdam-zaanstreek", NULL, NULL, &engine) != PP_OK) {
    print_error("pp_engine_create_builtin");
    goto done;
  }

  /* 2. The plan: parse checks its structure and lists every problem at once. */
  plan_json = read_file(plan_path);
  if (plan_json == NULL) {
    fprintf(stderr, "cannot read %s\n", plan_path);
    goto done;
  }
  if (pp_plan_parse(engine, plan_json, &plan) != PP_OK) {
    print_error("pp_plan_parse");
    fprintf(stderr, "detail: %s\n", pp_last_error_detail()); /* every problem with its pointer */
    goto done;
  }
  if (pp_plan_get(plan, "/family/name", &value) == PP_OK) printf("plan of %s\n", value);
  pp_string_free(value);
  value = NULL;

  /* 3. Validation against the region's rules: an empty array means valid. */
  if (pp_plan_validate(engine, plan, &problems) != PP_OK) {
    print_error("pp_plan_validate");
    goto done;
  }
  printf("problems: %s\n", problems);

  /* 4. Sharing: the municipality outside the lokale team does not see the plan
   * (R-GEMEENTE). A denial is an answer, not an error. */
  if (pp_sharing_decide(engine, plan,
                        "{\"requester\":{\"role\":\"gemeente\",\"person\":\"gem-0042\",\"organisation\":\"Gemeente "
                        "Amsterdam\"},\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\","
                        "\"at\":\"2026-03-02T09:30:00+01:00\"}",
                        &decision) != PP_OK) {
    print_error("pp_sharing_decide");
    goto done;
  }
  printf("gemeente may read the plan? %s\n", strstr(decision, "\"decision\":\"allow\"") ? "yes" : "no");

  /* 5. The workflow. The example file has no history yet: plan_aanmaken with
   * its content (pp_workflow_initial_content) brings it into the workflow. */
  if (pp_workflow_initial_content(plan, &content) != PP_OK) {
    print_error("pp_workflow_initial_content");
    goto done;
  }
  event = malloc(strlen(content) + 256);
  if (event == NULL) goto done;
  sprintf(event,
          "{\"event\":\"plan_aanmaken\",\"actor\":{\"role\":\"lokaal_team\",\"person\":\"btn-0412\"},"
          "\"at\":\"2026-02-09T10:00:00+01:00\",\"payload\":%s}",
          content);
  if (pp_workflow_create(engine, event, &started) != PP_OK) {
    print_error("pp_workflow_create(plan_aanmaken)");
    goto done;
  }
  if (pp_plan_get(started, "/status", &value) == PP_OK) printf("in the workflow, status %s\n", value);
  pp_string_free(value);
  value = NULL;

  /* An event the guards refuse comes back as PP_ERR_REJECTED, with every
   * failed guard (and its rule id, where a domain rule applies) in the detail. */
  if (pp_workflow_apply(engine, started,
                        "{\"event\":\"hulp_starten\",\"actor\":{\"role\":\"hoofdaannemer\",\"person\":\"ja-77\"},"
                        "\"at\":\"2026-02-10T09:30:00+01:00\"}",
                        &helped) == PP_OK) {
    printf("help started\n");
  } else if (pp_last_error_code() == PP_ERR_REJECTED) {
    printf("starting help now is refused: %s\n", pp_last_error_message());
    printf("detail: %s\n", pp_last_error_detail());
  } else {
    print_error("pp_workflow_apply(hulp_starten)");
    goto done;
  }

  /* 6. Bad input never crashes: it is an error with a code, a message and a pointer. */
  if (pp_plan_get(plan, "/children/99", &value) != PP_OK) print_error("pp_plan_get (expected)");

  exit_code = EXIT_SUCCESS;
done:
  pp_string_free(value);
  pp_string_free(decision);
  pp_string_free(problems);
  free(event);
  pp_string_free(content);
  pp_plan_destroy(helped);
  pp_plan_destroy(started);
  pp_plan_destroy(plan);
  pp_engine_destroy(engine);
  free(plan_json);
  return exit_code;
}
