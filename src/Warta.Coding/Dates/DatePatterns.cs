using System.Buffers;
using System.Text.RegularExpressions;

namespace Warta.Coding.Dates;

/// <summary>The shapes a time expression can take; each has one regex built from a language's words.</summary>
internal enum PatternKind
{
    DayNameNumeric,   // Minggu (17/10/2021), Rabu (20/10), Selasa ( 31 / 10 ), Sabtu-Minggu (23-24/10)
    DayMonthYear,     // 17 Oktober 2021, Kamis, 20 Juni 2025, 17-23 Oktober 2021
    MonthDayYear,     // Oct. 17, 2021
    NumericDate,      // 17/10/2021, 2021-10-17
    Islamic,          // Ramadan 1446 H, 1 Syawal 1446 H
    Holiday,          // Natal 2021, jelang Lebaran, Idul Fitri 1445 H
    Relative,         // kemarin, pekan lalu, akhir tahun depan
    Count,            // dua hari lalu, sebulan kemudian, tiga jam
    MonthYear,        // Oktober 2021, awal Oktober 2021, bulan Maret
    DayName,          // Rabu, pada hari Jumat, Selasa lalu
    Clock,            // pukul 06.18 WIB
    ParenNumeric,     // ( 6 / 3 )
    DayOfMonth,       // tanggal 24
    Year,             // 2021, tahun 2014, akhir 2021
    Decade,           // tahun 1990-an
    Set,              // setiap tahun, tiap Senin
    DayPart,          // pagi itu, malam, Selasa sore (as an extension)
}

/// <summary>One compiled regex per pattern kind for one language. Priority = order of the enum (lower wins ties).</summary>
internal sealed class DatePatterns
{
    // No match time-out: a time-out depends on the machine's load, and the result of coding must not. The patterns are
    // alternations of words and digits with bounded quantifiers, every one anchored by a look-behind that admits one
    // start per word, and no two adjacent quantifiers over white space (",?" is folded into "(?:,\s*)?"), so a match
    // costs time linear in the range (DatePatternTests.Hostile_ranges_are_matched_in_linear_time).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string L = @"(?<![\p{L}\p{N}])";
    private const string R = @"(?![\p{L}\p{N}])";

    public IReadOnlyList<(PatternKind Kind, Regex Regex)> All { get; }

    /// <summary>For a pattern kind, words of which at least one must occur in a range for the pattern to match there.</summary>
    public IReadOnlyDictionary<PatternKind, SearchValues<string>> Anchors { get; }

    private static SearchValues<string> FirstWords(IEnumerable<string> keys) =>
        SearchValues.Create(keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")
            .Where(w => w.Length > 0).Select(w => w.TrimEnd('.')).Distinct().DefaultIfEmpty("\u0000").ToArray(), StringComparison.OrdinalIgnoreCase);
    public Regex Markers { get; }
    public Regex RangeGap { get; }
    public Regex JoinGap { get; }

