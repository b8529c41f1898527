package nl.perspectief;

/**
 * The class of a failure. The numbers are the C ABI's {@code pp_status} codes (stable: a code
 * never changes meaning, new ones are only added); {@link #label()} is the library's lowercase
 * name for it, as used in conformance cases and in every other language.
 */
public enum ErrorCode {
  INVALID_ARGUMENT(1, "invalid_argument"),
  JSON_SYNTAX(2, "json_syntax"),
  INVALID_UTF8(3, "invalid_utf8"),
  LIMIT_EXCEEDED(4, "limit_exceeded"),
  SCHEMA(5, "schema"),
  VALIDATION(6, "validation"),
  PROFILE(7, "profile"),
  MINIMUM_CONDITION(8, "minimum_condition"),
  NOT_FOUND(9, "not_found"),
  REJECTED(10, "rejected"),
  STATE(11, "state"),
  OUT_OF_MEMORY(12, "out_of_memory"),
  IO(13, "io"),
  INTERNAL(99, "internal"),
  /** A code this binding does not know (a newer library); see {@link PerspectiefException#codeNumber()}. */
  UNKNOWN(-1, "unknown");

  private final int number;
  private final String label;

  ErrorCode(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** The C ABI's status number. */
  public int number() {
    return number;
  }

  /** The stable lowercase name, e.g. {@code "json_syntax"}. */
  public String label() {
    return label;
  }

  /** The code for a status number; {@link #UNKNOWN} for numbers this binding does not know. */
  public static ErrorCode of(int number) {
    for (ErrorCode c : values()) {
      if (c.number == number) return c;
    }
    return UNKNOWN;
  }
}
