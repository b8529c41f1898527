package nl.perspectief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value the library returned, read without a JSON library: its {@link #kind()}, typed
 * getters ({@link #asString()}, {@link #asLong()}, {@link #asBoolean()}, ...) and its exact
 * canonical text ({@link #toJson()}) for hosts that forward JSON to their own library.
 *
 * <p>A typed getter on a value of another kind throws {@link InvalidArgumentException} whose
 * {@link PerspectiefException#pointer() pointer} says where the value came from (for
 * {@link Plan#get(String)}: the pointer asked for), rather than guessing a conversion. Immutable.
 */
public final class JsonValue {
  /** The six kinds of JSON value. */
  public enum Kind {
    /** {@code {...}} */
    OBJECT,
    /** {@code [...]} */
    ARRAY,
    /** {@code "..."} */
    STRING,
    /** a number */
    NUMBER,
    /** {@code true} or {@code false} */
    BOOLEAN,
    /** {@code null} */
    NULL
  }

  private final JsonText.Value value;
  private final String pointer;

  JsonValue(JsonText.Value value, String pointer) {
    this.value = value;
    this.pointer = pointer;
  }

  /** Parses JSON text the library returned; {@code pointer} names its place in error messages. */
  static JsonValue parse(String json, String pointer) {
    return new JsonValue(JsonText.parse(json), pointer);
  }

  /** {@return the kind of value} */
  public Kind kind() {
    return Kind.valueOf(value.kind.name());
  }

  /**
   * Whether this is JSON {@code null}.
   *
   * @return whether it is {@code null}
   */
  public boolean isNull() {
    return value.kind == JsonText.Value.Kind.NULL;
  }

  /**
   * The string.
   *
   * @return the string
   * @throws InvalidArgumentException for any other kind
   */
  public String asString() {
    expect(JsonText.Value.Kind.STRING, "a string");
    return (String) value.value;
  }

  /**
   * The integer.
   *
   * @return the integer
   * @throws InvalidArgumentException for any other kind, a fraction, or one beyond a long
   */
  public long asLong() {
    expect(JsonText.Value.Kind.NUMBER, "an integer");
    try {
      return ((BigDecimal) value.value).longValueExact();
    } catch (ArithmeticException e) {
      throw wrongKind("an integer within a long");
    }
  }

  /**
   * The number, exactly as written (no binary rounding).
   *
   * @return the number
   * @throws InvalidArgumentException for any other kind
   */
  public BigDecimal asDecimal() {
    expect(JsonText.Value.Kind.NUMBER, "a number");
    return (BigDecimal) value.value;
  }

  /**
   * The boolean.
   *
   * @return the boolean
   * @throws InvalidArgumentException for any other kind
   */
  public boolean asBoolean() {
    expect(JsonText.Value.Kind.BOOLEAN, "a boolean");
    return (Boolean) value.value;
  }

  /**
   * The elements of an array, in order.
   *
   * @return the elements
   * @throws InvalidArgumentException for any other kind
   */
  public List<JsonValue> asList() {
    expect(JsonText.Value.Kind.ARRAY, "an array");
    List<JsonValue> out = new ArrayList<>();
    List<JsonText.Value> elements = value.elements();
    for (int i = 0; i < elements.size(); i++) out.add(new JsonValue(elements.get(i), pointer + "/" + i));
    return Collections.unmodifiableList(out);
  }

  /** {@return the members of an object, in document order (sorted: the library's output is canonical)} */
  public Map<String, JsonValue> asMap() {
    expect(JsonText.Value.Kind.OBJECT, "an object");
    @SuppressWarnings("unchecked")
    Map<String, JsonText.Value> members = (Map<String, JsonText.Value>) value.value;
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonText.Value> m : members.entrySet()) {
      out.put(m.getKey(), new JsonValue(m.getValue(), pointer + "/" + escape(m.getKey())));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The member {@code name} of an object, or null when it has none.
   *
   * @param name the member name
   * @return the member's value, or null when the object has none
   * @throws InvalidArgumentException for a value that is no object
   */
  public JsonValue member(String name) {
    expect(JsonText.Value.Kind.OBJECT, "an object");
    JsonText.Value m = value.get(name);
    return m == null ? null : new JsonValue(m, pointer + "/" + escape(name));
  }

  /** {@return the value as JSON text, exactly as the library wrote it (canonical)} */
  public String toJson() {
    return value.raw;
  }

  /** Same as {@link #toJson()}. */
  @Override
  public String toString() {
    return value.raw;
  }

  /** Two values are equal when their JSON text is (canonical text: equal values, equal text). */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonValue && ((JsonValue) other).value.raw.equals(value.raw);
  }

  @Override
  public int hashCode() {
    return value.raw.hashCode();
  }

  private void expect(JsonText.Value.Kind kind, String what) {
    if (value.kind != kind) throw wrongKind(what);
  }

  private InvalidArgumentException wrongKind(String what) {
    String where = pointer.isEmpty() ? "the value" : "the value at " + pointer;
    return (InvalidArgumentException) PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
        where + " is " + describe(value) + ", not " + what, pointer, null);
  }

  private static String describe(JsonText.Value v) {
    switch (v.kind) {
      case OBJECT: return "an object";
      case ARRAY: return "an array";
      case STRING: return "a string";
      case NUMBER: return "the number " + v.raw;
      case BOOLEAN: return "a boolean";
      default: return "null";
    }
  }

  /** RFC 6901: "~" and "/" in a member name. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