    public DatePatterns(DateVocabulary v)
    {
        var month = Names(v.Months.Keys);
        var islamic = Names(v.IslamicMonths.Keys);
        var day = Names(v.Days.Keys);
        var dayFull = Names(v.Days.Keys.Where(n => !v.Days.Keys.Any(o => o.Length > n.Length && o.StartsWith(n, StringComparison.Ordinal))));
        var part = Alt(v.Parts.Keys);
        var range = Alt(v.Keywords("range"));
        var ord = v.Keywords("ordinal").Count > 0 ? $"(?:{Alt(v.Keywords("ordinal"))})?" : "";
        var trail = $@"(?:\s+(?<trail>{Alt(v.Keywords("past").Concat(v.Keywords("this")))}))?";
        var year = @"(?<y>(?:1[6-9]|2[01])\d\d)";
        var sep = @"\s*/\s*";
        var numeric = $@"\(\s*(?<a>\d{{1,2}})(?:\s*[-–]\s*(?<a2>\d{{1,2}}))?{sep}(?<b>\d{{1,2}})(?:{sep}(?<y>\d{{4}}|\d{{2}}))?\s*\)";
        var dmyDay = $@"(?:(?<dn>{day})\s*(?:,\s*)?)?(?:(?<dw>{Alt(v.Keywords("date-word"))})\.?\s+)?";
        var dirAll = Alt(v.Keywords("past").Concat(v.Keywords("future")).Concat(v.Keywords("after")).Concat(v.Keywords("before")).Concat(v.Keywords("duration-tail")));
        var needNumber = Alt(v.Units.Where(u => u.Value.Count is null).Select(u => u.Key));
        var counted = Alt(v.Units.Where(u => u.Value.Count is not null).Select(u => u.Key));
        var numberWords = Alt(v.Numbers.Keys);
        var order = v.Keywords("date-order");

        var list = new List<(PatternKind, string)>
        {
            (PatternKind.DayNameNumeric, $@"{L}(?<dn>{day})(?:\s*[-–]\s*(?<dn2>{day}))?\s*(?:,\s*)?(?:{numeric}|(?<a>\d{{1,2}})/(?<b>\d{{1,2}})(?:/(?<y>\d{{4}}))?(?![.,/]?\d)){trail}{R}"),
            (PatternKind.DayMonthYear, $@"{L}{dmyDay}(?<d>\d{{1,2}}){ord}(?:\s*(?:{range})\s*(?<d2>\d{{1,2}}){ord})?\s+(?<mon>{month})(?:\s*(?:{range})\s*(?<d3>\d{{1,2}}){ord}\s+(?<mon2>{month}))?(?:\s*(?:,\s*)?{year})?(?![.,]?\d){trail}{R}"),
            (PatternKind.NumericDate, $@"{L}(?:(?<a>\d{{1,2}})([/.\-])(?<b>\d{{1,2}})\1{year}|{year}-(?<m>\d{{2}})-(?<d>\d{{2}})){R}"),
            (PatternKind.Islamic, $@"{L}(?:(?<d>\d{{1,2}})\s+)?(?:(?<part>{part})\s+)?(?:(?<mw>{Alt(v.Keywords("month-word"))})\s+)?(?<hm>{islamic})(?:\s+(?<hy>\d{{3,4}})(?:\s*(?<era>{Alt(v.Keywords("era"))}))?)?{R}"),
            (PatternKind.Holiday, $@"{L}(?<hol>{Alt(v.Holidays.Keys)})(?:\s+(?<y>\d{{4}})(?:\s*(?<era>{Alt(v.Keywords("era"))}))?)?{R}"),
            (PatternKind.Relative, $@"{L}(?:(?<part>{part})(?:\s+|-))?(?<rel>{Alt(v.Relative.Keys)}){R}"),
            (PatternKind.Count, $@"{L}(?:(?:\d+\s*(?:{range})\s*)?(?<n>\d+(?:[.,]\d+)?|{numberWords})\s+(?<unit>{needNumber})|(?<cu>{counted}))(?:\s+(?<dir>{dirAll}))?{R}"),
            (PatternKind.MonthYear, $@"{L}(?:(?<part>{part})(?:\s+|-))?(?:(?<mw>{Alt(v.Keywords("month-word"))})\s+)?(?<mon>{month})(?:\s*(?:,\s*)?{year})?(?![.,]?\d){trail}{R}"),
            (PatternKind.DayName, $@"{L}(?:(?<pre>{Alt(v.Keywords("past-before").Concat(v.Keywords("future-before")).Concat(v.Keywords("this-before")))})\s+)?(?:(?<hw>{Alt(v.Keywords("day-word"))})\s+)?(?<dn>{dayFull})(?:\s+(?<dir>{Alt(v.Keywords("past").Concat(v.Keywords("future")).Concat(v.Keywords("this")))}))?{R}"),
            (PatternKind.Clock, $@"{L}(?:(?<approx>{Alt(v.Keywords("approx"))})\s+)?(?:(?<cw>{Alt(v.Keywords("clock-word"))})\.?\s*(?<h>\d{{1,2}})(?:[.:](?<mi>\d{{2}}))?|(?<![\d.,])(?<h>\d{{1,2}})[.:](?<mi>\d{{2}})(?=\s*(?:{Alt(v.TimeZones.Keys)}){R}))(?:\s*(?<ampm>{Alt(v.Keywords("ampm"))}))?(?:\s*(?<tz>{Alt(v.TimeZones.Keys)}))?(?:\s+(?<local>{Alt(v.Keywords("local-time"))}))?(?:\s+(?<dp>{Alt(v.DayParts.Keys)}))?(?!\w)"),
            (PatternKind.ParenNumeric, numeric),
            (PatternKind.DayOfMonth, $@"{L}(?<dw>{Alt(v.Keywords("date-word"))})\.?\s+(?<d>\d{{1,2}})(?![.,:/]?\d){trail}{R}"),
            (PatternKind.Year, $@"{L}(?<![\d][.,])(?:(?<part>{part})(?:\s+|-))?(?:(?<yw>{Alt(v.Keywords("year-word"))})\s+)?{year}(?![.,]?\d){trail}{R}"),
            (PatternKind.Decade, $@"{L}(?:(?<yw>{Alt(v.Keywords("year-word"))})\s+)?(?<dec>(?:1[6-9]|20)?\d0)'?(?:{Alt(v.Keywords("decade-suffix"))}){R}"),
            (PatternKind.Set, $@"{L}(?<every>{Alt(v.Keywords("every"))})\s+(?:{Alt(v.Units.Keys)}|{dayFull}|{Alt(v.DayParts.Keys)}|{month}){R}"),
            (PatternKind.DayPart, $@"{L}(?<dp>{Alt(v.DayParts.Keys)})(?:\s+(?<dir>{Alt(v.Keywords("this"))}))?{R}"),
        };
        if (order.Contains("mdy"))
            list.Add((PatternKind.MonthDayYear, $@"{L}(?:(?<dn>{day})\s*(?:,\s*)?)?(?<mon>{month})\s+(?<d>\d{{1,2}}){ord}(?:\s*(?:{range})\s*(?<d2>\d{{1,2}}){ord})?(?:\s*(?:,\s*)?{year})?(?![.,:]?\d){R}"));
        if (!order.Contains("dmy")) list.RemoveAll(p => p.Item1 == PatternKind.DayMonthYear);

        All = list.Select(p => (p.Item1, new Regex(p.Item2, Options))).ToArray();

        // Cheap pre-checks: a pattern runs on a range only when a word it cannot match without is there.
        var digits = SearchValues.Create(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], StringComparison.Ordinal);
        Anchors = new Dictionary<PatternKind, SearchValues<string>>
        {
            [PatternKind.DayNameNumeric] = FirstWords(v.Days.Keys),
            [PatternKind.DayMonthYear] = FirstWords(v.Months.Keys),
            [PatternKind.MonthYear] = FirstWords(v.Months.Keys),
            [PatternKind.MonthDayYear] = FirstWords(v.Months.Keys),
            [PatternKind.Islamic] = FirstWords(v.IslamicMonths.Keys),
            [PatternKind.Holiday] = FirstWords(v.Holidays.Keys),
            [PatternKind.Relative] = FirstWords(v.Relative.Keys),
            [PatternKind.DayName] = FirstWords(v.Days.Keys),
            [PatternKind.DayOfMonth] = FirstWords(v.Keywords("date-word")),
            [PatternKind.Set] = FirstWords(v.Keywords("every")),
            [PatternKind.DayPart] = FirstWords(v.DayParts.Keys),
            // A count needs its unit ("tiga hari", "sepekan"); a clock time its clock word or its time zone ("pukul 10.00", "06.18 WIB").
            [PatternKind.Count] = FirstWords(v.Units.Keys),
            [PatternKind.Clock] = FirstWords(v.Keywords("clock-word").Concat(v.TimeZones.Keys)),
            [PatternKind.NumericDate] = digits,
            [PatternKind.ParenNumeric] = digits,
            [PatternKind.Year] = digits,
            [PatternKind.Decade] = digits,
        };
        // A marker may be glued to the outlet's name by scraping ("dilansirAFP, Jumat (20/6/2025)").
        Markers = new Regex($@"{L}(?:{Alt(v.Markers)})(?:{R}|(?=\p{{Lu}}))", Options);
        RangeGap = new Regex($@"^\s*(?:{range})\s*$", Options);
        JoinGap = new Regex($@"^[\s,]*(?:(?:{Alt(v.Keywords("on"))})\s+)?$", Options);
    }

    /// <summary>An alternation of words, longest first, spaces matching any run of white space; never matches when empty.</summary>
    internal static string Alt(IEnumerable<string> words)
    {
        var items = words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")).ToArray();
        return items.Length == 0 ? "(?!)" : string.Join('|', items);
    }

    /// <summary>Names; an abbreviation's full stop belongs to the name when a number or comma follows ("Okt. 2021", "Oct. 17").</summary>
    private static string Names(IEnumerable<string> names)
    {
        var items = names.Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+") + @"(?:\.(?=\s*[\d,]))?").ToArray();
        return items.Length == 0 ? "(?!)" : string.Join('|', items);
    }
}
