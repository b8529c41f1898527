package nl.perspectief;

/** JSON of the wrong shape (missing fields, wrong types, bad dates); {@link #problems()} lists every one. */
public class SchemaException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  SchemaException(String message, String pointer, String detailJson) {
    super(ErrorCode.SCHEMA, ErrorCode.SCHEMA.number(), message, pointer, detailJson);
  }
}
