using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Warta.Core;

namespace Warta.Coding.Dates;

/// <summary>
/// Finds time expressions in text and normalises them against the article's reference date.
/// The words and shapes of dates come from the language folder (<c>lang/&lt;code&gt;/dates/*.tsv</c>);
/// this class never names a language. It never reads the clock.
/// </summary>
/// <remarks>
/// Every expression found is returned, including ones without a calendar value: durations
/// ("tiga hari", rule <c>date:duration</c>) and vague references ("saat ini", <c>date:relative-present</c>)
/// come back with <see cref="DatePrecision.Unknown"/>. Callers that need a date filter on the precision.
/// Clock times ("pukul 06.18 WIB") and parts of the day ("sore") are joined to the day expression
/// next to them; the value stays a date.
/// </remarks>
public sealed class DateRecognizer
{
    private static readonly ConcurrentDictionary<string, Lazy<DateRecognizer>> Cache = new(StringComparer.Ordinal);
    private static readonly Regex SentenceBreak = new(@"[.!?]\s|[;:""“”]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private readonly DateVocabulary _words;
    private readonly DatePatterns _patterns;
    private readonly bool _dayFirst;

    /// <summary>The files every language's <c>dates/</c> folder must hold.</summary>
    public static IReadOnlyList<string> DataFileNames => DateVocabulary.Files;

    /// <summary>The language folder this recogniser reads.</summary>
    public string Language { get; }

    private DateRecognizer(string language)
    {
        Language = language;
        _words = DateVocabulary.For(language);
        _patterns = new DatePatterns(_words);
        _dayFirst = !_words.Keywords("numeric-order").Contains("md");
    }

    /// <summary>The recogniser of a language (built once, then shared; thread-safe).</summary>
    public static DateRecognizer For(string language) => Cache.GetOrAdd(language, l => new Lazy<DateRecognizer>(() => new DateRecognizer(l))).Value;

    /// <summary>
    /// Every time expression inside <paramref name="range"/> of <paramref name="text"/>, in text order.
    /// Spans are offsets into <paramref name="text"/>. Relative expressions are resolved against
    /// <paramref name="reference"/>; without one they get precision Unknown.
    /// </summary>
    public IReadOnlyList<TimeExpression> Find(string text, Span range, DateOnly? reference) =>
        Recognise(text, range, reference).Select(f => new TimeExpression(f.Span, f.Value, f.IsReportDate)).ToArray();

    /// <summary>The latest date written in full (day, month and year) in the given spans, or null.</summary>
    public DateOnly? LatestFullDate(string text, IEnumerable<Span> spans)
    {
        DateOnly? latest = null;
        foreach (var span in spans)
            foreach (var found in Recognise(text, span, null))
            {
                if (!found.Full || found.Value.Date is not { } date) continue;
                var last = found.Value.End is { } end && end > date ? end : date;
                if (latest is null || last > latest) latest = last;
            }
        return latest;
    }

    /// <summary>
    /// For an article with no date and no full date in its text: the latest "Rabu (3/5)"-style day, in the first
    /// year, from the latest year the text mentions on, in which every such day falls on its named weekday
    /// ("Senin (8/5)" and "Rabu (3/5)" after "pada 2014" → 2017). Null when the text names no year or no year fits.
    /// </summary>
    public DateOnly? InferredReference(string text, IEnumerable<Span> spans)
    {
        var days = new List<(int Weekday, int Month, int Day)>();
        var latestYear = 0;
        foreach (var span in spans)
            foreach (var found in Recognise(text, span, null))
            {
                if (found.Value.Date is { } date) latestYear = Math.Max(latestYear, date.Year);
                var m = found.Match;
                if (found.Kind != PatternKind.DayNameNumeric || m.Groups["y"].Success || !_words.Days.TryGetValue(Key(m, "dn"), out var weekday)) continue;
                int day, month;
                if (m.Groups["m"].Success) { day = Int(m, "d"); month = Int(m, "m"); }
                else if (_dayFirst) { day = Int(m, "a"); month = Int(m, "b"); }
                else { month = Int(m, "a"); day = Int(m, "b"); }
                days.Add((weekday, month, day));
            }
        if (latestYear == 0 || days.Count == 0) return null;
        // The latest year named, then the year before it (a report names the year ahead: "hingga akhir 2018" in a 2017
        // story), then the years after it. A weekday falls on the same date again only five or more years later, so
        // the year before cannot take the place of the year after.
        foreach (var year in (int[])[latestYear, latestYear - 1, .. Enumerable.Range(latestYear + 1, MaxYearsAfterMention)])
        {
            var dates = days.Select(d => Valid(year, d.Month, d.Day)).ToList();
            if (dates.All(d => d is { } v && IsoDay(v) == days[dates.IndexOf(d)].Weekday)) return dates.Max();
        }
        return null;
    }

    private const int MaxYearsAfterMention = 12;

    private enum Role { Date, Clock, DayPart, Other }

    private sealed class Found(Span span, PatternKind kind, Match match)
    {
        public Span Span { get; set; } = span;
        public PatternKind Kind { get; } = kind;
        public Match Match { get; } = match;
        public Role Role { get; set; } = Role.Date;
        public EventDate Value { get; set; } = EventDate.Unknown;
        public bool Full { get; set; }
        public bool IsReportDate { get; set; }
    }

    private List<Found> Recognise(string text, Span range, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);

        // 1. Every match of every pattern.
        var candidates = new List<Found>();
        foreach (var (kind, regex) in _patterns.All)
        {
            if (_patterns.Anchors.TryGetValue(kind, out var anchor) && text.AsSpan(start, end - start).IndexOfAny(anchor) < 0) continue;
            for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
                if (m.Length > 0 && Plausible(kind, m, text))
                    candidates.Add(new Found(new Span(m.Index, m.Index + m.Length), kind, m));
        }

        // 2. Longest match wins; ties go to the more specific pattern.
        var chosen = new List<Found>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Kind).ThenBy(c => c.Span.Start))
            if (!chosen.Any(o => o.Span.Overlaps(c.Span))) chosen.Add(c);
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // 3. Values, in text order (an anaphoric expression needs the day mentioned before it).
        DateOnly? previousDay = null;
        var resolved = new List<Found>();
        foreach (var f in chosen)
        {
            if (!Resolve(f, text, reference, previousDay)) continue;
            resolved.Add(f);
            if (f.Role == Role.Date && f.Value is { Precision: DatePrecision.Day, Date: { } day }) previousDay = day;
        }

        // A clock time or part of day with no day before it in the range takes the first day after it
        // ("pukul 06.18 WIB pesawat hilang kontak, Minggu (28/12/2014)") before falling back on the reference.
        for (var i = 0; i < resolved.Count; i++)
        {
            if (resolved[i].Kind is not (PatternKind.Clock or PatternKind.DayPart) || previousDayOf(i) is not null) continue;
            var next = resolved.Skip(i + 1).FirstOrDefault(g => g.Role == Role.Date && g.Value is { Precision: DatePrecision.Day, Date: not null });
            if (next is not null)
                resolved[i].Value = Day(next.Value.Date!.Value, null, resolved[i].Span, resolved[i].Kind == PatternKind.Clock ? "date:clock-following" : "date:daypart-following");
        }

        DateOnly? previousDayOf(int index) =>
            resolved.Take(index).LastOrDefault(g => g.Role == Role.Date && g.Value is { Precision: DatePrecision.Day, Date: not null })?.Value.Date;

        // 4. Join a day with its clock time or part of day, and two days joined by a range word.
        var merged = new List<Found>();
        foreach (var f in resolved)
        {
            if (merged.Count > 0 && Join(merged[^1], f, text)) continue;
            merged.Add(f);
        }
        foreach (var f in merged.Where(f => f.Role == Role.DayPart)) f.Role = Role.Date;

        // 5. Dates of reports ("dilansir AFP, Kamis (21/10/2021)").
        for (var i = 0; i < merged.Count; i++)
            if (merged[i].Role == Role.Date && merged[i].Value.Date is not null)
                merged[i].IsReportDate = FollowsReportingMarker(text, start, merged[i], i > 0 ? merged[i - 1].Span.End : start);
        return merged;
    }

    private bool Plausible(PatternKind kind, Match m, string text) => kind switch
    {
        PatternKind.MonthYear => m.Groups["part"].Success || m.Groups["mw"].Success || m.Groups["y"].Success,
        // A day name on its own must be written as a name (capital letter): "minggu" is also "week".
        PatternKind.DayName => char.IsUpper(text[m.Groups["dn"].Index]),
        // Holidays are names too ("Natal" is Christmas, "tanah natal" a birthplace).
        PatternKind.Holiday => char.IsUpper(text[m.Index]),
        // "Rp 2000" and "Pasal 1945" are not years.
        PatternKind.Year => m.Groups["yw"].Success || m.Groups["part"].Success || !_words.IsKeyword("not-before-year", WordBefore(text, m.Index)),
        PatternKind.Clock => Int(m, "h") <= 24 && (!m.Groups["mi"].Success || Int(m, "mi") < 60),
        // "beberapa saat" is a while; "2014 saat ia menjabat" is a year and a conjunction.
        PatternKind.Count => !(m.Groups["unit"].Success && _words.Units[Key(m, "unit")].Unit == "moment" && char.IsDigit(m.Groups["n"].Value[0])),
        // "tahun 60-an" is a decade, "level 60-an dollar" is not.
        PatternKind.Decade => m.Groups["yw"].Success || m.Groups["dec"].Length == 4,
        // "makan malam" is a meal, not a time.
        PatternKind.DayPart => m.Groups["dir"].Success || !_words.IsKeyword("daypart-not-after", WordBefore(text, m.Index)),
        _ => true,
    };

    /// <summary>The word (letters only) just before a position, skipping spaces and an abbreviation's full stop.</summary>
    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > 0 && text[end - 1] == '.') end--; // "Rp. 2000", "No. 1945"
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    private bool Join(Found a, Found b, string text)
    {
        var gap = text[a.Span.End..b.Span.Start];
        var adjacent = _patterns.JoinGap.IsMatch(gap);
        Found? keep = null;
        if (adjacent && a.Role == Role.Date && b.Role is Role.Clock or Role.DayPart) keep = a;
        else if (adjacent && a.Role == Role.Clock && b.Role == Role.DayPart) keep = a;
        else if (adjacent && a.Role == Role.Clock && b.Role == Role.Date && b.Value.Precision == DatePrecision.Day) keep = b;
        else if (gap.Trim().Length == 0 && a.Role == Role.Date && a.Kind != PatternKind.Relative && a.Value.Precision == DatePrecision.Day
                 && b.Kind == PatternKind.Relative && b.Value.Precision == DatePrecision.Day && b.Value.End is null)
            keep = a; // "Minggu (28/12/2014) pukul 06.18 WIB kemarin": the written date wins
        else if (a.Role == Role.Date && b.Role == Role.Date && a.Value is { Precision: not DatePrecision.Unknown, Date: { } from }
                 && b.Value is { Date: { } to } && b.Value.Precision == a.Value.Precision && to > from && _patterns.RangeGap.IsMatch(gap))
        {
            a.Value = new EventDate(from, b.Value.End ?? to, a.Value.Precision, null, "date:range");
            a.Full = a.Full && b.Full;
            keep = a;
        }
        if (keep is null) return false;
        a.Span = new Span(a.Span.Start, b.Span.End);
        if (!ReferenceEquals(keep, a)) { a.Value = keep.Value; a.Role = keep.Role; a.Full = keep.Full; }
        a.Value = a.Value with { Span = a.Span };
        return true;
    }

    private bool FollowsReportingMarker(string text, int rangeStart, Found f, int previousEnd)
    {
        var from = Math.Max(Math.Max(rangeStart, previousEnd), f.Span.Start - 120);
        Match? last = null;
        for (var m = _patterns.Markers.Match(text, from, f.Span.Start - from); m.Success; m = m.NextMatch()) last = m;
        if (last is null) return false;
        var gap = text[(last.Index + last.Length)..f.Span.Start];
        if (SentenceBreak.IsMatch(gap)) return false;
        var trimmed = gap.TrimEnd();
        if (trimmed.Length == 0 || trimmed.EndsWith(',')) return true;
        var lastWord = DateVocabulary.Normalise(trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        return _words.Keywords("on").Contains(lastWord);
    }

    // ---- values -------------------------------------------------------------------------------

    private bool Resolve(Found f, string text, DateOnly? reference, DateOnly? previousDay)
    {
        try
        {
            var resolved = ResolveValue(f, text, reference, previousDay);
            if (resolved && f.Kind == PatternKind.DayNameNumeric) CorrectSlip(f, reference);
            return resolved;
        }
        catch (ArgumentOutOfRangeException)
        {
            // A value beyond the calendar (years 1–9999): "kemarin" in an article dated 0001-01-01, "besok" after
            // 31/12/9999. No such day exists, so the expression gives no date.
            return false;
        }
    }

    /// <summary>
    /// "Jumat, (13/5/2025)" in a report of 18 June 2025: the day name and the numbers disagree, and 13 June, a
    /// Friday, is days before the report. When the numbers name a day far from the reference and another reading
    /// of them (the reference's month or the one before, or day and month swapped) falls on the named weekday
    /// within the three weeks before the reference, that reading is the date meant.
    /// </summary>
    private void CorrectSlip(Found f, DateOnly? reference)
    {
        if (reference is not { } r || f.Value is not { Precision: DatePrecision.Day, Date: { } date, End: null }) return;
        if (!_words.Days.TryGetValue(Key(f.Match, "dn"), out var weekday) || IsoDay(date) == weekday) return;
        if (Math.Abs(date.DayNumber - r.DayNumber) <= 21) return;
        var previous = r.AddMonths(-1);
        DateOnly?[] readings =
        [
            Valid(r.Year, r.Month, date.Day), Valid(previous.Year, previous.Month, date.Day),
            Valid(date.Year, date.Day, date.Month), Valid(r.Year, date.Day, date.Month),
        ];
        var fit = readings.OfType<DateOnly>()
            .Where(d => IsoDay(d) == weekday && d <= r.AddDays(2) && d >= r.AddDays(-21))
            .OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).FirstOrDefault();
        if (fit != default) { f.Value = f.Value with { Date = fit, Rule = f.Value.Rule + "+weekday-slip" }; return; }
        // "Jumat (5/3)" in a report of Saturday 3 June: no reading of numbers without a year fits, so the
        // day name alone is kept, read as the latest such weekday up to the reference.
        if (f.Match.Groups["y"].Success) return;
        var back = ((IsoDay(r) - weekday) % 7 + 7) % 7;
        f.Value = f.Value with { Date = r.AddDays(-back), Rule = f.Value.Rule + "+weekday-only" };
    }

    private bool ResolveValue(Found f, string text, DateOnly? reference, DateOnly? previousDay)
    {
        var m = f.Match;
        var rule = f.Kind == PatternKind.DayNameNumeric ? "date:dayname-paren" : "date:paren";
        switch (f.Kind)
        {
            case PatternKind.DayNameNumeric:
            case PatternKind.ParenNumeric:
            case PatternKind.NumericDate:
            {
                int day, month;
                if (m.Groups["m"].Success) { day = Int(m, "d"); month = Int(m, "m"); }
                else if (_dayFirst) { day = Int(m, "a"); month = Int(m, "b"); }
                else { month = Int(m, "a"); day = Int(m, "b"); }
                if (month is < 1 or > 12 || day < 1 || day > 31) return false;
                if (f.Kind == PatternKind.NumericDate) rule = "date:numeric";
                // "(23-24/10)": a range of days, when the day comes first.
                int? endDay = m.Groups["a2"].Success && _dayFirst ? Int(m, "a2") : null;
                if (m.Groups["a2"].Success && !_dayFirst) return false;
                if (m.Groups["y"].Success)
                {
                    var year = ExpandYear(m.Groups["y"].Value, reference);
                    if (Valid(year, month, day) is not { } date) return false;
                    DateOnly? last = endDay is { } ed ? Valid(year, month, ed) : null;
                    if (endDay is not null && (last is null || last <= date)) return false;
                    f.Value = Day(date, last, f.Span, rule);
                    f.Full = true;
                    return true;
                }
                return DayWithoutYear(f, month, day, endDay is null ? null : month, endDay, reference, Direction(m), rule);
            }
            case PatternKind.DayMonthYear:
            case PatternKind.MonthDayYear:
            {
                var month = _words.Months[Key(m, "mon")];
                var day = Int(m, "d");
                int? endDay = m.Groups["d2"].Success ? Int(m, "d2") : m.Groups["d3"].Success ? Int(m, "d3") : null;
                int? endMonth = m.Groups["mon2"].Success ? _words.Months[Key(m, "mon2")] : endDay is null ? null : month;
                rule = endDay is null ? "date:day-month" : "date:day-range";
                if (m.Groups["y"].Success)
                {
                    var year = Int(m, "y");
                    if (Valid(year, month, day) is not { } date) return false;
                    DateOnly? last = endDay is { } ed ? Valid(endMonth < month ? year + 1 : year, endMonth!.Value, ed) : null;
                    if (endDay is not null && (last is null || last < date)) return false;
                    f.Value = Day(date, last, f.Span, endDay is null ? "date:day-month-year" : rule);
                    f.Full = true;
                    return true;
                }
                return DayWithoutYear(f, month, day, endMonth, endDay, reference, Direction(m), rule);
            }
            case PatternKind.DayOfMonth:
            {
                var day = Int(m, "d");
                if (day is < 1 or > 31) return false;
                if (reference is not { } r) { f.Value = Unknown(f.Span, "date:day-of-month"); return true; }
                var direction = Direction(m);
                DateOnly? best = null; var bestScore = int.MaxValue;
                for (var k = -1; k <= 1; k++)
                {
                    var month = r.AddMonths(k);
                    if (Valid(month.Year, month.Month, day) is not { } d) continue;
                    var score = Score(d, d, r, direction);
                    if (score < bestScore) { best = d; bestScore = score; }
                }
                if (best is null) return false;
                f.Value = Day(best.Value, null, f.Span, "date:day-of-month");
                return true;
            }
            case PatternKind.MonthYear:
            {
                var month = _words.Months[Key(m, "mon")];
                var part = m.Groups["part"].Success ? _words.Parts[Key(m, "part")] : null;
                rule = part is not null ? "date:part-month" : m.Groups["y"].Success ? "date:month-year" : "date:month";
                int year;
                if (m.Groups["y"].Success) year = Int(m, "y");
                else if (reference is { } r)
                    year = ChooseYear(y => new DateOnly(y, month, 1), y => MonthEnd(y, month), r, Direction(m)) ?? r.Year;
                else { f.Value = Unknown(f.Span, rule); return true; }
                f.Value = MonthValue(year, month, part, f.Span, rule);
                return true;
            }
            case PatternKind.Year:
            {
                var year = Int(m, "y");
                var part = m.Groups["part"].Success ? _words.Parts[Key(m, "part")] : null;
                f.Value = YearValue(year, part, f.Span, part is null ? "date:year" : "date:part-year");
                return true;
            }
            case PatternKind.Decade:
            {
                var value = Int(m, "dec");
                var decade = value >= 100 ? value : reference is { } r && 2000 + value <= r.Year ? 2000 + value : 1900 + value;
                f.Value = new EventDate(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), DatePrecision.Year, f.Span, "date:decade");
                return true;
            }
            case PatternKind.Islamic:
                return ResolveIslamic(f, reference);
            case PatternKind.Holiday:
                return ResolveHoliday(f, reference);
            case PatternKind.Relative:
                return ResolveRelative(f, reference, previousDay);
            case PatternKind.Count:
                return ResolveCount(f, reference, previousDay);
            case PatternKind.DayName:
            {
                var target = _words.Days[Key(m, "dn")];
                var word = m.Groups["pre"].Success ? Key(m, "pre") : m.Groups["dir"].Success ? Key(m, "dir") : "";
                var last = _words.Keywords("past").Contains(word) || _words.Keywords("past-before").Contains(word);
                var next = _words.Keywords("future").Contains(word) || _words.Keywords("future-before").Contains(word);
                rule = last ? "date:dayname-last" : next ? "date:dayname-next" : "date:dayname";
                if (reference is not { } r) { f.Value = Unknown(f.Span, rule); return true; }
                var today = IsoDay(r);
                DateOnly date;
                if (next) { var ahead = (target - today + 7) % 7; date = r.AddDays(ahead == 0 ? 7 : ahead); }
                else { var back = (today - target + 7) % 7; date = r.AddDays(-(back == 0 && last ? 7 : back)); }
                f.Value = Day(date, null, f.Span, rule);
                return true;
            }
            case PatternKind.Clock:
                f.Role = Role.Clock;
                f.Value = Anchored(f.Span, previousDay, reference, "date:clock");
                return true;
            case PatternKind.DayPart:
                // Joined to a day next to it ("Selasa sore"); else the day mentioned last ("pagi itu", "semakin malam").
                // Alone it is anaphoric like "hari itu": without a day in the range it has no value.
                f.Role = Role.DayPart;
                f.Value = Anchored(f.Span, previousDay, null, "date:daypart");
                return true;
            case PatternKind.Set:
                f.Role = Role.Other;
                f.Value = Unknown(f.Span, "date:set");
                return true;
        }
        return false;
    }

    private bool DayWithoutYear(Found f, int month, int day, int? endMonth, int? endDay, DateOnly? reference, int direction, string rule)
    {
        if (reference is not { } r) { f.Value = Unknown(f.Span, rule); return Valid(2000, month, day) is not null; }
        var year = ChooseYear(y => Valid(y, month, day), y => endDay is { } ed ? Valid(endMonth < month ? y + 1 : y, endMonth!.Value, ed) ?? Valid(y, month, day) : Valid(y, month, day), r, direction);
        if (year is not { } y || Valid(y, month, day) is not { } date) return false;
        DateOnly? last = endDay is { } e ? Valid(endMonth < month ? y + 1 : y, endMonth!.Value, e) : null;
        if (endDay is not null && (last is null || last < date)) return false;
        f.Value = Day(date, last, f.Span, rule);
        return true;
    }

    private bool ResolveRelative(Found f, DateOnly? reference, DateOnly? previousDay)
    {
        var word = _words.Relative[Key(f.Match, "rel")];
        var part = f.Match.Groups["part"].Success ? _words.Parts[Key(f.Match, "part")] : null;
        if (word.Unit is "present" or "past" or "future" or "season")
        {
            f.Role = Role.Other;
            f.Value = Unknown(f.Span, word.Rule);
            return true;
        }
        // "hari itu" needs a day mentioned before it in the range; the reference date is not that day.
        var anchor = word.AnchoredOnPrevious ? previousDay : reference;
        if (anchor is not { } a) { f.Value = Unknown(f.Span, word.Rule); return true; }
        var rule = part is null ? word.Rule : word.Rule.Replace("date:", "date:part-", StringComparison.Ordinal);
        switch (word.Unit)
        {
            case "day":
                f.Value = Day(a.AddDays(word.Offset), null, f.Span, word.Rule);
                break;
            case "week":
            case "weekend":
            {
                var monday = a.AddDays(1 - IsoDay(a) + 7 * word.Offset);
                f.Value = word.Unit == "week"
                    ? Day(monday, monday.AddDays(6), f.Span, word.Rule)
                    : Day(monday.AddDays(5), monday.AddDays(6), f.Span, word.Rule);
                break;
            }
            case "month":
            {
                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(word.Offset);
                f.Value = MonthValue(first.Year, first.Month, part, f.Span, rule);
                break;
            }
            case "year":
                f.Value = YearValue(a.Year + word.Offset, part, f.Span, rule);
                break;
        }
        return true;
    }

    private bool ResolveCount(Found f, DateOnly? reference, DateOnly? previousDay)
    {
        var m = f.Match;
        UnitWord unit;
        double? count;
        if (m.Groups["cu"].Success) { unit = _words.Units[Key(m, "cu")]; count = unit.Count; }
        else
        {
            unit = _words.Units[Key(m, "unit")];
            var n = m.Groups["n"].Value;
            count = double.TryParse(n.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : _words.Numbers.TryGetValue(DateVocabulary.Normalise(n), out var w) ? w : null;
        }
        var dir = m.Groups["dir"].Success ? Key(m, "dir") : "";
        int sign; bool anchored;
        if (_words.Keywords("past").Contains(dir)) { sign = -1; anchored = false; }
        else if (_words.Keywords("future").Contains(dir)) { sign = 1; anchored = false; }
        else if (_words.Keywords("after").Contains(dir)) { sign = 1; anchored = true; }
        else if (_words.Keywords("before").Contains(dir)) { sign = -1; anchored = true; }
        else
        {
            f.Role = Role.Other;
            f.Value = Unknown(f.Span, "date:duration");
            return true;
        }
        var rule = "date:count-" + (anchored ? (sign < 0 ? "before" : "after") : (sign < 0 ? "past" : "future"));
        var anchor = anchored ? previousDay : reference;
        if (anchor is not { } a || count is not { } c || double.IsNaN(c) || c != Math.Floor(c))
        {
            f.Value = Unknown(f.Span, rule);
            return true;
        }
        var amount = sign * (int)c * unit.Size;
        switch (unit.Unit)
        {
            case "moment" or "second" or "minute" or "hour":
                f.Value = Day(a, null, f.Span, rule);
                break;
            case "day":
                f.Value = Day(a.AddDays(amount), null, f.Span, rule);
                break;
            case "week":
                f.Value = Day(a.AddDays(7 * amount), null, f.Span, rule);
                break;
            case "month":
            {
                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(amount);
                f.Value = MonthValue(first.Year, first.Month, null, f.Span, rule);
                break;
            }
            case "year":
                f.Value = YearValue(a.Year + amount, null, f.Span, rule);
                break;
        }
        return true;
    }

    private static readonly UmAlQuraCalendar Hijri = new();

    private bool ResolveIslamic(Found f, DateOnly? reference)
    {
        var m = f.Match;
        var month = _words.IslamicMonths[Key(m, "hm")];
        var part = m.Groups["part"].Success ? _words.Parts[Key(m, "part")] : null;
        int? day = m.Groups["d"].Success ? Int(m, "d") : null;
        var rule = day is null ? "date:islamic-month" : "date:islamic-day";
        int year;
        if (m.Groups["hy"].Success) year = Int(m, "hy");
        else if (reference is { } r && HijriYear(r) is { } hy && Convertible(hy, 1))
        {
            year = hy; var bestScore = int.MaxValue;
            for (var y = hy - 1; y <= hy + 1; y++)
            {
                if (!Convertible(y, month)) continue;
                var (s, e) = HijriMonth(y, month);
                var score = Score(s, e, r, 0);
                if (score < bestScore) { bestScore = score; year = y; }
            }
        }
        else { f.Value = Unknown(f.Span, rule); return true; }
        if (!Convertible(year, month)) { f.Value = Unknown(f.Span, "date:islamic-unconvertible"); return true; }
        var (first, last) = HijriMonth(year, month);
        if (day is { } d)
        {
            if (d < 1 || d > Hijri.GetDaysInMonth(year, month)) return false;
            f.Value = Day(first.AddDays(d - 1), null, f.Span, rule);
            return true;
        }
        if (part is not null)
        {
            var lastDay = Math.Min(part.LastDay, last.DayNumber - first.DayNumber + 1);
            f.Value = new EventDate(first.AddDays(part.FirstDay - 1), first.AddDays(lastDay - 1), DatePrecision.Month, f.Span, "date:part-islamic-month");
            return true;
        }
        f.Value = new EventDate(first, last, DatePrecision.Month, f.Span, rule);
        return true;
    }

    private bool ResolveHoliday(Found f, DateOnly? reference)
    {
        var m = f.Match;
        var holiday = _words.Holidays[Key(m, "hol")];
        int? written = m.Groups["y"].Success ? Int(m, "y") : null;
        // A Hijri holiday may be given a Hijri year ("1445 H") or a Gregorian one ("Lebaran 2025").
        var hijriYear = holiday.Hijri && written is { } w && (m.Groups["era"].Success || w < 1600);
        Func<int, DateOnly?> on = holiday.Hijri
            ? y => Convertible(y, holiday.Month) && holiday.Day <= Hijri.GetDaysInMonth(y, holiday.Month)
                ? HijriMonth(y, holiday.Month).First.AddDays(holiday.Day - 1) : null
            : y => Valid(y, holiday.Month, holiday.Day);
        DateOnly? date = null;
        if (written is { } year)
        {
            if (!holiday.Hijri || hijriYear) date = on(year);
            else
            {
                var around = Hijri.GetYear(new DateTime(Math.Clamp(year, 1901, 2076), 7, 1));
                for (var y = around - 1; y <= around + 1 && date is null; y++)
                    if (on(y) is { } d && d.Year == year) date = d;
            }
        }
        else if (reference is { } r)
        {
            var clamped = Math.Clamp(r.Year, 1901, 2076);
            var hy = holiday.Hijri ? Hijri.GetYear(new DateTime(clamped, r.Month, Math.Min(r.Day, DateTime.DaysInMonth(clamped, r.Month)))) : r.Year;
            var bestScore = int.MaxValue;
            for (var y = hy - 1; y <= hy + 1; y++)
                if (on(y) is { } d && Score(d, d, r, 0) < bestScore) { bestScore = Score(d, d, r, 0); date = d; }
        }
        else { f.Value = Unknown(f.Span, "date:holiday"); return true; }
        f.Value = date is { } found ? Day(found, null, f.Span, "date:holiday") : Unknown(f.Span, "date:holiday");
        return true;
    }

    /// <summary>The Hijri year of a day, or null outside the calendar's range (a typo'd year such as 2926).</summary>
    private static int? HijriYear(DateOnly day)
    {
        var t = day.ToDateTime(TimeOnly.MinValue);
        return t >= Hijri.MinSupportedDateTime && t <= Hijri.MaxSupportedDateTime ? Hijri.GetYear(t) : null;
    }

    private static bool Convertible(int year, int month)
    {
        try
        {
            _ = Hijri.ToDateTime(year, month, Hijri.GetDaysInMonth(year, month), 0, 0, 0, 0);
            return true;
        }
        catch (ArgumentOutOfRangeException) { return false; }
    }

    private static (DateOnly First, DateOnly Last) HijriMonth(int year, int month)
    {
        var first = DateOnly.FromDateTime(Hijri.ToDateTime(year, month, 1, 0, 0, 0, 0));
        return (first, first.AddDays(Hijri.GetDaysInMonth(year, month) - 1));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /// <summary>-1 when a word after the expression places it in the past ("lalu", "kemarin"), else 0.</summary>
    private int Direction(Match m) =>
        m.Groups["trail"].Success && _words.Keywords("past").Contains(Key(m, "trail")) ? -1 : 0;

    /// <summary>
    /// The year (reference year ± 1) that puts the period nearest the reference date. A period
    /// later than the reference costs five times as much once it is more than a week ahead: news
    /// mostly tells what has happened.
    /// </summary>
    private static int? ChooseYear(Func<int, DateOnly?> first, Func<int, DateOnly?> last, DateOnly reference, int direction)
    {
        int? best = null; var bestScore = int.MaxValue;
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (first(y) is not { } s || last(y) is not { } e) continue;
            var score = Score(s, e, reference, direction);
            if (score < bestScore) { bestScore = score; best = y; }
        }
        return best;
    }

    private static int Score(DateOnly first, DateOnly last, DateOnly reference, int direction)
    {
        if (direction < 0 && first > reference) return int.MaxValue - 1;
        if (first <= reference && reference <= last) return 0;
        if (last < reference) return reference.DayNumber - last.DayNumber;
        var ahead = first.DayNumber - reference.DayNumber;
        return ahead <= 7 ? ahead : ahead * 5;
    }

    private static EventDate Anchored(Span span, DateOnly? previousDay, DateOnly? reference, string rule) =>
        previousDay is { } p ? Day(p, null, span, rule + "-anchored")
        : reference is { } r ? Day(r, null, span, rule + "-reference")
        : Unknown(span, rule);

    private static EventDate Day(DateOnly date, DateOnly? end, Span span, string rule) =>
        new(date, end == date ? null : end, DatePrecision.Day, span, rule);

    private static EventDate Unknown(Span span, string rule) => new(null, null, DatePrecision.Unknown, span, rule);

    private static EventDate MonthValue(int year, int month, PartWord? part, Span span, string rule)
    {
        var last = MonthEnd(year, month);
        return part is null
            ? new EventDate(new DateOnly(year, month, 1), last, DatePrecision.Month, span, rule)
            : new EventDate(new DateOnly(year, month, Math.Min(part.FirstDay, last.Day)), new DateOnly(year, month, Math.Min(part.LastDay, last.Day)),
                DatePrecision.Month, span, rule);
    }

    private static EventDate YearValue(int year, PartWord? part, Span span, string rule) =>
        year is < 1 or > 9999 ? Unknown(span, rule)
        : part is null
            ? new EventDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, span, rule)
            : new EventDate(new DateOnly(year, part.FirstMonth, 1), MonthEnd(year, part.LastMonth), DatePrecision.Year, span, rule);

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    private static int ExpandYear(string digits, DateOnly? reference)
    {
        var value = ParseNumber(digits);
        if (digits.Length > 2) return value;
        var pivot = (reference?.Year ?? 2000) % 100 + 20;
        var century = (reference?.Year ?? 2000) / 100 * 100;
        return value <= pivot ? century + value : century - 100 + value;
    }

    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static int Int(Match m, string group) => ParseNumber(m.Groups[group].Value);

    /// <summary>
    /// A number written in decimal digits of any script ("\d" also matches Arabic-Indic "٣"); one too large for the
    /// calendar throws <see cref="ArgumentOutOfRangeException"/>, which leaves the expression without a date.
    /// </summary>
    private static int ParseNumber(string digits)
    {
        var ascii = string.Create(digits.Length, digits, (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                chars[i] = char.IsDigit(s[i]) && !char.IsAsciiDigit(s[i]) ? (char)('0' + (int)char.GetNumericValue(s[i])) : s[i];
        });
        return int.TryParse(ascii, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(digits), digits, "not a number within range");
    }

    private static string Key(Match m, string group) => DateVocabulary.Normalise(m.Groups[group].Value.TrimEnd('.'));
}
