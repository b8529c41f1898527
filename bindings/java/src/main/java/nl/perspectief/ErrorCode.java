package nl.perspectief;

/**
 * The class of a failure. The numbers are the C ABI's {@code pp_status} codes (stable: a code
 * never changes meaning, new ones are only added); {@link #label()} is the library's lowercase
 * name for it, as used in conformance cases and in every other language.
 */
public enum ErrorCode {
  /** 1: null where a value is required, an unknown kind or format, bad options. */
  INVALID_ARGUMENT(1, "invalid_argument"),
  /** 2: not JSON. */
  JSON_SYNTAX(2, "json_syntax"),
  /** 3: bytes that are not UTF-8. */
  INVALID_UTF8(3, "invalid_utf8"),
  /** 4: larger or deeper than the engine's limits. */
  LIMIT_EXCEEDED(4, "limit_exceeded"),
  /** 5: JSON of the wrong shape; the problems list every one. */
  SCHEMA(5, "schema"),
  /** 6: well-formed but inconsistent. */
  VALIDATION(6, "validation"),
  /** 7: an unusable region profile or settings document. */
  PROFILE(7, "profile"),
  /** 8: settings that would switch off a minimum condition (R-MINIMUM). */
  MINIMUM_CONDITION(8, "minimum_condition"),
  /** 9: an unknown profile id, file or event, or nothing at a JSON pointer. */
  NOT_FOUND(9, "not_found"),
  /** 10: a workflow event refused; the problems list every failed guard. */
  REJECTED(10, "rejected"),
  /** 11: an object used in the wrong state, e.g. after close(). */
  STATE(11, "state"),
  /** 12: the native library ran out of memory. */
  OUT_OF_MEMORY(12, "out_of_memory"),
  /** 13: a file could not be read. */
  IO(13, "io"),
  /** 99: a bug in perspectief; please report the detail. */
  INTERNAL(99, "internal"),
  /** A code this binding does not know (a newer library); see {@link PerspectiefException#codeNumber()}. */
  UNKNOWN(-1, "unknown");

  private final int number;
  private final String label;

  ErrorCode(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** {@return the C ABI's status number} */
  public int number() {
    return number;
  }

  /**
   * The stable lowercase name, e.g. {@code "json_syntax"}.
   *
   * @return the lowercase name
   */
  public String label() {
    return label;
  }

  /**
   * The code for a status number; {@link #UNKNOWN} for numbers this binding does not know.
   *
   * @param number a C ABI status number
   * @return its code, or {@link #UNKNOWN}
   */
  public static ErrorCode of(int number) {
    for (ErrorCode c : values()) {
      if (c.number == number) return c;
    }
    return UNKNOWN;
  }
}
