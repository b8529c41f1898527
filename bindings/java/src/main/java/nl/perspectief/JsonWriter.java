package nl.perspectief;

import java.util.List;

/**
 * Writes the small JSON documents the builders make ({@link Event}, {@link SharingRequest},
 * {@link Actor}): one object, members in the order they are added, strings escaped per RFC 8259.
 *
 * <p>The builders exist so that hosts never glue JSON together from strings: a person id holding a
 * quote or a crafted payload must not be able to add or override members of an event. Every string
 * therefore goes through {@link #quote}, and embedded JSON (a payload) is checked to be exactly one
 * JSON value before it is written. The library canonicalises what it receives, so member order
 * here does not matter for anything it outputs.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder("{");
  private boolean first = true;

  /** Adds a string member; a null value leaves the member out (every optional field is absent, not null). */
  JsonWriter string(String name, String value) {
    if (value != null) name(name).append(quote(value));
    return this;
  }

  /** Adds a member whose value is JSON text that was already checked (see {@link #checkedJson}). */
  JsonWriter raw(String name, String json) {
    if (json != null) name(name).append(json);
    return this;
  }

  /** Adds an array of strings; null leaves the member out. */
  JsonWriter strings(String name, List<String> values) {
    if (values == null) return this;
    StringBuilder b = name(name).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) b.append(',');
      b.append(quote(values.get(i)));
    }
    b.append(']');
    return this;
  }

  private StringBuilder name(String name) {
    if (!first) out.append(',');
    first = false;
    return out.append(quote(name)).append(':');
  }

  String finish() {
    return out.append('}').toString();
  }

  /** A JSON string literal. Lone surrogates pass through; the library refuses them as invalid UTF-8. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        case '\b': b.append("\\b"); break;
        case '\f': b.append("\\f"); break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  /**
   * JSON text to embed as one member's value: refused unless it is exactly one JSON value, so that
   * text such as {@code 1, "actor": {...}} cannot smuggle members into the enclosing document.
   *
   * @throws JsonSyntaxException at {@code pointer} for anything else
   */
  static String checkedJson(String json, String pointer) {
    if (json == null) return null;
    try {
      JsonText.parse(json);
    } catch (IllegalArgumentException e) {
      throw PerspectiefException.create(ErrorCode.JSON_SYNTAX,
          pointer + " is not one JSON value: " + e.getMessage(), pointer, null);
    }
    return json.strip();
  }
}
