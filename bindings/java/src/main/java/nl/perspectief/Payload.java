package nl.perspectief;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON object builder for event payloads and a new plan's content, so that a host
 * without a JSON library (or an example) never glues JSON together from strings:
 *
 * <pre>{@code
 * Payload crisis = Payload.object().put("jeugdige", "milan").put("ondersteuningsprofiel", Payload.object().put("code", "11"));
 * Payload content = Payload.parse(imported.initialContent()).putArray("assignments", worker);
 * }</pre>
 *
 * <p>It writes JSON only: which members an event takes is the library's to judge (with pointers
 * under {@code /payload}). Members keep the order they were put in; putting a name again
 * replaces its value in place. {@link #parse(String)} keeps the parsed members' text exactly, so
 * content read from the library goes back unchanged. A host with Jackson, Gson or JSON-B can pass
 * that library's text to {@link Event.Builder#payload(String)} instead. Not thread-safe.
 */
public final class Payload {
  private final Map<String, String> members = new LinkedHashMap<>();

  private Payload() {}

  /** {@return an empty object} */
  public static Payload object() {
    return new Payload();
  }

  /**
   * An object to add to or change, e.g. {@link Engine#initialContent(Plan)}.
   *
   * @param json JSON object text
   * @return its members, in their order
   * @throws JsonSyntaxException when the text is not one JSON object
   */
  public static Payload parse(String json) {
    JsonText.Value v;
    try {
      v = JsonText.parse(json);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PerspectiefException.create(ErrorCode.JSON_SYNTAX, "not a JSON object: " + e.getMessage(), "", null);
    }
    if (v.kind != JsonText.Value.Kind.OBJECT) {
      throw PerspectiefException.create(ErrorCode.JSON_SYNTAX, "not a JSON object", "", null);
    }
    Payload p = new Payload();
    @SuppressWarnings("unchecked")
    Map<String, JsonText.Value> parsed = (Map<String, JsonText.Value>) v.value;
    for (Map.Entry<String, JsonText.Value> m : parsed.entrySet()) p.members.put(m.getKey(), m.getValue().raw);
    return p;
  }

  /**
   * @param name the member name
   * @param value a string, or null for JSON {@code null}
   * @return this object
   */
  public Payload put(String name, String value) {
    return putRaw(name, value == null ? "null" : JsonWriter.quote(value));
  }

  /**
   * @param name the member name
   * @param value a whole number
   * @return this object
   */
  public Payload put(String name, long value) {
    return putRaw(name, Long.toString(value));
  }

  /**
   * @param name the member name
   * @param value true or false
   * @return this object
   */
  public Payload put(String name, boolean value) {
    return putRaw(name, Boolean.toString(value));
  }

  /**
   * @param name the member name
   * @param value a nested object (its JSON as it is now)
   * @return this object
   */
  public Payload put(String name, Payload value) {
    return putRaw(name, value == null ? "null" : value.toJson());
  }

  /**
   * @param name the member name
   * @param value an actor, written as {@code {"role","person",...}}
   * @return this object
   */
  public Payload put(String name, Actor value) {
    return putRaw(name, value == null ? "null" : value.toJson());
  }

  /**
   * @param name the member name
   * @param elements strings, whole numbers ({@link Long}, {@link Integer}), booleans, {@link Payload}s,
   *     {@link Actor}s or null
   * @return this object
   * @throws InvalidArgumentException for an element of another type
   */
  public Payload putArray(String name, Object... elements) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) b.append(',');
      b.append(element(elements[i], "/" + JsonValue.escape(name) + "/" + i));
    }
    return putRaw(name, b.append(']').toString());
  }

  /**
   * @param name the member name
   * @param json the value as JSON text (from the host's own JSON library)
   * @return this object
   * @throws JsonSyntaxException when the text is not exactly one JSON value
   */
  public Payload putJson(String name, String json) {
    String checked = JsonWriter.checkedJson(json, "/" + JsonValue.escape(name));
    return putRaw(name, checked == null ? "null" : checked);
  }

  /**
   * @param name the member name
   * @return this object, without that member
   */
  public Payload remove(String name) {
    members.remove(name);
    return this;
  }

  /** {@return the object as JSON text} */
  public String toJson() {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> m : members.entrySet()) {
      if (b.length() > 1) b.append(',');
      b.append(JsonWriter.quote(m.getKey())).append(':').append(m.getValue());
    }
    return b.append('}').toString();
  }

  @Override
  public String toString() {
    return toJson();
  }

  private Payload putRaw(String name, String json) {
    if (name == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a member name is null", "", null);
    members.put(name, json);
    return this;
  }

  private static String element(Object e, String pointer) {
    if (e == null) return "null";
    if (e instanceof String) return JsonWriter.quote((String) e);
    if (e instanceof Long || e instanceof Integer) return e.toString();
    if (e instanceof Boolean) return e.toString();
    if (e instanceof Payload) return ((Payload) e).toJson();
    if (e instanceof Actor) return ((Actor) e).toJson();
    throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
        "a payload array takes strings, whole numbers, booleans, Payloads and Actors, not " + e.getClass().getName(),
        pointer, null);
  }
}
