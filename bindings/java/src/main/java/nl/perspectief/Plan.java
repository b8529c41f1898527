package nl.perspectief;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One family's perspectiefplan, parsed by an {@link Engine}. A Plan is immutable: workflow
 * operations return a new Plan and leave this one as it was. It may be read from many threads
 * at once.
 *
 * <p>A Plan remembers the Engine that parsed it and uses it for everything that needs the
 * region's rules (validation, workflow, sharing). Once that Engine is closed those operations
 * throw {@link StateException}; {@link #toJson()} and {@link #get(String)} keep working, since
 * the plan's own data does not depend on the engine (C ABI: "a pp_plan does not reference the
 * engine that parsed it"). A Plan owns native memory: close it when done (try-with-resources);
 * closing it in any order relative to its Engine is safe.
 *
 * <p>Answers are typed ({@link EventOption}, {@link Deadline}, {@link RecordRow}, {@link JsonValue},
 * {@link Decision}, {@link View}), each with {@code toJson()} for a host that forwards JSON; events
 * and requests are built with {@link Event} and {@link SharingRequest}, or passed as JSON text
 * (formats: docs/workflow.md and docs/sharing.md).
 */
public final class Plan implements AutoCloseable {
  private final Engine engine;
  private final NativeHandle handle;

  Plan(Engine engine, long address) {
    this.engine = engine;
    this.handle = new NativeHandle(this, "Plan", address, PerspectiefNative::ppbind_plan_destroy);
  }

  /** {@return the Engine that parsed this plan (or the plan it was derived from)} */
  public Engine engine() {
    return engine;
  }

  // ---- the document -------------------------------------------------------------------

  /** {@return the plan as canonical JSON; unknown and local fields are kept} */
  public String toJson() {
    return Utf8.decode(handle.with(PerspectiefNative::pp_plan_to_json));
  }

  /** {@return the plan's id} */
  public String id() {
    return getString("/id");
  }

  /** {@return the id of the region profile the plan was written for, e.g. {@code "amsterdam-zaanstreek"}} */
  public String profile() {
    return getString("/profile");
  }

  /** {@return the plan type, e.g. {@code "perspectiefplan"} or {@code "gezinsplan"}} */
  public String planType() {
    return getString("/plan_type");
  }

  /** {@return the municipality the plan names, or null when it names none} */
  public String municipality() {
    try {
      JsonValue m = get("/municipality");
      return m.isNull() ? null : m.asString();
    } catch (NotFoundException absent) {
      return null;
    }
  }

  /** {@return the workflow state id, e.g. {@code "hulp_gestart"} (docs/workflow.md)} */
  public String status() {
    return getString("/status");
  }

  /** {@return the plan's version: 1 at creation, raised by every event that changes its content} */
  public long version() {
    return getLong("/version");
  }

  /**
   * The value at a JSON pointer (RFC 6901) in the plan's canonical JSON, {@code ""} for the whole
   * plan; {@link JsonValue#toJson()} is its JSON text.
   *
   * @param jsonPointer e.g. {@code "/children/0/segment"}
   * @return the value
   * @throws NotFoundException when nothing is there
   */
  public JsonValue get(String jsonPointer) {
    byte[] pointer = Utf8.text(jsonPointer, "jsonPointer");
    return JsonValue.parse(Utf8.decode(handle.with(p -> PerspectiefNative.pp_plan_get(p, pointer))), jsonPointer);
  }

  /**
   * @param jsonPointer where
   * @return the string there
   * @throws NotFoundException when nothing is there
   * @throws InvalidArgumentException when the value there is no string (at that pointer)
   */
  public String getString(String jsonPointer) {
    return get(jsonPointer).asString();
  }

  /**
   * @param jsonPointer where
   * @return the integer there
   * @throws NotFoundException when nothing is there
   * @throws InvalidArgumentException when the value there is no integer (at that pointer)
   */
  public long getLong(String jsonPointer) {
    return get(jsonPointer).asLong();
  }

  /**
   * @param jsonPointer where
   * @return the boolean there
   * @throws NotFoundException when nothing is there
   * @throws InvalidArgumentException when the value there is no boolean (at that pointer)
   */
  public boolean getBoolean(String jsonPointer) {
    return get(jsonPointer).asBoolean();
  }

  /** {@return every semantic problem against the engine's profile; empty when the plan is valid} */
  public List<Problem> validate() {
    return Problem.listOf(JsonText.parse(call((e, p) -> PerspectiefNative.pp_plan_validate(e, p))));
  }

  /**
   * This plan when it has no error (warnings do not block), else a {@link ValidationException}
   * listing every error, as Python's {@code Engine.check}: for code that must not go on with an
   * invalid plan.
   *
   * @return this plan
   * @throws ValidationException with every error in {@link PerspectiefException#problems()}, its
   *     pointer the first error's
   */
  public Plan check() {
    JsonText.Value all = JsonText.parse(call((e, p) -> PerspectiefNative.pp_plan_validate(e, p)));
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
    if (first == null) return this;
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
   * @param kind which rows
   * @return the rows, each with exactly the kind's columns
   */
  public List<RecordRow> records(RecordKind kind) {
    if (kind == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "kind is null", "", null);
    byte[] k = Utf8.text(kind.label(), "kind");
    return RecordRow.listOf(kind, call((e, p) -> PerspectiefNative.pp_plan_records(e, p, k)));
  }

  /**
   * As {@link #records(RecordKind)}, by the kind's name.
   *
   * @param kind {@code "results"}, {@code "evaluations"}, {@code "transitions"} or {@code "jeugdigen"}
   * @return the rows
   * @throws InvalidArgumentException for any other name
   */
  public List<RecordRow> records(String kind) {
    return records(RecordKind.of(kind));
  }

  // ---- workflow (docs/workflow.md) ------------------------------------------------------

  /**
   * The plan's content as the payload of the genesis event {@code plan_aanmaken}: the plan without
   * the workflow's bookkeeping (status, version, history, versions, akkoorden, regie) and without
   * the members later events set. For bringing a plan made elsewhere into the workflow:
   * {@code engine.create(Event.planAanmaken(actor, at, imported.initialContent()))}.
   *
   * @return JSON object text
   */
  public String initialContent() {
    return Utf8.decode(handle.with(PerspectiefNative::pp_workflow_initial_content));
  }

  /**
   * The events {@code actor} could fire at {@code at}, each with whether it is allowed now and, if
   * not, every failed guard.
   *
   * @param actor who asks
   * @param at RFC 3339 with offset
   * @return one option per event of the region's workflow
   */
  public List<EventOption> availableEvents(Actor actor, String at) {
    return availableEvents(actor == null ? null : actor.toJson(), at);
  }

  /**
   * @param actor who asks
   * @param at the moment
   * @return as {@link #availableEvents(Actor, String)}
   */
  public List<EventOption> availableEvents(Actor actor, OffsetDateTime at) {
    return availableEvents(actor, Moments.format(at));
  }

  /**
   * As {@link #availableEvents(Actor, String)}, for an actor given as JSON text
   * ({@code {"role","person",...}}) by a host that forwards it.
   *
   * @param actorJson the actor document
   * @param at RFC 3339 with offset
   * @return one option per event
   */
  public List<EventOption> availableEvents(String actorJson, String at) {
    byte[] a = Utf8.json(actorJson, "actorJson");
    byte[] t = Utf8.text(at, "at");
    return EventOption.listOf(call((e, p) -> PerspectiefNative.pp_workflow_available_events(e, p, a, t)));
  }

  /**
   * Applies one event.
   *
   * @param event the event
   * @return the new plan (history appended); this plan is unchanged
   * @throws RejectedException listing every failed guard with its rule id
   */
  public Plan apply(Event event) {
    return apply(event == null ? null : event.toJson());
  }

  /**
   * Applies one event given as JSON text {@code {"event","actor","at","reason"?,"payload"?}}.
   *
   * @param eventJson the event document
   * @return the new plan (history appended); this plan is unchanged
   * @throws RejectedException listing every failed guard with its rule id
   */
  public Plan apply(String eventJson) {
    byte[] ev = Utf8.json(eventJson, "eventJson");
    return derive((e, p) -> PerspectiefNative.pp_workflow_apply(e, p, ev));
  }

  /**
   * Applies several events in order.
   *
   * @param events the events
   * @return the plan after the last one
   * @throws RejectedException at the first refusal; its pointer names the event's index
   */
  public Plan applyAll(List<Event> events) {
    if (events == null) return applyAll((String) null);
    StringBuilder all = new StringBuilder("[");
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "event " + i + " is null", "/" + i, null);
      }
      if (i > 0) all.append(',');
      all.append(events.get(i).toJson());
    }
    return applyAll(all.append(']').toString());
  }

  /**
   * Applies several events given as a JSON array in order.
   *
   * @param eventsJson {@code [event, ...]}
   * @return the plan after the last one
   * @throws RejectedException at the first refusal; its pointer names the event's index
   */
  public Plan applyAll(String eventsJson) {
    byte[] ev = Utf8.json(eventsJson, "eventsJson");
    return derive((e, p) -> PerspectiefNative.pp_workflow_apply_all(e, p, ev));
  }

  /** {@return the plan rebuilt from its history alone} */
  public Plan replay() {
    return derive(PerspectiefNative::pp_workflow_replay);
  }

  /**
   * What is due or overdue at {@code at}, sorted by due date.
   *
   * @param at RFC 3339 with offset; its date at that offset is "today"
   * @return the open obligations
   */
  public List<Deadline> deadlines(String at) {
    byte[] t = Utf8.text(at, "at");
    return Deadline.listOf(call((e, p) -> PerspectiefNative.pp_workflow_deadlines(e, p, t)));
  }

  /**
   * @param at the moment
   * @return as {@link #deadlines(String)}
   */
  public List<Deadline> deadlines(OffsetDateTime at) {
    return deadlines(Moments.format(at));
  }

  /**
   * Where perspectiefregie lies for a jeugdige by the region's regie matrix (docs/workflow.md,
   * "Perspectiefregie").
   *
   * @param jeugdige the member id of a jeugdige of this plan
   * @param situatie refines the Veilig Thuis, GI and Raad routes (e.g. {@code "ondertoezichtstelling"}), or null
   * @param fase the phase of a Veilig Thuis trajectory (e.g. {@code "onderzoek"}), or null
   * @return the advice
   * @throws NotFoundException for a jeugdige the plan does not have
   */
  public RegieAdvice regieAdvice(String jeugdige, String situatie, String fase) {
    byte[] j = Utf8.text(jeugdige, "jeugdige");
    byte[] s = Utf8.text(situatie, "situatie");
    byte[] f = Utf8.text(fase, "fase");
    return new RegieAdvice(call((e, p) -> PerspectiefNative.pp_workflow_regie_advice(e, p, j, s, f)));
  }

  /**
   * @param jeugdige the member id of a jeugdige of this plan
   * @return as {@link #regieAdvice(String, String, String)} without situatie and fase
   * @throws NotFoundException for a jeugdige the plan does not have
   */
  public RegieAdvice regieAdvice(String jeugdige) {
    return regieAdvice(jeugdige, null, null);
  }

  // ---- sharing (docs/sharing.md) ---------------------------------------------------------

  /**
   * Decides one request. A denial is a result, not an exception.
   *
   * @param request the request
   * @return the decision
   */
  public Decision decide(SharingRequest request) {
    return decide(request == null ? null : request.toJson());
  }

  /**
   * Decides one request given as JSON text.
   *
   * @param requestJson the request document
   * @return the decision
   */
  public Decision decide(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return Decision.of(JsonText.parse(call((e, p) -> PerspectiefNative.pp_sharing_decide(e, p, r))));
  }

  /**
   * Decides several requests against this plan in one native call.
   *
   * @param requests the requests
   * @return one decision per request, in order
   */
  public List<Decision> decideBatch(List<SharingRequest> requests) {
    if (requests == null) return decideBatch((String) null);
    StringBuilder all = new StringBuilder("[");
    for (int i = 0; i < requests.size(); i++) {
      if (requests.get(i) == null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "request " + i + " is null", "/" + i, null);
      }
      if (i > 0) all.append(',');
      all.append(requests.get(i).toJson());
    }
    return decideBatch(all.append(']').toString());
  }

  /**
   * Decides a JSON array of requests against this plan in one native call.
   *
   * @param requestsJson {@code [request, ...]}
   * @return one decision per request, in order
   */
  public List<Decision> decideBatch(String requestsJson) {
    byte[] r = Utf8.json(requestsJson, "requestsJson");
    JsonText.Value all = JsonText.parse(call((e, p) -> PerspectiefNative.pp_sharing_decide_batch(e, p, r)));
    List<Decision> out = new ArrayList<>();
    for (JsonText.Value d : all.elements()) out.add(Decision.of(d));
    return Collections.unmodifiableList(out);
  }

  /**
   * The redacted view for a request, with its decision and the disclosure record (NEN 7513) that
   * the host must store when content is released.
   *
   * @param request the request
   * @return the view
   */
  public View view(SharingRequest request) {
    return view(request == null ? null : request.toJson());
  }

  /**
   * As {@link #view(SharingRequest)}, for a request given as JSON text.
   *
   * @param requestJson the request document
   * @return the view
   */
  public View view(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return View.of(JsonText.parse(call((e, p) -> PerspectiefNative.pp_sharing_view(e, p, r))));
  }

  // ---- lifetime ---------------------------------------------------------------------------

  /**
   * Whether {@link #close()} was called.
   *
   * @return whether it is closed
   */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native plan once no call is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }

  // ---- calls holding both leases ------------------------------------------------------------

  private interface EngineAndPlan<T> {
    T apply(long engine, long plan);
  }

  /** Runs a native call with the engine and this plan both leased (neither can be freed meanwhile). */
  private <T> T leased(EngineAndPlan<T> call) {
    long e = engine.handle.acquire("the Engine of this Plan is closed");
    try {
      long p = handle.acquire();
      try {
        return call.apply(e, p);
      } finally {
        handle.release();
      }
    } finally {
      engine.handle.release();
    }
  }

  private String call(EngineAndPlan<byte[]> call) {
    return Utf8.decode(leased(call));
  }

  private Plan derive(EngineAndPlan<Long> call) {
    return new Plan(engine, leased(call));
  }
}
