package nl.perspectief;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link JsonlStream} does with every line of a JSONL file of plans: one operation and
 * its own settings, and how many worker threads (docs/java.md, "JSONL files"). The lines it
 * gives are the ones {@code perspectief <operation> --jsonl} writes for the same file. Made with
 * one of the static methods, refined with the {@code with...} methods; the library checks the
 * combination when the stream opens ({@link InvalidArgumentException} with the option's pointer,
 * e.g. {@code /verify} for a validate stream). Not thread-safe while being built.
 */
public final class JsonlOptions {
  private final String operation;
  private int workers = 1;
  private Boolean validate;
  private Boolean replay;
  private Boolean verify;
  private String requests;
  private String kind;
  private List<String> records;
  private String settings;

  private JsonlOptions(String operation) {
    this.operation = operation;
  }

  /** {@return lines {@code {"line":N,"parsed":PLAN,"plan":ID}}: each plan in canonical form} */
  public static JsonlOptions parse() {
    return new JsonlOptions("parse");
  }

  /** {@return lines {@code {"line":N,"plan":ID,"problems":[...]}}} */
  public static JsonlOptions validate() {
    return new JsonlOptions("validate");
  }

  /** {@return lines {@code {"line":N,"plan":ID,"replayed":PLAN}}, with {@link #withVerify} also "verified"} */
  public static JsonlOptions replay() {
    return new JsonlOptions("replay");
  }

  /**
   * The same requests against every plan.
   *
   * @param requests the requests, decided in order
   * @return lines {@code {"decision":{...},"line":N,"plan":ID,"request":I}}, one per request
   */
  public static JsonlOptions decide(List<SharingRequest> requests) {
    if (requests == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "requests is null", "", null);
    StringBuilder b = new StringBuilder("[");
    for (SharingRequest request : requests) {
      if (request == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a request is null", "", null);
      b.append(b.length() > 1 ? "," : "").append(request.toJson());
    }
    return decide(b.append(']').toString());
  }

  /**
   * As {@link #decide(List)}, with the requests as a JSON array (as {@link Engine#decideBatch(Plan, String)}).
   *
   * @param requestsJson a JSON array of requests
   * @return lines {@code {"decision":{...},"line":N,"plan":ID,"request":I}}, one per request
   */
  public static JsonlOptions decide(String requestsJson) {
    if (requestsJson == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "requests is null", "", null);
    JsonlOptions options = new JsonlOptions("decide");
    options.requests = JsonWriter.checkedJson(requestsJson, "/requests");
    return options;
  }

  /**
   * The records of one kind.
   *
   * @param kind which rows
   * @return a line per row, the row with its plan's "line" added (none for a plan without rows)
   */
  public static JsonlOptions records(RecordKind kind) {
    if (kind == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "kind is null", "", null);
    JsonlOptions options = new JsonlOptions("records");
    options.kind = kind.label();
    return options;
  }

  /**
   * Several passes over each plan, parsed once (as {@code perspectief bulk}): add them with
   * {@link #withValidate}, {@link #withReplay}, {@link #withVerify} and {@link #withRecords}.
   *
   * @return a line per plan with each pass's result; a pass that fails is in its "errors"
   */
  public static JsonlOptions bulk() {
    return new JsonlOptions("bulk");
  }

  /**
   * Runs the lines on this many threads (1 to 256; default 1). The order of the results is the
   * file's whatever the number.
   *
   * @param count worker threads
   * @return this
   */
  public JsonlOptions withWorkers(int count) {
    workers = count;
    return this;
  }

  /** {@return this, with the problems of each plan (bulk)} */
  public JsonlOptions withValidate() {
    validate = true;
    return this;
  }

  /** {@return this, with each plan rebuilt from its history (bulk)} */
  public JsonlOptions withReplay() {
    replay = true;
    return this;
  }

  /** {@return this, with whether the history rebuilds the stored plan (replay, bulk)} */
  public JsonlOptions withVerify() {
    verify = true;
    return this;
  }

  /**
   * Adds the records of these kinds (bulk).
   *
   * @param kinds the kinds, each once
   * @return this
   */
  public JsonlOptions withRecords(RecordKind... kinds) {
    if (records == null) records = new ArrayList<>();
    for (RecordKind kind : kinds) {
      if (kind == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a kind is null", "", null);
      records.add(kind.label());
    }
    return this;
  }

  /**
   * Municipal settings for the engine of every region, for a stream without engine
   * ({@link JsonlStream#open(java.nio.file.Path, JsonlOptions)}).
   *
   * @param settingsJson a municipal settings document
   * @return this
   */
  public JsonlOptions withSettings(String settingsJson) {
    settings = JsonWriter.checkedJson(settingsJson, "/settings");
    return this;
  }

  /** {@return the options as pp_jsonl_open takes them} */
  String toJson() {
    JsonWriter w = new JsonWriter().string("operation", operation).raw("workers", Integer.toString(workers))
        .raw("requests", requests).string("kind", kind).strings("records", records).raw("settings", settings);
    for (String[] flag : new String[][] {{"validate", str(validate)}, {"replay", str(replay)}, {"verify", str(verify)}}) {
      w.raw(flag[0], flag[1]);
    }
    return w.finish();
  }

  private static String str(Boolean flag) {
    return flag == null ? null : flag.toString();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
