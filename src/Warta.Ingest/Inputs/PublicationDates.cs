using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Ingest.Inputs;

/// <summary>Reads a publication date as an input states it.</summary>
public static partial class PublicationDates
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{1,2}:\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    /// <summary>
    /// Parses "2021-10-23", "2025-06-18T14:05+07:00", "2021-10-23T08:00:00Z", "2021-10-23 14:05:00", "20211023".
    /// For a date-time the calendar date written in it is kept (the outlet's local date), never shifted to UTC.
    /// </summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        var m = IsoStart().Match(s);
        if (!m.Success) m = Compact().Match(s);
        if (m.Success)
        {
            var y = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var d = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y == 0 ? 1 : y, mo) && y >= 1)
                return new DateOnly(y, mo, d);
            return null;
        }
        // Other full forms (RFC 1123 in feeds: "Sat, 23 Oct 2021 08:00:00 +0700"): keep the date as written.
        if (s.Any(char.IsLetter) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }
}
