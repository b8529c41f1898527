package nl.perspectief;

/** A bug in perspectief; please report it with {@link #detailJson()}. */
public class InternalException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  InternalException(String message, String pointer, String detailJson) {
    super(ErrorCode.INTERNAL, ErrorCode.INTERNAL.number(), message, pointer, detailJson);
  }
}
