using System;

namespace Perspectief
{
    /// <summary>
    /// A moment read once, for many <see cref="Question"/>s: an instant and the offset it was
    /// written in (the offset decides the calendar date, and so ages and which toewijzingen run).
    /// The library reads it, so it is exactly as strict as a request's "at". Immutable.
    /// </summary>
    /// <example><code>var at = Moment.Parse("2026-06-02T09:30:00+02:00");</code></example>
    public sealed class Moment : IEquatable<Moment>
    {
        internal readonly long UtcSeconds;
        internal readonly int OffsetMinutes;

        private Moment(long utcSeconds, int offsetMinutes)
        {
            UtcSeconds = utcSeconds;
            OffsetMinutes = offsetMinutes;
        }

        /// <summary>Reads an RFC 3339 moment with an offset.</summary>
        /// <exception cref="InvalidArgumentException">the text is no RFC 3339 moment with an offset</exception>
        public static Moment Parse(string rfc3339)
        {
            var values = new long[2];
            PerspectiefNative.ppbind_moment_parse(Utf8.Text(rfc3339, "rfc3339"), values);
            return new Moment(values[0], (int)values[1]);
        }

        /// <summary>The moment of a DateTimeOffset, read as its RFC 3339 text would be.</summary>
        public static Moment Of(DateTimeOffset at)
        {
            return Parse(Moments.Format(at));
        }

        /// <summary>The moment at its own offset.</summary>
        public DateTimeOffset ToDateTimeOffset()
        {
            return DateTimeOffset.FromUnixTimeSeconds(UtcSeconds).ToOffset(TimeSpan.FromMinutes(OffsetMinutes));
        }

        /// <summary>Whether both are the same instant written at the same offset.</summary>
        public bool Equals(Moment other)
        {
            return other != null && other.UtcSeconds == UtcSeconds && other.OffsetMinutes == OffsetMinutes;
        }

        /// <inheritdoc/>
        public override bool Equals(object obj) { return Equals(obj as Moment); }

        /// <inheritdoc/>
        public override int GetHashCode() { return UtcSeconds.GetHashCode() * 31 + OffsetMinutes; }

        /// <summary>The RFC 3339 text.</summary>
        public override string ToString() { return Moments.Format(ToDateTimeOffset()); }
    }
}
