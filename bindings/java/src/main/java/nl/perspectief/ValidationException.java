package nl.perspectief;

/** A document that is well-formed but inconsistent. */
public class ValidationException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  ValidationException(String message, String pointer, String detailJson) {
    super(ErrorCode.VALIDATION, ErrorCode.VALIDATION.number(), message, pointer, detailJson);
  }
}
