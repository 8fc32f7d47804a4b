using Warta.Core;
using Warta.Languages;

namespace Warta.Text.Cleaning;

/// <summary>
/// Recognises the dateline or site prefix at the head of an article, in the shapes news sites use:
/// <c>Place, Outlet --</c>, <c>Outlet, Place -</c>, <c>Place (Outlet) -</c>, <c>Outlet -</c>,
/// <c>Outlet |</c>, <c>PLACE -</c>, and the scraped <c>Outlet, PlaceNextword</c> where the dash was
/// lost and the place is glued to the first word. Outlet names come from <c>outlets.txt</c>.
/// </summary>
public sealed class DatelineReader
{
    /// <summary>A dateline is looked for in this many characters from the start of the body.</summary>
    public const int Window = 160;

    private const int MaxPlaceWords = 4;

    private readonly (string Name, string Canonical)[] _names;
    private readonly string[] _suffixes;

    /// <param name="outlets">Outlet names; entries "*.suffix" accept any web-address-like token with that suffix.</param>
    public DatelineReader(IEnumerable<string> outlets)
    {
        var list = outlets.ToArray();
        _suffixes = list.Where(o => o.StartsWith("*.", StringComparison.Ordinal)).Select(o => o[1..]).ToArray();
        _names = list.Where(o => !o.StartsWith("*.", StringComparison.Ordinal))
            .OrderByDescending(o => o.Length).Select(o => (o, o)).ToArray();
    }

    private static readonly Dictionary<string, DatelineReader> Cache = new(StringComparer.Ordinal);

