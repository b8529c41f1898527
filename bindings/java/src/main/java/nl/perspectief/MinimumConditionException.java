package nl.perspectief;

/** Municipal settings that would switch off a regional minimum condition (R-MINIMUM); {@link #pointer()} names the setting. */
public class MinimumConditionException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  MinimumConditionException(String message, String pointer, String detailJson) {
    super(ErrorCode.MINIMUM_CONDITION, ErrorCode.MINIMUM_CONDITION.number(), message, pointer, detailJson);
  }
}
