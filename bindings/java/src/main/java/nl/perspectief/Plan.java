package nl.perspectief;

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
 * <p>Arguments and results that are documents are JSON text, so that callers keep using their
 * own JSON library. Formats: docs/workflow.md and docs/sharing.md.
 */
public final class Plan implements AutoCloseable {
  private final Engine engine;
  private final NativeHandle handle;

  Plan(Engine engine, long address) {
    this.engine = engine;
    this.handle = new NativeHandle(this, "Plan", address, PerspectiefNative::ppbind_plan_destroy);
  }

  /** The Engine that parsed this plan (or the plan it was derived from). */
  public Engine engine() {
    return engine;
  }

  // ---- the document -------------------------------------------------------------------

  /** The plan as canonical JSON; unknown and local fields are kept. */
  public String toJson() {
    return Utf8.decode(handle.with(PerspectiefNative::pp_plan_to_json));
  }

  /**
   * The value at a JSON pointer (RFC 6901) in the plan's canonical JSON, {@code ""} for the
   * whole plan.
   *
   * @throws NotFoundException when nothing is there
   */
  public String get(String jsonPointer) {
    byte[] pointer = Utf8.text(jsonPointer, "jsonPointer");
    return Utf8.decode(handle.with(p -> PerspectiefNative.pp_plan_get(p, pointer)));
  }

  /** Every semantic problem against the engine's profile; empty when the plan is valid. */
  public List<Problem> validate() {
    return Problem.listOf(JsonText.parse(call((e, p) -> PerspectiefNative.pp_plan_validate(e, p))));
  }

  /**
   * Flat records for tables: {@code kind} is {@code "results"}, {@code "evaluations"} or
   * {@code "transitions"}; a JSON array of flat objects.
   */
  public String records(String kind) {
    byte[] k = Utf8.text(kind, "kind");
    return call((e, p) -> PerspectiefNative.pp_plan_records(e, p, k));
  }

  // ---- workflow (docs/workflow.md) ------------------------------------------------------

  /**
   * The events {@code actorJson} ({@code {"role","person",...}}) could fire at {@code at} (RFC 3339
   * with offset), each with whether it is allowed now and, if not, every failed guard.
   */
  public String availableEvents(String actorJson, String at) {
    byte[] a = Utf8.json(actorJson, "actorJson");
    byte[] t = Utf8.text(at, "at");
    return call((e, p) -> PerspectiefNative.pp_workflow_available_events(e, p, a, t));
  }

  /**
   * Applies one event {@code {"event","actor","at","reason"?,"payload"?}}.
   *
   * @return the new plan (history appended); this plan is unchanged
   * @throws RejectedException listing every failed guard with its rule id
   */
  public Plan apply(String eventJson) {
    byte[] ev = Utf8.json(eventJson, "eventJson");
    return derive((e, p) -> PerspectiefNative.pp_workflow_apply(e, p, ev));
  }

  /**
   * Applies several events ({@code [event, ...]}) in order.
   *
   * @throws RejectedException at the first refusal; its pointer names the event's index
   */
  public Plan applyAll(String eventsJson) {
    byte[] ev = Utf8.json(eventsJson, "eventsJson");
    return derive((e, p) -> PerspectiefNative.pp_workflow_apply_all(e, p, ev));
  }

  /** The plan rebuilt from its history alone. */
  public Plan replay() {
    return derive(PerspectiefNative::pp_workflow_replay);
  }

  /** What is due or overdue at {@code at} (RFC 3339 with offset), as a JSON array. */
  public String deadlines(String at) {
    byte[] t = Utf8.text(at, "at");
    return call((e, p) -> PerspectiefNative.pp_workflow_deadlines(e, p, t));
  }

  // ---- sharing (docs/sharing.md) ---------------------------------------------------------

  /** Decides one request. A denial is a result, not an exception. */
  public Decision decide(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return Decision.of(JsonText.parse(call((e, p) -> PerspectiefNative.pp_sharing_decide(e, p, r))));
  }

  /** Decides an array of requests against this plan in one native call. */
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
   */
  public View view(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return View.of(JsonText.parse(call((e, p) -> PerspectiefNative.pp_sharing_view(e, p, r))));
  }

  // ---- lifetime ---------------------------------------------------------------------------

  /** Whether {@link #close()} was called. */
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
