package nl.perspectief;

/** An object used in the wrong state: an Engine or Plan used after close, or a Plan whose Engine was closed. */
public class StateException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  StateException(String message, String pointer, String detailJson) {
    super(ErrorCode.STATE, ErrorCode.STATE.number(), message, pointer, detailJson);
  }
}
