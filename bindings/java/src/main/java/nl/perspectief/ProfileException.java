package nl.perspectief;

/** A region profile or municipal settings document that cannot be used. */
public class ProfileException extends PerspectiefException {
  private static final long serialVersionUID = 1L;

  ProfileException(String message, String pointer, String detailJson) {
    super(ErrorCode.PROFILE, ErrorCode.PROFILE.number(), message, pointer, detailJson);
  }
}
