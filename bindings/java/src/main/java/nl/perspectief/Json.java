package nl.perspectief;

/** The canonical JSON form every language emits: sorted keys, no insignificant whitespace, UTF-8. */
public final class Json {
  private Json() {}

  /**
   * Rewrites any JSON text in canonical form.
   *
   * @param json the document as JSON text
   * @return the canonical JSON text
   * @throws JsonSyntaxException for text that is not JSON
   * @throws LimitExceededException for text larger or deeper than the limits
   */
  public static String canonicalize(String json) {
    return Utf8.decode(PerspectiefNative.pp_json_canonicalize(Utf8.json(json, "json")));
  }

  /**
   * As {@link #canonicalize(String)}, for UTF-8 bytes (which need not be valid UTF-8: the library
   * reports {@link InvalidUtf8Exception}).
   *
   * @param utf8 the document as UTF-8 bytes
   * @return the canonical JSON text
   */
  public static String canonicalize(byte[] utf8) {
    return Utf8.decode(PerspectiefNative.pp_json_canonicalize(Utf8.json(utf8, "json")));
  }
}
