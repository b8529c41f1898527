package nl.perspectief;

/** The text is not JSON; {@link #pointer()} and the message say where. */
public class JsonSyntaxException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  JsonSyntaxException(String message, String pointer, String detailJson) {
    super(ErrorCode.JSON_SYNTAX, ErrorCode.JSON_SYNTAX.number(), message, pointer, detailJson);
  }
}
