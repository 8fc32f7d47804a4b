using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Ingest.Html;

/// <summary>Finds a full written date ("23 Oktober 2021", "Oct. 23, 2021", "23/10/2021") in a short text.</summary>
public static class WrittenDates
{
    private static readonly Lazy<(Dictionary<string, int> Months, Regex DayMonthYear, Regex MonthDayYear)> Data = new(Load);

    private static readonly Regex Numeric = new(@"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex Iso = new(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", RegexOptions.CultureInvariant);

    private static (Dictionary<string, int>, Regex, Regex) Load()
    {
        using var stream = typeof(WrittenDates).Assembly.GetManifestResourceStream("html/months.tsv")
            ?? throw new InvalidOperationException("embedded resource html/months.tsv is missing");
        using var reader = new StreamReader(stream);
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            months[cols[0]] = int.Parse(cols[1], CultureInfo.InvariantCulture);
        }
        var names = string.Join('|', months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var dmy = new Regex($@"(?<!\d)(\d{{1,2}})\s+({names})\.?,?\s+(\d{{4}})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var mdy = new Regex($@"\b({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return (months, dmy, mdy);
    }

    /// <summary>The number of every month name known (for the loader test).</summary>
    public static IReadOnlyDictionary<string, int> Months => Data.Value.Months;

    /// <summary>The first full date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text)
    {
        var (months, dmy, mdy) = Data.Value;
        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        void Consider(Match m, int y, int mo, int d)
        {
            if (m.Index < best.Index && Valid(y, mo, d)) best = (m.Index, new DateOnly(y, mo, d));
        }
        foreach (Match m in dmy.Matches(text))
            Consider(m, Int(m.Groups[3].Value), months[m.Groups[2].Value], Int(m.Groups[1].Value));
        foreach (Match m in mdy.Matches(text))
            Consider(m, Int(m.Groups[3].Value), months[m.Groups[1].Value], Int(m.Groups[2].Value));
        foreach (Match m in Numeric.Matches(text))
            Consider(m, Int(m.Groups[3].Value), Int(m.Groups[2].Value), Int(m.Groups[1].Value));
        foreach (Match m in Iso.Matches(text))
            Consider(m, Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value));
        return best.Date;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    internal static bool Valid(int y, int m, int d) =>
        y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
}
