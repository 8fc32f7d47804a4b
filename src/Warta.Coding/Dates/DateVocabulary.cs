using System.Globalization;
using Warta.Languages;

namespace Warta.Coding.Dates;

/// <summary>A relative expression of a language folder ("kemarin", "pekan lalu", "hari itu").</summary>
internal sealed record RelativeWord(string Unit, int Offset, bool AnchoredOnPrevious, string Rule);

/// <summary>A unit of time ("hari", "sebulan", "bertahun-tahun").</summary>
/// <param name="Count">Built-in count ("sehari" = 1), null when the word needs a number, NaN for "many".</param>
internal sealed record UnitWord(string Unit, int Size, double? Count);

/// <summary>A holiday on a fixed day of the Gregorian or the Hijri calendar.</summary>
internal sealed record HolidayWord(bool Hijri, int Month, int Day);

/// <summary>A part of a period ("awal", "pertengahan", "akhir").</summary>
internal sealed record PartWord(int FirstDay, int LastDay, int FirstMonth, int LastMonth);

/// <summary>
/// The date words of one language, read from <c>lang/&lt;code&gt;/dates/*.tsv</c>. All lookups are by
/// normalised form: lower case with single spaces.
/// </summary>
internal sealed class DateVocabulary
{
    public IReadOnlyDictionary<string, int> Months { get; }
    public IReadOnlyDictionary<string, int> Days { get; }
    public IReadOnlyDictionary<string, int> IslamicMonths { get; }
    public IReadOnlyDictionary<string, HolidayWord> Holidays { get; }
    public IReadOnlyDictionary<string, RelativeWord> Relative { get; }
    public IReadOnlyDictionary<string, double?> Numbers { get; }
    public IReadOnlyDictionary<string, UnitWord> Units { get; }
    public IReadOnlyDictionary<string, PartWord> Parts { get; }
    public IReadOnlyDictionary<string, string> DayParts { get; }
    public IReadOnlyDictionary<string, int> TimeZones { get; }
    public IReadOnlyList<string> Markers { get; }
    private readonly Dictionary<string, IReadOnlyList<string>> _keywords;

    /// <summary>The data files a language must have in its dates/ folder.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "months.tsv", "days.tsv", "islamic-months.tsv", "relative.tsv", "numbers.tsv", "units.tsv",
        "parts.tsv", "dayparts.tsv", "timezones.tsv", "markers.tsv", "keywords.tsv", "holidays.tsv",
    ];

    private DateVocabulary(string language)
    {
        TsvTable Table(string file) => DataFiles.ReadTable(DataFiles.LanguageFile(language, "dates/" + file));

        Months = NumberedNames(Table("months.tsv"), "month", 12);
        Days = NumberedNames(Table("days.tsv"), "day", 7);
        IslamicMonths = NumberedNames(Table("islamic-months.tsv"), "month", 12);

        var holidays = new Dictionary<string, HolidayWord>(StringComparer.Ordinal);
        foreach (var row in Table("holidays.tsv").Rows)
        {
            var calendar = row.Required("calendar");
            if (calendar is not ("gregorian" or "hijri"))
                throw new DataFileException(row.File, row.Line, $"calendar must be 'gregorian' or 'hijri', not '{calendar}'");
            var holiday = new HolidayWord(calendar == "hijri", Int(row, "month"), Int(row, "day"));
            if (holiday.Month is < 1 or > 12 || holiday.Day is < 1 or > 31)
                throw new DataFileException(row.File, row.Line, "month must be 1..12 and day 1..31");
            foreach (var name in row.List("names")) holidays[Normalise(name)] = holiday;
        }
        Holidays = holidays;

        var relative = new Dictionary<string, RelativeWord>(StringComparer.Ordinal);
        foreach (var row in Table("relative.tsv").Rows)
        {
            var unit = row.Required("unit");
            if (unit is not ("day" or "week" or "weekend" or "month" or "year" or "present" or "past" or "future" or "season"))
                throw new DataFileException(row.File, row.Line, $"unknown unit '{unit}'");
            var anchor = row.Required("anchor");
            if (anchor is not ("reference" or "previous"))
                throw new DataFileException(row.File, row.Line, $"anchor must be 'reference' or 'previous', not '{anchor}'");
            relative[Normalise(row.Required("phrase"))] =
                new RelativeWord(unit, (int)(row.Double("offset") ?? 0), anchor == "previous", "date:" + row.Required("rule"));
        }
        Relative = relative;

        var numbers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var row in Table("numbers.tsv").Rows) numbers[Normalise(row.Required("word"))] = row.Double("value");
        Numbers = numbers;

        var units = new Dictionary<string, UnitWord>(StringComparer.Ordinal);
        foreach (var row in Table("units.tsv").Rows)
        {
            var unit = row.Required("unit");
            if (unit is not ("moment" or "second" or "minute" or "hour" or "day" or "week" or "month" or "year"))
                throw new DataFileException(row.File, row.Line, $"unknown unit '{unit}'");
            var countCell = row["count"];
            double? count = countCell.Length == 0 ? null : countCell == "many" ? double.NaN : row.Double("count");
            var word = new UnitWord(unit, (int)(row.Double("size") ?? 1), count);
            foreach (var w in row.List("word")) units[Normalise(w)] = word;
        }
        Units = units;

        var parts = new Dictionary<string, PartWord>(StringComparer.Ordinal);
        foreach (var row in Table("parts.tsv").Rows)
        {
            var part = new PartWord(Int(row, "first_day"), Int(row, "last_day"), Int(row, "first_month"), Int(row, "last_month"));
            foreach (var w in row.List("words")) parts[Normalise(w)] = part;
        }
        Parts = parts;

        var dayParts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table("dayparts.tsv").Rows)
            foreach (var w in row.List("words")) dayParts[Normalise(w)] = row.Required("part");
        DayParts = dayParts;

        var zones = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Table("timezones.tsv").Rows) zones[Normalise(row.Required("zone"))] = Int(row, "utc_offset");
        TimeZones = zones;

        Markers = Table("markers.tsv").Rows.Select(r => Normalise(r.Required("marker"))).Distinct().ToArray();

        _keywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in Table("keywords.tsv").Rows)
            _keywords[row.Required("role")] = row.List("words").Select(Normalise).ToArray();
    }

    private static readonly Dictionary<string, DateVocabulary> Cache = new(StringComparer.Ordinal);

    public static DateVocabulary For(string language)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(language, out var vocabulary))
                Cache[language] = vocabulary = new DateVocabulary(language);
            return vocabulary;
        }
    }

    /// <summary>The words of a role in keywords.tsv; empty when the language has none.</summary>
    public IReadOnlyList<string> Keywords(string role) =>
        _keywords.TryGetValue(role, out var words) ? words : [];

    public bool IsKeyword(string role, string text) => Keywords(role).Contains(Normalise(text));

    /// <summary>Lower case, single spaces: the form every lookup uses.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static int Int(TsvRow row, string column) =>
        (int)(row.Double(column) ?? throw new DataFileException(row.File, row.Line, $"column '{column}' is empty"));

    private static Dictionary<string, int> NumberedNames(TsvTable table, string column, int count)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        foreach (var row in table.Rows)
        {
            var number = Int(row, column);
            if (number < 1 || number > count)
                throw new DataFileException(row.File, row.Line, $"{column} must be 1..{count}, not {number}");
            seen.Add(number);
            foreach (var name in row.List("names")) names[Normalise(name)] = number;
        }
        if (seen.Count != count) throw new DataFileException(table.File, 0, $"expected {count} rows of {column}s, found {seen.Count}");
        return names;
    }

}
