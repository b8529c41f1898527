using System;
using System.Globalization;

namespace Perspectief
{
    /// <summary>
    /// Moments between .NET and the library: RFC 3339 timestamps with an offset
    /// (2026-03-02T09:30:00+01:00) and ISO calendar dates (2026-03-02).
    /// </summary>
    /// <remarks>
    /// A DateTimeOffset is written with its own offset (the calendar date at that offset is what the
    /// rules use) and seconds always, the fraction only when there is one: the round-trip "o"
    /// format would write seven fraction digits, and the current culture's formats are no RFC 3339.
    /// </remarks>
    internal static class Moments
    {
        private static readonly string[] TimestampFormats =
        {
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        };

        internal static string Format(DateTimeOffset at)
        {
            string offset = at.Offset == TimeSpan.Zero ? "Z" : at.ToString("zzz", CultureInfo.InvariantCulture);
            return at.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + offset;
        }

        /// <summary>A timestamp the library wrote; null stays null.</summary>
        internal static DateTimeOffset? Timestamp(string text, string what)
        {
            if (text == null) return null;
            DateTimeOffset value;
            // RFC 3339 allows a lowercase 't' and 'z'; .NET's format strings do not.
            if (DateTimeOffset.TryParseExact(text.ToUpperInvariant(), TimestampFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out value))
            {
                return value;
            }
            throw PerspectiefException.Create(ErrorCode.InvalidArgument, what + " is not an RFC 3339 timestamp: '" + text + "'");
        }

        /// <summary>A calendar date the library wrote (YYYY-MM-DD), as a DateTime of kind Unspecified at midnight.</summary>
        internal static DateTime? Date(string text, string what)
        {
            if (text == null) return null;
            DateTime value;
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return value;
            }
            throw PerspectiefException.Create(ErrorCode.InvalidArgument, what + " is not an ISO date: '" + text + "'");
        }
    }
}
