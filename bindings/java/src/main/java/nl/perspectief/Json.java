package nl.perspectief;

/** The canonical JSON form every language emits: sorted keys, no insignificant whitespace, UTF-8. */
public final class Json {
  private Json() {}

  /**
   * Rewrites any JSON text in canonical form.
   *
   * @throws JsonSyntaxException, LimitExceededException for text that is not acceptable JSON
   */
  public static String canonicalize(String json) {
    return Utf8.decode(PerspectiefNative.pp_json_canonicalize(Utf8.json(json, "json")));
  }

  /**
   * As {@link #canonicalize(String)}, for UTF-8 bytes (which need not be valid UTF-8: the library
   * reports {@link InvalidUtf8Exception}).
   */
  public static String canonicalize(byte[] utf8) {
    return Utf8.decode(PerspectiefNative.pp_json_canonicalize(Utf8.json(utf8, "json")));
  }
}