    /// <summary>The reader of a language folder's <c>outlets.txt</c> (cached).</summary>
    public static DatelineReader For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var reader)) return reader;
            var name = DataFiles.LanguageFile(language, "outlets.txt");
            reader = new DatelineReader(DataFiles.Exists(name) ? DataFiles.ReadList(name) : []);
            Cache[language] = reader;
            return reader;
        }
    }

    /// <summary>Reads a dateline starting at <paramref name="start"/> (leading whitespace skipped).</summary>
    /// <returns>The dateline and where the body resumes, or null when the head is not a dateline.</returns>
    public (Dateline Dateline, int BodyStart)? Read(string text, int start)
    {
        var end = Math.Min(text.Length, start + Window);
        var p = SkipSpace(text, start, end, newlines: true);
        var head = p;

        // Outlet first: "Outlet -", "Outlet |", "Outlet, Place -", "Outlet, PlaceGlued".
        if (TryOutlet(text, p, end, out var outlet, out var afterOutlet))
        {
            var q = SkipSpace(text, afterOutlet, end, newlines: true);
            if (TrySeparator(text, q, end, out var afterSep))
                return Result(text, head, afterSep, null, outlet);
            if (q < end && text[q] == ',')
            {
                var r = SkipSpace(text, q + 1, end, newlines: true);
                if (TryPlace(text, r, end, allowCommas: true, out var place, out var afterPlace))
                {
                    // Scraped text lost the dash: "JakartaKita semua ..." → place "Jakarta".
                    var glue = GluePoint(text, place);
                    if (glue > 0) return Result(text, head, glue, new Span(place.Start, glue), outlet);
                    var s = SkipSpace(text, afterPlace, end, newlines: true);
                    if (TrySeparator(text, s, end, out afterSep))
                        return Result(text, head, afterSep, place, outlet);
                    if (s < end && afterPlace < end && IsOpeningQuote(text[s]))
                        return Result(text, head, afterPlace, place, outlet);
                }
            }
            return null;
        }

        // Place first: "Place, Outlet -", "Place (Outlet) -", "Place, Region (Outlet) -", "PLACE -".
        if (!TryPlace(text, p, end, allowCommas: false, out var first, out var after)) return null;
        var placeSpan = first;
        var t = SkipSpace(text, after, end, newlines: true);
        if (t < end && text[t] == ',')
        {
            var u = SkipSpace(text, t + 1, end, newlines: true);
            if (TryOutlet(text, u, end, out outlet, out afterOutlet))
            {
                var v = SkipSpace(text, afterOutlet, end, newlines: true);
                return TrySeparator(text, v, end, out var afterSep)
                    ? Result(text, head, afterSep, placeSpan, outlet) : null;
            }
            if (TryDate(text, u, end, out var afterDate))
            {
                // "LONDON, March 3 (Reuters) -": a date between the place and the outlet.
                t = SkipSpace(text, afterDate, end, newlines: true);
            }
            else
            {
                // "Samarinda , Kalimantan Timur ( ANTARA News ) -": the place goes on after the comma.
                if (!TryPlace(text, u, end, allowCommas: false, out var more, out after)) return null;
                placeSpan = new Span(first.Start, more.End);
                t = SkipSpace(text, after, end, newlines: true);
            }
        }
        if (t < end && text[t] == '(')
        {
            var u = SkipSpace(text, t + 1, end, newlines: true);
            if (!TryOutlet(text, u, end, out outlet, out afterOutlet)) return null;
            var v = SkipSpace(text, afterOutlet, end, newlines: true);
            if (v >= end || text[v] != ')') return null;
            var w = SkipSpace(text, v + 1, end, newlines: true);
            return TrySeparator(text, w, end, out var afterSep)
                ? Result(text, head, afterSep, placeSpan, outlet) : null;
        }
        // "JAKARTA -" / "JAKARTA–": a capitalised place alone before a dash; "Jakarta\n-\n" or
        // "Chanthaburi, Thailand\n-\n" as scraped, with the dash on its own line.
        var d = SkipSpace(text, after, end, newlines: true);
        if (((placeSpan == first && IsUpperPlace(text, first)) || (d > after && HasNewline(text, after, d)))
            && TrySeparator(text, d, end, out var sepEnd, dashOnly: true) && !IsReduplication(text, first, d, sepEnd))
            return Result(text, head, sepEnd, placeSpan, null);
        return null;
    }

    private static (Dateline, int)? Result(string text, int start, int stop, Span? place, string? outlet)
    {
        var body = SkipSpace(text, stop, text.Length, newlines: true);
        var span = new Span(start, TrimEnd(text, start, stop));
        return (new Dateline(span, place, place?.Of(text), outlet), body);
    }

    private static int TrimEnd(string text, int start, int stop)
    {
        while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
        return stop;
    }

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static int SkipSpace(string text, int p, int end, bool newlines)
    {
        while (p < end && char.IsWhiteSpace(text[p]) && (newlines || text[p] != '\n')) p++;
        return p;
    }

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015';

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'';

    /// <summary>A dash run ("-", "--", "- -", "–", "—") or a bar "|".</summary>
    private static bool TrySeparator(string text, int p, int end, out int after, bool dashOnly = false)
    {
        after = p;
        if (p >= end) return false;
        if (text[p] == '|' && !dashOnly) { after = p + 1; return true; }
        if (!IsDash(text[p])) return false;
        var q = p + 1;
        while (true)
        {
            var r = q;
            while (r < end && text[r] is ' ' or '\u00A0') r++;
            if (r < end && IsDash(text[r]) && r - q <= 1) { q = r + 1; continue; }
            break;
        }
        after = q;
        return true;
    }

    /// <summary>A known outlet name, or a web-address-like token with a known suffix, ending at a word boundary.</summary>
    private bool TryOutlet(string text, int p, int end, out string outlet, out int after)
    {
        outlet = ""; after = p;
        if (p >= end || !char.IsLetterOrDigit(text[p])) return false;
        foreach (var (name, canonical) in _names)
        {
            if (p + name.Length > end || !text.AsSpan(p, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var q = p + name.Length;
            if (q < text.Length && char.IsLetterOrDigit(text[q]) && char.IsLetterOrDigit(name[^1]))
            {
                // "Liputan6.comJakarta" would not be a boundary, but "KOMPAS.com-" is.
                continue;
            }
            outlet = canonical; after = q;
            return true;
        }
        // Web-address-like token: letters/digits with at least one dot, ending in a listed suffix.
        var e = p;
        while (e < end && (char.IsLetterOrDigit(text[e]) || text[e] == '.')) e++;
        while (e > p && text[e - 1] == '.') e--;
        var token = text.AsSpan(p, e - p);
        if (!token.Contains('.')) return false;
        foreach (var suffix in _suffixes)
        {
            if (!token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            outlet = token.ToString(); after = e;
            return true;
        }
        return false;
    }

    /// <summary>1–4 capitalised words separated by spaces (and commas when allowed), not crossing a line.</summary>
    private static bool TryPlace(string text, int p, int end, bool allowCommas, out Span place, out int after)
    {
        place = default; after = p;
        var words = 0;
        var q = p;
        var lastEnd = p;
        while (q < end && words < MaxPlaceWords)
        {
            if (!char.IsUpper(text[q])) break;
            var w = q;
            while (w < end && (char.IsLetter(text[w]) || text[w] is '.' or '\'' or '\u2019')) w++;
            words++;
            lastEnd = w;
            var r = w;
            while (r < end && text[r] is ' ' or '\u00A0') r++;
            if (allowCommas && r < end && text[r] == ',')
            {
                r++;
                while (r < end && text[r] is ' ' or '\u00A0') r++;
            }
            if (r == w || r >= end || !char.IsUpper(text[r])) break;
            q = r;
        }
        if (words == 0) return false;
        place = new Span(p, lastEnd);
        after = lastEnd;
        return true;
    }

    /// <summary>A date in a dateline: a capitalised month word and a day ("March 3", "Jan. 12, 2024") before "(".</summary>
    private static bool TryDate(string text, int p, int end, out int after)
    {
        after = p;
        if (p >= end || !char.IsUpper(text[p])) return false;
        var q = p;
        while (q < end && (char.IsLetter(text[q]) || text[q] == '.')) q++;
        q = SkipSpace(text, q, end, newlines: false);
        var digits = q;
        while (q < end && char.IsAsciiDigit(text[q])) q++;
        if (q - digits is < 1 or > 2) return false;
        after = q;
        // optional ", 2024"
        var r = SkipSpace(text, q, end, newlines: false);
        if (r < end && text[r] == ',')
        {
            var y = SkipSpace(text, r + 1, end, newlines: false);
            var y0 = y;
            while (y < end && char.IsAsciiDigit(text[y])) y++;
            if (y - y0 == 4) after = y;
        }
        var close = SkipSpace(text, after, end, newlines: false);
        return close < end && text[close] == '(';
    }

    /// <summary>"TEKA-TEKI", "HITUNG-HITUNGAN": a reduplicated word, not a place and a dash.</summary>
    private static bool IsReduplication(string text, Span place, int dash, int afterDash)
    {
        if (dash != place.End || afterDash + 3 > text.Length || place.Length < 3) return false;
        var start = text.AsSpan(place.Start, place.Length).LastIndexOf(' ') + 1 + place.Start;
        return text.AsSpan(afterDash, 3).Equals(text.AsSpan(start, 3), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A place written in capitals ("JAKARTA", "NEW YORK"): at least three letters, none lower case.</summary>
    private static bool IsUpperPlace(string text, Span place)
    {
        var letters = 0;
        foreach (var c in place.Of(text))
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }

    /// <summary>Where a place glued to the next word ends ("JakartaKita" → after "Jakarta"), or -1.</summary>
    private static int GluePoint(string text, Span place)
    {
        for (var i = place.Start + 3; i < place.End; i++)
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]))
                return i;
        return -1;
    }
}
