package nl.perspectief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An event of the region's workflow, judged for one actor at one moment
 * ({@link Engine#availableEvents(Plan, Actor, String)}): whether the actor could fire it now and, when
 * not, every failed guard with its rule id. Guards that depend on a payload cannot be judged
 * without one: {@link #needsPayload()} says so. Immutable.
 */
public final class EventOption {
  private final String event;
  private final String labelNl;
  private final String labelEn;
  private final String toState;
  private final boolean allowed;
  private final boolean needsPayload;
  private final List<String> rules;
  private final List<Problem> problems;
  private final String json;

  private EventOption(JsonText.Value v) {
    JsonText.Value label = v.get("label");
    event = v.string("event");
    labelNl = label == null ? null : label.string("nl");
    labelEn = label == null ? null : label.string("en");
    String to = v.string("to");
    toState = to == null || to.isEmpty() ? null : to;
    allowed = Boolean.TRUE.equals(v.get("allowed").value);
    JsonText.Value needs = v.get("needs_payload");
    needsPayload = needs != null && Boolean.TRUE.equals(needs.value);
    rules = v.strings("rules");
    problems = Problem.listOf(v.get("problems"));
    json = v.raw;
  }

  static List<EventOption> listOf(String json) {
    List<EventOption> out = new ArrayList<>();
    for (JsonText.Value e : JsonText.parse(json).elements()) out.add(new EventOption(e));
    return Collections.unmodifiableList(out);
  }

  /** {@return the event id, e.g. {@code "vraagverheldering_starten"}} */
  public String event() {
    return event;
  }

  /** {@return the event's name in Dutch, for a button or menu} */
  public String labelNl() {
    return labelNl;
  }

  /** {@return the event's name in English} */
  public String labelEn() {
    return labelEn;
  }

  /**
   * {@return the state the plan would be in afterwards, or null when the option does not say (the
   * state stays, or the event cannot fire in the plan's state)}
   */
  public String toState() {
    return toState;
  }

  /** {@return whether the actor could fire it now} */
  public boolean isAllowed() {
    return allowed;
  }

  /** {@return whether the event takes a payload (whose guards are judged only when it is applied)} */
  public boolean needsPayload() {
    return needsPayload;
  }

  /** {@return the rule ids of the failed guards (empty when allowed)} */
  public List<String> rules() {
    return rules;
  }

  /** {@return every failed guard (empty when allowed)} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the option as canonical JSON, as the library wrote it} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
