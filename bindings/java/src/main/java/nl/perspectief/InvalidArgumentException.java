package nl.perspectief;

/** A caller error: null where a value is required, an unknown kind or format name, bad options. */
public class InvalidArgumentException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  InvalidArgumentException(String message, String pointer, String detailJson) {
    super(ErrorCode.INVALID_ARGUMENT, ErrorCode.INVALID_ARGUMENT.number(), message, pointer, detailJson);
  }
}
