package nl.perspectief;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * A failure reported by perspectief. Every failure carries
 * <ul>
 *   <li>its {@link #code()} (one subclass per code, so callers can catch what they handle),</li>
 *   <li>the library's message (English),</li>
 *   <li>the JSON {@link #pointer()} into the offending input ({@code ""} for the whole input),</li>
 *   <li>all {@link #problems()} found (schema and rejection errors list every one) and the
 *       domain {@link #rules()} ({@code R-...}) behind the error,</li>
 *   <li>the complete {@link #detailJson()} document of the C ABI.</li>
 * </ul>
 * Unchecked, like the exceptions of most JSON and database libraries on the JVM: a caller
 * that wants to handle a class of failure catches that subclass.
 */
public class PerspectiefException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The class of failure. */
  private final ErrorCode code;
  /** The C ABI's status number. */
  private final int codeNumber;
  /** JSON pointer into the input. */
  private final String pointer;
  /** The C ABI's detail document, or null (the problems and rules read from it are not serialised). */
  private final String detailJson;
  private final transient List<Problem> problems;
  private final transient List<String> rules;

  PerspectiefException(ErrorCode code, int codeNumber, String message, String pointer, String detailJson) {
    super(message);
    this.code = code;
    this.codeNumber = codeNumber;
    this.pointer = pointer == null ? "" : pointer;
    this.detailJson = detailJson;
    List<Problem> p = Collections.emptyList();
    List<String> r = Collections.emptyList();
    if (detailJson != null && !detailJson.isEmpty()) {
      try {
        JsonText.Value d = JsonText.parse(detailJson);
        p = Problem.listOf(d.get("problems"));
        r = d.strings("rules");
      } catch (IllegalArgumentException e) {
        // The detail is produced by the library and always JSON; if it ever is not, the
        // code, message and pointer above still describe the failure.
      }
    }
    this.problems = p;
    this.rules = r;
  }

  /** {@return the class of failure} */
  public ErrorCode code() {
    return code;
  }

  /** {@return the C ABI's status number (also for codes newer than this binding: then code() is UNKNOWN)} */
  public int codeNumber() {
    return codeNumber;
  }

  /**
   * JSON pointer (RFC 6901) into the input; {@code ""} when the whole input is meant.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /** {@return every problem the library found, in its order; empty when the failure has none} */
  public List<Problem> problems() {
    return problems == null ? Collections.emptyList() : problems;
  }

  /** {@return the domain rule ids behind the failure, e.g. the guards that refused an event} */
  public List<String> rules() {
    return rules == null ? Collections.emptyList() : rules;
  }

  /**
   * The C ABI's detail document:
   * {@code {"code","name","message","pointer","problems":[...],"rules":[...]}}; null for failures
   * raised by the binding itself (a closed handle, a NUL in a string).
   *
   * @return the detail document, or null
   */
  public String detailJson() {
    return detailJson;
  }

  @Override
  public String toString() {
    String s = getClass().getName() + " [" + code.label() + "]: " + getMessage();
    return pointer.isEmpty() ? s : s + " (at " + pointer + ")";
  }

  /** Called by the JNI glue right after a failed call (see bindings/swig/java.i). */
  static PerspectiefException fromNative(int code, byte[] message, byte[] pointer, byte[] detail) {
    return create(ErrorCode.of(code), code, str(message), str(pointer), str(detail));
  }

  /** A failure raised by the binding itself, with the same shape as the library's. */
  static PerspectiefException create(ErrorCode code, String message, String pointer, String detail) {
    return create(code, code.number(), message, pointer, detail);
  }

  private static PerspectiefException create(ErrorCode code, int number, String message, String pointer,
                                             String detail) {
    switch (code) {
      case INVALID_ARGUMENT: return new InvalidArgumentException(message, pointer, detail);
      case JSON_SYNTAX: return new JsonSyntaxException(message, pointer, detail);
      case INVALID_UTF8: return new InvalidUtf8Exception(message, pointer, detail);
      case LIMIT_EXCEEDED: return new LimitExceededException(message, pointer, detail);
      case SCHEMA: return new SchemaException(message, pointer, detail);
      case VALIDATION: return new ValidationException(message, pointer, detail);
      case PROFILE: return new ProfileException(message, pointer, detail);
      case MINIMUM_CONDITION: return new MinimumConditionException(message, pointer, detail);
      case NOT_FOUND: return new NotFoundException(message, pointer, detail);
      case REJECTED: return new RejectedException(message, pointer, detail);
      case STATE: return new StateException(message, pointer, detail);
      case OUT_OF_MEMORY: return new OutOfMemoryException(message, pointer, detail);
      case IO: return new IoException(message, pointer, detail);
      case INTERNAL: return new InternalException(message, pointer, detail);
      default: return new PerspectiefException(ErrorCode.UNKNOWN, number, message, pointer, detail);
    }
  }

  private static String str(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }
}
