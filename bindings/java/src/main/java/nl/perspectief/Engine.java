package nl.perspectief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A loaded region profile with optional municipal settings, and the workflow and sharing
 * policy compiled from them, with every operation on plans. Load one per region/municipality at
 * start-up and share it: an Engine is immutable and safe to use from many threads at once.
 *
 * <p>Every operation takes the plan it works on, as in the C ABI and every other language:
 * {@code engine.validate(plan)}, {@code engine.apply(plan, event)}, {@code engine.decide(plan,
 * request)}. A {@link Plan} is a value that holds no engine, so one plan can be checked against
 * several engines. Answers are typed ({@link EventOption}, {@link Deadline}, {@link RecordRow},
 * {@link Decision}, {@link View}, {@link RegieAdvice}), each with {@code toJson()} for a host that
 * forwards JSON; events and requests are built with {@link Event} and {@link SharingRequest}, or
 * passed as JSON text (formats: docs/workflow.md and docs/sharing.md).
 *
 * <p>An Engine owns native memory: close it (try-with-resources) when done. Closing is safe at
 * any moment: calls already running on other threads finish first, later calls throw
 * {@link StateException}; plans it made stay usable. Closing twice is fine.
 *
 * <pre>{@code
 * try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
 *      Plan plan = engine.parse(json)) {
 *   List<Problem> problems = engine.validate(plan);
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {
  final NativeHandle handle;

  private Engine(long address) {
    this.handle = new NativeHandle(this, "Engine", address, PerspectiefNative::ppbind_engine_destroy);
  }

  // ---- loading -----------------------------------------------------------------------

  /**
   * A built-in region profile by id (see {@link #profileIds()}), without municipal settings.
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @return the engine
   */
  public static Engine builtin(String profileId) {
    return builtin(profileId, null, EngineOptions.defaults());
  }

  /**
   * A built-in region profile with municipal settings (JSON text, or null for none).
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @param settingsJson municipal settings as JSON text, or null for none
   * @return the engine
   */
  public static Engine builtin(String profileId, String settingsJson) {
    return builtin(profileId, settingsJson, EngineOptions.defaults());
  }

  /**
   * A built-in region profile with municipal settings and limits.
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @param settingsJson municipal settings as JSON text, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   * @throws NotFoundException for an unknown profile id
   * @throws MinimumConditionException when the settings would switch off a minimum condition
   * @throws ProfileException when the settings are unusable
   */
  public static Engine builtin(String profileId, String settingsJson, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create_builtin(Utf8.text(profileId, "profileId"),
        Utf8.json(settingsJson, "settingsJson"), nativeOptions(options)));
  }

  /**
   * A region profile document given as JSON text.
   *
   * @param profileJson a region profile document as JSON text
   * @return the engine
   */
  public static Engine fromJson(String profileJson) {
    return fromJson(profileJson, null, EngineOptions.defaults());
  }

  /**
   * A region profile document and municipal settings (or null), as JSON text.
   *
   * @param profileJson a region profile document as JSON text
   * @param settingsJson municipal settings as JSON text, or null for none
   * @return the engine
   */
  public static Engine fromJson(String profileJson, String settingsJson) {
    return fromJson(profileJson, settingsJson, EngineOptions.defaults());
  }

  /**
   * A region profile document and municipal settings (or null), as JSON text, with limits.
   *
   * @param profileJson a region profile document as JSON text
   * @param settingsJson municipal settings as JSON text, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   */
  public static Engine fromJson(String profileJson, String settingsJson, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create(Utf8.json(profileJson, "profileJson"),
        Utf8.json(settingsJson, "settingsJson"), nativeOptions(options)));
  }

  /**
   * A region profile read from a file.
   *
   * @param profile the region profile file
   * @return the engine
   */
  public static Engine fromFile(Path profile) {
    return fromFile(profile, null, EngineOptions.defaults());
  }

  /**
   * A region profile and municipal settings (or null) read from files.
   *
   * @param profile the region profile file
   * @param settings the municipal settings file, or null for none
   * @return the engine
   */
  public static Engine fromFile(Path profile, Path settings) {
    return fromFile(profile, settings, EngineOptions.defaults());
  }

  /**
   * A region profile and municipal settings (or null) read from files, with limits.
   *
   * @param profile the region profile file
   * @param settings the municipal settings file, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   * @throws IoException when a file cannot be read
   */
  public static Engine fromFile(Path profile, Path settings, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create_from_file(
        Utf8.text(profile == null ? null : profile.toString(), "profile path"),
        Utf8.text(settings == null ? null : settings.toString(), "settings path"), nativeOptions(options)));
  }

  private static long[] nativeOptions(EngineOptions options) {
    return options == null ? null : options.toNative();
  }

  // ---- built-in profiles ---------------------------------------------------------------

  /** {@return the built-in region profiles, in the library's order} */
  public static List<ProfileInfo> profiles() {
    return ProfileInfo.listOf(profilesJson());
  }

  /** {@return the built-in region profiles as the library lists them: {@code [{"id","name":{"nl","en"},"seeds"}...]}} */
  public static String profilesJson() {
    return Utf8.decode(PerspectiefNative.pp_profile_list());
  }

  /** {@return the ids of the built-in region profiles, in the library's order} */
  public static List<String> profileIds() {
    List<String> ids = new ArrayList<>();
    for (ProfileInfo p : profiles()) ids.add(p.id());
    return Collections.unmodifiableList(ids);
  }

  /**
   * The built-in profile document with this id (canonical JSON).
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @return the profile document as canonical JSON
   */
  public static String profile(String profileId) {
    return Utf8.decode(PerspectiefNative.pp_profile_get(Utf8.text(profileId, "profileId")));
  }

  // ---- this engine -----------------------------------------------------------------------

  /** {@return what this engine was loaded with: profile id, municipality, local choices} */
  public EngineInfo info() {
    return new EngineInfo(Utf8.decode(handle.with(PerspectiefNative::pp_engine_info)));
  }

  /**
   * Starts a new plan with the workflow's genesis event {@code plan_aanmaken}, whose payload is the
   * plan's initial content: a new family's plan, or an imported one's {@link #initialContent(Plan)}.
   * The new plan's history starts with this event, so {@link #replay(Plan)} rebuilds it.
   *
   * @param genesis the {@code plan_aanmaken} event ({@link Event#planAanmaken})
   * @return the new plan, status {@code hulpvraag}, version 1
   * @throws RejectedException when the guards refuse it (e.g. workflow bookkeeping in the content)
   */
  public Plan create(Event genesis) {
    return create(genesis == null ? null : genesis.toJson());
  }

  /**
   * As {@link #create(Event)}, for the event given as JSON text.
   *
   * @param genesisJson the {@code plan_aanmaken} event document
   * @return the new plan
   */
  public Plan create(String genesisJson) {
    byte[] event = Utf8.json(genesisJson, "genesisJson");
    return new Plan(handle.with(e -> PerspectiefNative.pp_workflow_create(e, event)));
  }

  /**
   * Parses a plan document.
   *
   * @param json the document as JSON text
   * @return the plan
   * @throws SchemaException listing every structural problem (with its pointer)
   * @throws JsonSyntaxException for text that is not JSON
   * @throws LimitExceededException for text larger or deeper than the limits
   */
  public Plan parse(String json) {
    return parseBytes(Utf8.json(json, "plan JSON"));
  }

  /**
   * Parses a plan document given as UTF-8 bytes (as read from a file or a socket).
   *
   * @param utf8 the document as UTF-8 bytes
   * @return the plan
   */
  public Plan parse(byte[] utf8) {
    return parseBytes(Utf8.json(utf8, "plan JSON"));
  }

  /**
   * Reads and parses a plan file.
   *
   * @param file the plan file
   * @return the plan
   */
  public Plan parse(Path file) {
    try {
      return parse(Files.readAllBytes(file));
    } catch (IOException ex) {
      throw PerspectiefException.create(ErrorCode.IO, "cannot read " + file + ": " + ex.getMessage(), "", null);
    }
  }

  private Plan parseBytes(byte[] json) {
    return new Plan(handle.with(e -> PerspectiefNative.pp_plan_parse(e, json)));
  }

  // ---- JSONL files (docs/java.md, "JSONL files") -----------------------------------------

  /**
   * Works on every plan of a JSONL file with this engine, whatever region a plan names (a plan
   * of another region gets this region's verdict: a {@code PP-V-PROFILE} problem, a refused
   * replay), as {@code perspectief --profile} does. For each plan's own region:
   * {@link JsonlStream#open(Path, JsonlOptions)}. The stream keeps what it needs of the engine.
   *
   * @param file the JSONL file
   * @param options what to do with each line
   * @return the stream, workers started; close it
   * @throws NotFoundException when the file does not exist
   * @throws InvalidArgumentException for options the operation does not take
   */
  public JsonlStream jsonl(Path file, JsonlOptions options) {
    byte[] path = JsonlStream.path(file);
    byte[] json = JsonlStream.json(options);
    return new JsonlStream(handle.with(e -> PerspectiefNative.pp_jsonl_open(e, path, json)));
  }

  // ---- plans: validation and records (docs/model.md) ---------------------------------------

  /**
   * Every semantic problem of a plan against this engine's profile and settings: errors and
   * warnings ({@link Problem#isError()}); the plan is valid when none is an error.
   *
   * @param plan the plan
   * @return the problems; empty when there are none
   */
  public List<Problem> validate(Plan plan) {
    return Problem.listOf(JsonText.parse(call(plan, (e, p) -> PerspectiefNative.pp_plan_validate(e, p))));
  }

  /**
   * The plan when it has no error against this engine (warnings do not block), else a
   * {@link ValidationException} listing every error: for code that must not go on with an invalid
   * plan.
   *
   * @param plan the plan
   * @return the plan itself
   * @throws ValidationException with every error in {@link PerspectiefException#problems()}, its
   *     pointer the first error's
   */
  public Plan check(Plan plan) {
    JsonText.Value all = JsonText.parse(call(plan, (e, p) -> PerspectiefNative.pp_plan_validate(e, p)));
    List<String> errors = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    Problem first = null;
    for (JsonText.Value v : all.elements()) {
      Problem problem = Problem.of(v);
      if (!problem.isError()) continue;
      if (first == null) first = problem;
      errors.add(v.raw);
      if (problem.rule() != null && !rules.contains(JsonWriter.quote(problem.rule()))) rules.add(JsonWriter.quote(problem.rule()));
    }
    if (first == null) return plan;
    String message = "the plan has " + errors.size() + " problem(s); the first: " + first.code() + " at "
        + first.pointer() + ": " + first.messageEn();
    // The detail in the C ABI's shape, so that this reads like any error of the library.
    String detail = "{\"code\":" + ErrorCode.VALIDATION.number() + ",\"message\":" + JsonWriter.quote(message)
        + ",\"name\":\"validation\",\"pointer\":" + JsonWriter.quote(first.pointer()) + ",\"problems\":["
        + String.join(",", errors) + "],\"rules\":[" + String.join(",", rules) + "]}";
    throw PerspectiefException.create(ErrorCode.VALIDATION, message, first.pointer(), detail);
  }

  /**
   * Flat records for tables: one row per result, evaluated result, history entry or jeugdige.
   *
   * @param plan the plan
   * @param kind which rows
   * @return the rows, each with exactly the kind's columns
   */
  public List<RecordRow> records(Plan plan, RecordKind kind) {
    if (kind == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "kind is null", "", null);
    byte[] k = Utf8.text(kind.label(), "kind");
    return RecordRow.listOf(kind, call(plan, (e, p) -> PerspectiefNative.pp_plan_records(e, p, k)));
  }

  /**
   * As {@link #records(Plan, RecordKind)}, by the kind's name.
   *
   * @param plan the plan
   * @param kind {@code "results"}, {@code "evaluations"}, {@code "transitions"} or {@code "jeugdigen"}
   * @return the rows
   * @throws InvalidArgumentException for any other name
   */
  public List<RecordRow> records(Plan plan, String kind) {
    return records(plan, RecordKind.of(kind));
  }

  // ---- workflow (docs/workflow.md) ------------------------------------------------------

  /**
   * The plan's content as the payload of the genesis event {@code plan_aanmaken}: the plan without
   * the workflow's bookkeeping (status, version, history, versions, akkoorden, regie) and without
   * the members later events set. For bringing a plan made elsewhere into the workflow:
   * {@code engine.create(Event.planAanmaken(actor, at, engine.initialContent(imported)))}.
   *
   * @param plan the plan
   * @return JSON object text
   */
  public String initialContent(Plan plan) {
    return Utf8.decode(leased(plan, (e, p) -> PerspectiefNative.pp_workflow_initial_content(p)));
  }

  /**
   * The events {@code actor} could fire at {@code at}, each with whether it is allowed now and, if
   * not, every failed guard.
   *
   * @param plan the plan
   * @param actor who asks
   * @param at RFC 3339 with offset
   * @return one option per event of the region's workflow
   */
  public List<EventOption> availableEvents(Plan plan, Actor actor, String at) {
    return availableEvents(plan, actor == null ? null : actor.toJson(), at);
  }

  /**
   * @param plan the plan
   * @param actor who asks
   * @param at the moment
   * @return as {@link #availableEvents(Plan, Actor, String)}
   */
  public List<EventOption> availableEvents(Plan plan, Actor actor, OffsetDateTime at) {
    return availableEvents(plan, actor, Moments.format(at));
  }

  /**
   * As {@link #availableEvents(Plan, Actor, String)}, for an actor given as JSON text
   * ({@code {"role","person",...}}) by a host that forwards it.
   *
   * @param plan the plan
   * @param actorJson the actor document
   * @param at RFC 3339 with offset
   * @return one option per event
   */
  public List<EventOption> availableEvents(Plan plan, String actorJson, String at) {
    byte[] a = Utf8.json(actorJson, "actorJson");
    byte[] t = Utf8.text(at, "at");
    return EventOption.listOf(call(plan, (e, p) -> PerspectiefNative.pp_workflow_available_events(e, p, a, t)));
  }

  /**
   * Applies one event.
   *
   * @param plan the plan
   * @param event the event
   * @return the new plan (history appended); {@code plan} is unchanged
   * @throws RejectedException listing every failed guard with its rule id
   */
  public Plan apply(Plan plan, Event event) {
    return apply(plan, event == null ? null : event.toJson());
  }

  /**
   * Applies one event given as JSON text {@code {"event","actor","at","reason"?,"payload"?}}.
   *
   * @param plan the plan
   * @param eventJson the event document
   * @return the new plan (history appended); {@code plan} is unchanged
   * @throws RejectedException listing every failed guard with its rule id
   */
  public Plan apply(Plan plan, String eventJson) {
    byte[] ev = Utf8.json(eventJson, "eventJson");
    return derive(plan, (e, p) -> PerspectiefNative.pp_workflow_apply(e, p, ev));
  }

  /**
   * Applies several events in order.
   *
   * @param plan the plan
   * @param events the events
   * @return the plan after the last one
   * @throws RejectedException at the first refusal; its pointer names the event's index
   */
  public Plan applyAll(Plan plan, List<Event> events) {
    return applyAll(plan, events == null ? null : jsonArray(events, "event", Event::toJson));
  }

  /**
   * Applies several events given as a JSON array in order.
   *
   * @param plan the plan
   * @param eventsJson {@code [event, ...]}
   * @return the plan after the last one
   * @throws RejectedException at the first refusal; its pointer names the event's index
   */
  public Plan applyAll(Plan plan, String eventsJson) {
    byte[] ev = Utf8.json(eventsJson, "eventsJson");
    return derive(plan, (e, p) -> PerspectiefNative.pp_workflow_apply_all(e, p, ev));
  }

  /**
   * The plan rebuilt from its history alone (for an accountant or a judge: R-LOG).
   *
   * @param plan the plan
   * @return the rebuilt plan
   * @throws ValidationException when the history does not rebuild the plan
   */
  public Plan replay(Plan plan) {
    return derive(plan, PerspectiefNative::pp_workflow_replay);
  }

  /**
   * What is due or overdue at {@code at}, sorted by due date.
   *
   * @param plan the plan
   * @param at RFC 3339 with offset; its date at that offset is "today"
   * @return the open obligations
   */
  public List<Deadline> deadlines(Plan plan, String at) {
    byte[] t = Utf8.text(at, "at");
    return Deadline.listOf(call(plan, (e, p) -> PerspectiefNative.pp_workflow_deadlines(e, p, t)));
  }

  /**
   * @param plan the plan
   * @param at the moment
   * @return as {@link #deadlines(Plan, String)}
   */
  public List<Deadline> deadlines(Plan plan, OffsetDateTime at) {
    return deadlines(plan, Moments.format(at));
  }

  /**
   * Where perspectiefregie lies for a jeugdige by the region's regie matrix (docs/workflow.md,
   * "Perspectiefregie").
   *
   * @param plan the plan
   * @param jeugdige the member id of a jeugdige of the plan
   * @param situatie refines the Veilig Thuis, GI and Raad routes (e.g. {@code "ondertoezichtstelling"}), or null
   * @param fase the phase of a Veilig Thuis trajectory (e.g. {@code "onderzoek"}), or null
   * @return the advice
   * @throws NotFoundException for a jeugdige the plan does not have
   */
  public RegieAdvice regieAdvice(Plan plan, String jeugdige, String situatie, String fase) {
    byte[] j = Utf8.text(jeugdige, "jeugdige");
    byte[] s = Utf8.text(situatie, "situatie");
    byte[] f = Utf8.text(fase, "fase");
    return new RegieAdvice(call(plan, (e, p) -> PerspectiefNative.pp_workflow_regie_advice(e, p, j, s, f)));
  }

  /**
   * @param plan the plan
   * @param jeugdige the member id of a jeugdige of the plan
   * @return as {@link #regieAdvice(Plan, String, String, String)} without situatie and fase
   * @throws NotFoundException for a jeugdige the plan does not have
   */
  public RegieAdvice regieAdvice(Plan plan, String jeugdige) {
    return regieAdvice(plan, jeugdige, null, null);
  }

  // ---- sharing (docs/sharing.md) ---------------------------------------------------------

  /**
   * Decides one request. A denial is a result, not an exception.
   *
   * @param plan the plan
   * @param request the request
   * @return the decision
   */
  public Decision decide(Plan plan, SharingRequest request) {
    return decide(plan, request == null ? null : request.toJson());
  }

  /**
   * Decides one request given as JSON text.
   *
   * @param plan the plan
   * @param requestJson the request document
   * @return the decision
   */
  public Decision decide(Plan plan, String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return Decision.of(JsonText.parse(call(plan, (e, p) -> PerspectiefNative.pp_sharing_decide(e, p, r))));
  }

  /**
   * Decides several requests against the plan in one native call.
   *
   * @param plan the plan
   * @param requests the requests
   * @return one decision per request, in order
   */
  public List<Decision> decideBatch(Plan plan, List<SharingRequest> requests) {
    return decideBatch(plan, requests == null ? null : jsonArray(requests, "request", SharingRequest::toJson));
  }

  /**
   * Decides a JSON array of requests against the plan in one native call.
   *
   * @param plan the plan
   * @param requestsJson {@code [request, ...]}
   * @return one decision per request, in order
   */
  public List<Decision> decideBatch(Plan plan, String requestsJson) {
    byte[] r = Utf8.json(requestsJson, "requestsJson");
    JsonText.Value all = JsonText.parse(call(plan, (e, p) -> PerspectiefNative.pp_sharing_decide_batch(e, p, r)));
    List<Decision> out = new ArrayList<>();
    for (JsonText.Value d : all.elements()) out.add(Decision.of(d));
    return Collections.unmodifiableList(out);
  }

  /**
   * The redacted view for a request, with its decision and the disclosure record (NEN 7513) that
   * the host must store when content is released.
   *
   * @param plan the plan
   * @param request the request
   * @return the view
   */
  public View view(Plan plan, SharingRequest request) {
    return view(plan, request == null ? null : request.toJson());
  }

  /**
   * As {@link #view(Plan, SharingRequest)}, for a request given as JSON text.
   *
   * @param plan the plan
   * @param requestJson the request document
   * @return the view
   */
  public View view(Plan plan, String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return View.of(JsonText.parse(call(plan, (e, p) -> PerspectiefNative.pp_sharing_view(e, p, r))));
  }

  // ---- the fast path (docs/sharing.md, "The fast path") -------------------------------------

  /**
   * The plan prepared for many sharing questions ({@link PreparedPlan#ask(Question)}): its parts,
   * involvement, consents and birth dates worked out once. It keeps what it needs, so this engine
   * and the plan may be closed first.
   *
   * @param plan the plan
   * @return the prepared plan; close it when done
   */
  public PreparedPlan prepare(Plan plan) {
    return new PreparedPlan(leased(plan, PerspectiefNative::pp_plan_prepare));
  }

  /**
   * The index of a channel of the region's policy, for {@link Question.Builder#channel(int)}.
   *
   * @param code the channel code, e.g. {@code "beveiligde_email"}
   * @return its index
   * @throws NotFoundException when the region knows no such channel
   */
  public int findChannel(String code) {
    byte[] c = Utf8.text(code, "code");
    return (int) (long) handle.with(e -> PerspectiefNative.pp_engine_find_channel(e, c));
  }

  // ---- the region's workflow, this engine's lifetime ---------------------------------------

  /**
   * The region's workflow as a diagram: {@code "mermaid"} or {@code "dot"}.
   *
   * @param format the diagram format, {@code "mermaid"} or {@code "dot"}
   * @return the diagram's text
   */
  public String diagram(String format) {
    byte[] f = Utf8.text(format, "format");
    return Utf8.decode(handle.with(e -> PerspectiefNative.pp_workflow_diagram(e, f)));
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return whether it is closed
   */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native engine once no call is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }

  /** A JSON array of the items' own JSON; a null item is refused at its index. */
  private static <T> String jsonArray(List<T> items, String what, java.util.function.Function<T, String> json) {
    StringBuilder all = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, what + " " + i + " is null", "/" + i, null);
      }
      if (i > 0) all.append(',');
      all.append(json.apply(items.get(i)));
    }
    return all.append(']').toString();
  }

  // ---- reports over many plans (docs/analysis.md) -------------------------------------------

  /**
   * The verblijf report over many plans with the default options: counts below 7 suppressed,
   * the half-years the data spans.
   *
   * @param plans the plans, each once
   * @return the report
   */
  public VerblijfReport verblijfReport(List<Plan> plans) {
    return verblijfReport(plans, VerblijfReport.Options.defaults());
  }

  /**
   * The verblijf report over many plans: jeugdigen in residential youth care per half-year by the
   * other help they get, and the residential trajectories that ended by duration and JZ588 reason,
   * with small numbers suppressed (docs/analysis.md).
   *
   * @param plans the plans, each once
   * @param options the threshold and the half-years
   * @return the report
   * @throws ValidationException for a plan given twice or a toewijzing that ends before it starts
   *     (the pointer starts with the plan's index)
   * @throws InvalidArgumentException for options out of range
   */
  public VerblijfReport verblijfReport(List<Plan> plans, VerblijfReport.Options options) {
    if (plans == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "plans is null", "", null);
    if (options == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "options is null", "", null);
    byte[] o = Utf8.text(options.toJson(), "options");
    long[] addresses = new long[plans.size()];
    int leased = 0;
    long e = handle.acquire();
    try {
      // A lease on every plan for the whole call: none can be freed meanwhile.
      for (; leased < addresses.length; leased++) {
        Plan plan = plans.get(leased);
        if (plan == null) {
          throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "plan " + leased + " is null", "/" + leased, null);
        }
        addresses[leased] = plan.handle.acquire();
      }
      return new VerblijfReport(Utf8.decode(
          PerspectiefNative.pp_analysis_verblijf_report(e, addresses, addresses.length, o)));
    } finally {
      for (int i = 0; i < leased; i++) plans.get(i).handle.release();
      handle.release();
    }
  }

  // ---- calls holding both leases ------------------------------------------------------------

  private interface EngineAndPlan<T> {
    T apply(long engine, long plan);
  }

  /**
   * Runs a native call with this engine and the plan both leased, so that neither can be freed
   * meanwhile by a close on another thread.
   */
  private <T> T leased(Plan plan, EngineAndPlan<T> call) {
    if (plan == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "plan is null", "", null);
    long e = handle.acquire();
    try {
      long p = plan.handle.acquire();
      try {
        return call.apply(e, p);
      } finally {
        plan.handle.release();
      }
    } finally {
      handle.release();
    }
  }

  private String call(Plan plan, EngineAndPlan<byte[]> call) {
    return Utf8.decode(leased(plan, call));
  }

  private Plan derive(Plan plan, EngineAndPlan<Long> call) {
    return new Plan(leased(plan, call));
  }
}
