using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Core;

/// <summary>The date a news URL carries in its path (/2021/10/23/, /20211023/, -2021-10-23-): mostly the day the page was published.</summary>
public static partial class UrlDates
{
    [GeneratedRegex(@"/(20\d{2}|19\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();

    public static DateOnly? From(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath : url;
        var m = PathDate().Match(path);
        if (!m.Success) return null;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return y is >= 1990 and <= 2100 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}
