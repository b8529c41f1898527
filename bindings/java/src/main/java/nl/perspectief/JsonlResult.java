package nl.perspectief;

/**
 * One line a {@link JsonlStream} gave: exactly the line {@code perspectief} writes for the same
 * file ({@link #json()}), with what a caller branches on read from it: the input line it is
 * about, the plan's id, and the line's error. Immutable.
 */
public final class JsonlResult {
  private final String json;
  private final JsonText.Value value;

  JsonlResult(String json) {
    this.json = json;
    this.value = JsonText.parse(json);
  }

  /** {@return the 1-based number of the input line this result is about (every line counts, blank ones too)} */
  public long line() {
    JsonText.Value line = value.get("line");
    return line == null ? 0 : ((java.math.BigDecimal) line.value).longValueExact();
  }

  /** {@return the plan's id as its line says, or null when it names none (a line that is not JSON)} */
  public String planId() {
    return value.string("plan");
  }

  /** {@return whether the line worked; a pass of a bulk line may still have failed (its "errors")} */
  public boolean ok() {
    return value.get("error") == null;
  }

  /**
   * The line's failure (not JSON, a schema problem, a refused replay, a line over the engine's
   * limit, a region without engine), as the exception a call with that plan would have thrown.
   *
   * @return the error, or null when the line worked
   */
  public PerspectiefException error() {
    JsonText.Value error = value.get("error");
    if (error == null) return null;
    int code = ((java.math.BigDecimal) error.get("code").value).intValueExact();
    return PerspectiefException.create(ErrorCode.of(code), error.string("message"), error.string("pointer"), error.raw);
  }

  /** {@return the whole line as a JSON value} */
  public JsonValue value() {
    return new JsonValue(value, "");
  }

  /** {@return the line, canonical JSON without its line break} */
  public String json() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
