package nl.perspectief;

/** The input is larger or nested deeper than the engine's limits ({@link EngineOptions}). */
public class LimitExceededException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  LimitExceededException(String message, String pointer, String detailJson) {
    super(ErrorCode.LIMIT_EXCEEDED, ErrorCode.LIMIT_EXCEEDED.number(), message, pointer, detailJson);
  }
}
