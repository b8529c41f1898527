package nl.perspectief;

import java.nio.charset.StandardCharsets;

/**
 * Strings to and from the native layer, as standard UTF-8 bytes.
 *
 * <p>The C ABI takes NUL-terminated text, so a Java string holding U+0000 cannot be passed
 * unchanged: the library would silently see only the part before it (and could accept a
 * valid prefix of broken JSON). Such strings are refused here with a clear error instead.
 */
final class Utf8 {
  private Utf8() {}

  /** Encodes a JSON text argument; null stays null (the library reports a required one). */
  static byte[] json(String text, String what) {
    if (text == null) return null;
    if (text.indexOf('\0') >= 0) {
      // A raw U+0000 is never valid JSON text (RFC 8259 requires it escaped), so this is
      // the library's json_syntax error, raised before the text is cut short at the NUL.
      throw PerspectiefException.create(ErrorCode.JSON_SYNTAX,
          what + " contains a raw NUL character (U+0000), which JSON text cannot contain", "", null);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Encodes a JSON text given as bytes (for example read from a file); checked for NUL as above. */
  static byte[] json(byte[] utf8, String what) {
    if (utf8 == null) return null;
    for (byte b : utf8) {
      if (b == 0) {
        throw PerspectiefException.create(ErrorCode.JSON_SYNTAX,
            what + " contains a NUL byte, which JSON text cannot contain", "", null);
      }
    }
    return utf8;
  }

  /** Encodes a plain argument (an id, a pointer, a moment, a path, a format name). */
  static byte[] text(String text, String what) {
    if (text == null) return null;
    if (text.indexOf('\0') >= 0) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          what + " contains a NUL character (U+0000)", "", null);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Decodes bytes returned by the library (always valid UTF-8); null stays null. */
  static String decode(byte[] utf8) {
    return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
  }
}
