package nl.perspectief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the documents the library returns (problems, decisions, views,
 * error details), so that the binding has no run-time dependency: vendors bring their own
 * JSON library and we do not want to fight it on the class path.
 *
 * <p>Every value keeps its exact source text ({@link Value#raw}). The library's output is
 * canonical, so the source text of a sub-document is canonical too; handing that out means
 * the binding never re-serialises JSON (and can never get key order or number formatting
 * different from the other languages).
 */
final class JsonText {
  private final String text;
  private int pos;

  private JsonText(String text) {
    this.text = text;
  }

  /** One parsed value: its kind, its Java form and its exact text. */
  static final class Value {
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    final Kind kind;
    /** Map&lt;String, Value&gt; (in document order), List&lt;Value&gt;, String, BigDecimal, Boolean or null. */
    final Object value;
    /** The value's text exactly as in the source. */
    final String raw;

    Value(Kind kind, Object value, String raw) {
      this.kind = kind;
      this.value = value;
      this.raw = raw;
    }

    /** The member {@code name} of an object, or null when absent or when this is no object. */
    Value get(String name) {
      if (kind != Kind.OBJECT) return null;
      @SuppressWarnings("unchecked")
      Map<String, Value> members = (Map<String, Value>) value;
      return members.get(name);
    }

    /** The member as a string, or null when absent, JSON null, or not a string. */
    String string(String name) {
      Value v = get(name);
      return v != null && v.kind == Kind.STRING ? (String) v.value : null;
    }

    /** The member names of an object, sorted (empty for anything else). */
    @SuppressWarnings("unchecked")
    java.util.SortedSet<String> memberNames() {
      return kind == Kind.OBJECT ? new java.util.TreeSet<>(((Map<String, Value>) value).keySet()) : new java.util.TreeSet<>();
    }

    /** The elements of an array (empty for anything else). */
    @SuppressWarnings("unchecked")
    List<Value> elements() {
      return kind == Kind.ARRAY ? (List<Value>) value : Collections.emptyList();
    }

    /** The member as a list of strings (non-strings skipped); empty when absent. */
    List<String> strings(String name) {
      Value v = get(name);
      if (v == null) return Collections.emptyList();
      List<String> out = new ArrayList<>();
      for (Value e : v.elements()) {
        if (e.kind == Kind.STRING) out.add((String) e.value);
      }
      return Collections.unmodifiableList(out);
    }
  }

  /** Parses one JSON document; throws IllegalArgumentException on anything that is not JSON. */
  static Value parse(String text) {
    JsonText p = new JsonText(text);
    p.skipSpace();
    Value v = p.value(0);
    p.skipSpace();
    if (p.pos != text.length()) throw p.error("text after the JSON value");
    return v;
  }

  private static final int MAX_DEPTH = 512;

  private Value value(int depth) {
    if (depth > MAX_DEPTH) throw error("nested too deeply");
    if (pos >= text.length()) throw error("unexpected end");
    int start = pos;
    char c = text.charAt(pos);
    switch (c) {
      case '{': {
        pos++;
        Map<String, Value> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
          pos++;
        } else {
          while (true) {
            skipSpace();
            if (peek() != '"') throw error("expected a member name");
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(name, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
              pos++;
              continue;
            }
            expect('}');
            break;
          }
        }
        return new Value(Value.Kind.OBJECT, Collections.unmodifiableMap(members), text.substring(start, pos));
      }
      case '[': {
        pos++;
        List<Value> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
          pos++;
        } else {
          while (true) {
            skipSpace();
            elements.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
              pos++;
              continue;
            }
            expect(']');
            break;
          }
        }
        return new Value(Value.Kind.ARRAY, Collections.unmodifiableList(elements), text.substring(start, pos));
      }
      case '"': {
        String s = string();
        return new Value(Value.Kind.STRING, s, text.substring(start, pos));
      }
      case 't':
        literal("true");
        return new Value(Value.Kind.BOOLEAN, Boolean.TRUE, "true");
      case 'f':
        literal("false");
        return new Value(Value.Kind.BOOLEAN, Boolean.FALSE, "false");
      case 'n':
        literal("null");
        return new Value(Value.Kind.NULL, null, "null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) pos++;
          String n = text.substring(start, pos);
          try {
            return new Value(Value.Kind.NUMBER, new BigDecimal(n), n);
          } catch (NumberFormatException e) {
            throw error("bad number " + n);
          }
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) throw error("unterminated string");
      char c = text.charAt(pos++);
      if (c == '"') return sb.toString();
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) throw error("unterminated escape");
      char e = text.charAt(pos++);
      switch (e) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) throw error("short \\u escape");
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4; // surrogate pairs arrive as two escapes and combine in the StringBuilder
          break;
        default:
          throw error("bad escape \\" + e);
      }
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) throw error("expected " + word);
    pos += word.length();
  }

  private char peek() {
    if (pos >= text.length()) throw error("unexpected end");
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) throw error("expected '" + c + "'");
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
  }
}
