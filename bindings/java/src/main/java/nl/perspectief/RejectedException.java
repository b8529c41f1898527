package nl.perspectief;

/** A workflow event refused by its guards; {@link #problems()} and {@link #rules()} list every failed guard. */
public class RejectedException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  RejectedException(String message, String pointer, String detailJson) {
    super(ErrorCode.REJECTED, ErrorCode.REJECTED.number(), message, pointer, detailJson);
  }
}
