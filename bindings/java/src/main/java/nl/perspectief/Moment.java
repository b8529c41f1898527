package nl.perspectief;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A moment read once, for many {@link Question}s: an instant and the offset it was written in
 * (the offset decides the calendar date, and so ages and which toewijzingen run). The library
 * reads it, so it is exactly as strict as a request's {@code at}. Immutable.
 *
 * <pre>{@code
 * Moment at = Moment.parse("2026-06-02T09:30:00+02:00");
 * }</pre>
 */
public final class Moment {
  final long utcSeconds;
  final int offsetMinutes;

  private Moment(long utcSeconds, int offsetMinutes) {
    this.utcSeconds = utcSeconds;
    this.offsetMinutes = offsetMinutes;
  }

  /**
   * Reads an RFC 3339 moment with an offset.
   *
   * @param rfc3339 e.g. {@code "2026-06-02T09:30:00+02:00"}
   * @return the moment
   * @throws InvalidArgumentException when the text is no RFC 3339 moment with an offset
   */
  public static Moment parse(String rfc3339) {
    long[] values = new long[2];
    PerspectiefNative.ppbind_moment_parse(Utf8.text(rfc3339, "rfc3339"), values);
    return new Moment(values[0], (int) values[1]);
  }

  /**
   * @param at the moment, with its offset
   * @return it as a Moment, read as its RFC 3339 text would be
   * @throws InvalidArgumentException for a null moment
   */
  public static Moment of(OffsetDateTime at) {
    return parse(Moments.format(at));
  }

  /** {@return the moment as an OffsetDateTime at its own offset} */
  public OffsetDateTime toOffsetDateTime() {
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(utcSeconds), ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Moment m && m.utcSeconds == utcSeconds && m.offsetMinutes == offsetMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(utcSeconds, offsetMinutes);
  }

  /** {@return the RFC 3339 text} */
  @Override
  public String toString() {
    return Moments.format(toOffsetDateTime());
  }
}
