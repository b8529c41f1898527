package nl.perspectief;

import java.time.OffsetDateTime;

/**
 * A workflow event (docs/workflow.md): {@code {"event","actor","at","reason"?,"payload"?}}, made
 * with a {@link Builder} so that no host glues JSON together from strings.
 *
 * <pre>{@code
 * Event assign = Event.builder("betrokkene_toewijzen")
 *     .actor(Actor.of("lokaal_team", "jgt-lls-077"))
 *     .at("2026-09-08T09:30:00+02:00")
 *     .reason("collega neemt het over tijdens verlof")
 *     .payload(Payload.object().put("assignment", Actor.of("lokaal_team", "jgt-lls-081")))
 *     .build();
 * }</pre>
 *
 * <p>The <b>payload</b>'s shape depends on the event (a plan's whole content for
 * {@code plan_aanmaken}, a merge patch for {@code plan_wijzigen}, ...). Give it as a {@link Payload}
 * (a small object builder) or as JSON text from the host's own JSON library; text is checked to
 * be exactly one JSON value, so a payload cannot add members to the event. Everything else about
 * it is the library's to judge, with the library's pointers ({@code /payload/...}). Immutable.
 */
public final class Event {
  private final String event;
  private final Actor actor;
  private final String at;
  private final String reason;
  private final String payload;
  private final String json;

  private Event(Builder b) {
    this.event = b.event;
    this.actor = b.actor;
    this.at = b.at;
    this.reason = b.reason;
    this.payload = b.payload;
    this.json = new JsonWriter().string("event", event).raw("actor", actor.toJson()).string("at", at)
        .string("reason", reason).raw("payload", payload).finish();
  }

  /**
   * Starts an event.
   *
   * @param event the event id of the region's workflow, e.g. {@code "vraagverheldering_starten"}
   * @return a builder; {@link Builder#actor} and {@link Builder#at} are required
   */
  public static Builder builder(String event) {
    return new Builder(event);
  }

  /**
   * The genesis event {@code plan_aanmaken} with a plan's initial content as its payload: what
   * {@link Engine#create(Event)} takes. The content is a plan document without the workflow's
   * bookkeeping, e.g. {@link Engine#initialContent(Plan)} of an imported plan.
   *
   * @param actor who creates the plan
   * @param at when, RFC 3339 with offset
   * @param content the initial content (JSON object text)
   * @return the event
   */
  public static Event planAanmaken(Actor actor, String at, String content) {
    return builder("plan_aanmaken").actor(actor).at(at).payload(content).build();
  }

  /**
   * As {@link #planAanmaken(Actor, String, String)}, with the content built or changed as a {@link Payload}
   * (e.g. {@code Payload.parse(imported.initialContent()).putArray("assignments", worker)}).
   *
   * @param actor who creates the plan
   * @param at when, RFC 3339 with offset
   * @param content the initial content
   * @return the event
   */
  public static Event planAanmaken(Actor actor, String at, Payload content) {
    return builder("plan_aanmaken").actor(actor).at(at).payload(content).build();
  }

  /** {@return the event id} */
  public String event() {
    return event;
  }

  /** {@return who fires it} */
  public Actor actor() {
    return actor;
  }

  /** {@return when, as RFC 3339 text} */
  public String at() {
    return at;
  }

  /** {@return why (required by some events), or null} */
  public String reason() {
    return reason;
  }

  /** {@return the payload as JSON text, or null} */
  public String payloadJson() {
    return payload;
  }

  /** {@return the event document as JSON text (what {@link Engine#apply(Plan, String)} takes)} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }

  /** Collects an event's fields; {@link #build()} checks the required ones. Not thread-safe. */
  public static final class Builder {
    private final String event;
    private Actor actor;
    private String at;
    private String reason;
    private String payload;

    private Builder(String event) {
      this.event = event;
    }

    /**
     * @param actor who fires the event (required)
     * @return this builder
     */
    public Builder actor(Actor actor) {
      this.actor = actor;
      return this;
    }

    /**
     * @param at when, RFC 3339 with an offset, e.g. {@code "2026-03-02T09:30:00+01:00"} (required); the
     *     library checks it and refuses a bad one at {@code /at}
     * @return this builder
     */
    public Builder at(String at) {
      this.at = at;
      return this;
    }

    /**
     * @param at when (required); written as RFC 3339 with its offset and seconds
     * @return this builder
     */
    public Builder at(OffsetDateTime at) {
      this.at = Moments.format(at);
      return this;
    }

    /**
     * @param reason why, for the history (some events require one)
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * @param payloadJson the event's payload as JSON text (see the class comment), or null for none
     * @return this builder
     * @throws JsonSyntaxException at {@code /payload} when the text is not exactly one JSON value
     */
    public Builder payload(String payloadJson) {
      this.payload = JsonWriter.checkedJson(payloadJson, "/payload");
      return this;
    }

    /**
     * @param payload the event's payload built with {@link Payload}, or null for none
     * @return this builder
     */
    public Builder payload(Payload payload) {
      this.payload = payload == null ? null : payload.toJson();
      return this;
    }

    /**
     * {@return the event}
     *
     * @throws InvalidArgumentException at {@code /event}, {@code /actor} or {@code /at} when one is missing
     */
    public Event build() {
      Actor.required(event, "/event");
      if (actor == null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "an event needs an actor", "/actor", null);
      }
      Actor.required(at, "/at");
      return new Event(this);
    }
  }
}
