package nl.perspectief;

/**
 * One family's perspectiefplan: a value. A Plan is immutable and may be read from many threads
 * at once; it holds only its document (its canonical JSON, {@link #get(String)} at any pointer,
 * and typed accessors for the main members).
 *
 * <p>Everything that needs a region's rules (validation, records, the workflow, sharing) is an
 * operation of an {@link Engine} that takes the plan: {@code engine.apply(plan, event)},
 * {@code engine.decide(plan, request)}, as in the C ABI ({@code pp_workflow_apply(engine, plan,
 * event)}) and in every other language. A Plan neither references nor keeps alive the engine that
 * parsed it, so the same plan can be checked against different engines (a municipality's settings
 * and the built-in profile), and closing that engine leaves the plan usable.
 *
 * <p>A Plan owns native memory: close it when done (try-with-resources); closing it in any order
 * relative to an Engine is safe.
 */
public final class Plan implements AutoCloseable {
  final NativeHandle handle;

  Plan(long address) {
    this.handle = new NativeHandle(this, "Plan", address, PerspectiefNative::ppbind_plan_destroy);
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
}
