package nl.perspectief;

/** An unknown profile id, file, event, or nothing at a JSON pointer. */
public class NotFoundException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message, String pointer, String detailJson) {
    super(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.number(), message, pointer, detailJson);
  }
}
