package nl.perspectief;

/** The text is not valid UTF-8. */
public class InvalidUtf8Exception extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  InvalidUtf8Exception(String message, String pointer, String detailJson) {
    super(ErrorCode.INVALID_UTF8, ErrorCode.INVALID_UTF8.number(), message, pointer, detailJson);
  }
}
