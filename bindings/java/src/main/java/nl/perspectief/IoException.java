package nl.perspectief;

/** A file could not be read. */
public class IoException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  IoException(String message, String pointer, String detailJson) {
    super(ErrorCode.IO, ErrorCode.IO.number(), message, pointer, detailJson);
  }
}
