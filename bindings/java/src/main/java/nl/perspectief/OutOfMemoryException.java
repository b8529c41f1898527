package nl.perspectief;

/** The native library ran out of memory. */
public class OutOfMemoryException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  OutOfMemoryException(String message, String pointer, String detailJson) {
    super(ErrorCode.OUT_OF_MEMORY, ErrorCode.OUT_OF_MEMORY.number(), message, pointer, detailJson);
  }
}
