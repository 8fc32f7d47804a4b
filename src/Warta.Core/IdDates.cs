using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Core;

/// <summary>
/// The day an article id carries as Unix seconds, as collections that stamp each item when they take it do
/// ("indosum-1503738468-jepang-beri-sanksi"): ten digits starting with 1 (2001 to 2033), set off from other digits,
/// read as a UTC day. Used only when neither the record nor its URL gives a date.
/// </summary>
public static partial class IdDates
{
    [GeneratedRegex(@"(?<![0-9])1[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UnixSeconds();

    public static DateOnly? From(string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var m = UnixSeconds().Match(id);
        return m.Success
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(long.Parse(m.Value, CultureInfo.InvariantCulture)).UtcDateTime)
            : null;
    }
}
