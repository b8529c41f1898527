package nl.perspectief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Moments between Java and the library: RFC 3339 timestamps with an offset
 * ({@code 2026-03-02T09:30:00+01:00}) and ISO calendar dates ({@code 2026-03-02}).
 *
 * <p>{@code OffsetDateTime.toString()} leaves out zero seconds ({@code 09:30+01:00}), which RFC 3339
 * does not allow, so moments are always written with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}
 * (seconds always, a fraction only when there is one). The library never reads a clock: a moment
 * passed in keeps its offset, because the calendar date at that offset is what the rules use.
 */
final class Moments {
  private Moments() {}

  /** The RFC 3339 text of a moment; null stays null (the library reports a required one). */
  static String format(OffsetDateTime at) {
    return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
  }

  /** A timestamp the library wrote (always RFC 3339 with an offset); null stays null. */
  static OffsetDateTime timestamp(String text, String what) {
    if (text == null) return null;
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          what + " is not an RFC 3339 timestamp: '" + text + "'", "", null);
    }
  }

  /** A calendar date the library wrote ({@code YYYY-MM-DD}); null stays null. */
  static LocalDate date(String text, String what) {
    if (text == null) return null;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          what + " is not an ISO date: '" + text + "'", "", null);
    }
  }
}
