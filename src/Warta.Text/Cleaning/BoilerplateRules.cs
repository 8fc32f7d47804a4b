using System.Text;
using System.Text.RegularExpressions;
using Warta.Core;
using Warta.Languages;

namespace Warta.Text.Cleaning;

/// <summary>How a boilerplate marker of <c>boilerplate.tsv</c> is matched.</summary>
public enum MarkerKind
{
    /// <summary>The whole trimmed line equals the pattern (case and whitespace ignored).</summary>
    Line,
    /// <summary>The trimmed line starts with the pattern (case and whitespace ignored); the whole line goes.</summary>
    Prefix,
    /// <summary>The exact pattern is cut out wherever it appears inside a line.</summary>
    Inline,
    /// <summary>A regex matching the whole trimmed line.</summary>
    LineRegex,
    /// <summary>A regex matched at the end of the last body line.</summary>
    TailRegex,
    /// <summary>A section label opening the body before a dash ("OPINI -"), not a dateline place.</summary>
    HeadLabel,
}

/// <summary>One marker row of <c>boilerplate.tsv</c>.</summary>
/// <param name="FollowedByHeadlines">When the marker stands alone, the headline-like lines after it go too.</param>
public sealed record BoilerplateMarker(MarkerKind Kind, string Pattern, string Reason, bool FollowedByHeadlines, int Line);

/// <summary>
/// The boilerplate markers of one language (<c>boilerplate.tsv</c>), loaded once into lookup
/// structures so that a line is classified without scanning the marker list.
/// </summary>
public sealed class BoilerplateRules
{
    /// <summary>Only lines up to this length are tried against line regexes.</summary>
    public const int MaxRegexLine = 200;

    private readonly Dictionary<string, BoilerplateMarker>.AlternateLookup<ReadOnlySpan<char>> _lines;
    private readonly Dictionary<string, BoilerplateMarker>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int[] _prefixLengths;
    private readonly int _maxKey;

    public IReadOnlyList<BoilerplateMarker> Markers { get; }
    internal IReadOnlyList<BoilerplateMarker> InlineMarkers { get; }
    internal IReadOnlyList<(Regex Regex, BoilerplateMarker Marker)> LineRegexes { get; }
    internal IReadOnlyList<(Regex Regex, BoilerplateMarker Marker)> TailRegexes { get; }
    internal IReadOnlyList<BoilerplateMarker> HeadLabels { get; }

    public BoilerplateRules(IEnumerable<BoilerplateMarker> markers, string file = "boilerplate.tsv")
    {
        Markers = markers.ToArray();
        var lines = new Dictionary<string, BoilerplateMarker>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, BoilerplateMarker>(StringComparer.Ordinal);
        var inline = new List<BoilerplateMarker>();
        var lineRegexes = new List<(Regex, BoilerplateMarker)>();
        var tailRegexes = new List<(Regex, BoilerplateMarker)>();
        var headLabels = new List<BoilerplateMarker>();
        foreach (var m in Markers)
        {
            switch (m.Kind)
            {
                case MarkerKind.Line or MarkerKind.Prefix:
                    var key = Key(m.Pattern);
                    if (key.Length == 0) throw new DataFileException(file, m.Line, "empty pattern");
                    var target = m.Kind == MarkerKind.Line ? lines : prefixes;
                    if (!target.TryAdd(key, m)) throw new DataFileException(file, m.Line, $"duplicate {m.Kind} pattern '{m.Pattern}'");
                    break;
                case MarkerKind.Inline:
                    inline.Add(m);
                    break;
                case MarkerKind.HeadLabel:
                    headLabels.Add(m);
                    break;
                case MarkerKind.LineRegex:
                    lineRegexes.Add((Compile($"^(?:{m.Pattern})$", m, file), m));
                    break;
                case MarkerKind.TailRegex:
                    tailRegexes.Add((Compile($"(?:{m.Pattern})", m, file), m));
                    break;
            }
        }
        _lines = lines.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = prefixes.Keys.Select(k => k.Length).Distinct().OrderDescending().ToArray();
        _maxKey = Math.Max(lines.Keys.DefaultIfEmpty("").Max(k => k.Length), prefixes.Keys.DefaultIfEmpty("").Max(k => k.Length));
        InlineMarkers = inline;
        LineRegexes = lineRegexes;
        TailRegexes = tailRegexes;
        HeadLabels = headLabels.OrderByDescending(m => m.Pattern.Length).ToArray();
    }

    private static Regex Compile(string pattern, BoilerplateMarker m, string file)
    {
        // Linear-time matching with no time-out: a line is classified the same way whatever the machine's load.
        try { return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking); }
        catch (ArgumentException e) { throw new DataFileException(file, m.Line, $"bad regex '{m.Pattern}': {e.Message}"); }
        catch (NotSupportedException e) { throw new DataFileException(file, m.Line, $"regex '{m.Pattern}' needs backtracking (no lookarounds, backreferences or atomic groups): {e.Message}"); }
    }

    private static readonly Dictionary<string, BoilerplateRules> Cache = new(StringComparer.Ordinal);

    /// <summary>The markers of a language folder (cached); no markers when it has no <c>boilerplate.tsv</c>.</summary>
    public static BoilerplateRules For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var rules)) return rules;
            var name = DataFiles.LanguageFile(language, "boilerplate.tsv");
            rules = DataFiles.Exists(name) ? Load(name) : new BoilerplateRules([], name);
            Cache[language] = rules;
            return rules;
        }
    }

    /// <summary>Reads and validates a <c>boilerplate.tsv</c> data file.</summary>
    public static BoilerplateRules Load(string name) => Parse(DataFiles.ReadTable(name));

    public static BoilerplateRules Parse(TsvTable table)
    {
        var markers = table.Rows.Select(row =>
        {
            var kind = row.Required("kind") switch
            {
                "line" => MarkerKind.Line,
                "prefix" => MarkerKind.Prefix,
                "inline" => MarkerKind.Inline,
                "line-regex" => MarkerKind.LineRegex,
                "tail-regex" => MarkerKind.TailRegex,
                "head-label" => MarkerKind.HeadLabel,
                var k => throw new DataFileException(row.File, row.Line, $"unknown kind '{k}'"),
            };
            var then = row["then"];
            if (then is not ("" or "headlines")) throw new DataFileException(row.File, row.Line, $"unknown 'then' value '{then}'");
            if (then.Length > 0 && kind is not (MarkerKind.Line or MarkerKind.Prefix))
                throw new DataFileException(row.File, row.Line, "'then' applies to line and prefix markers only");
            return new BoilerplateMarker(kind, row.Required("pattern"), row.Required("reason"), then == "headlines", row.Line);
        });
        return new BoilerplateRules(markers, table.File);
    }

    /// <summary>A head label at <paramref name="start"/> followed by a dash: the removed span (label and dash).</summary>
    internal RemovedSpan? MatchHeadLabel(string text, int start)
    {
        foreach (var m in HeadLabels)
        {
            if (start + m.Pattern.Length > text.Length
                || !text.AsSpan(start, m.Pattern.Length).Equals(m.Pattern, StringComparison.OrdinalIgnoreCase)) continue;
            var p = start + m.Pattern.Length;
            while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
            if (p >= text.Length || text[p] is not ('-' or '\u2013' or '\u2014')) continue;
            return new RemovedSpan(new Span(start, p + 1), m.Reason);
        }
        return null;
    }

    /// <summary>The comparison key of a pattern or line: lower case, whitespace dropped.</summary>
    internal static string Key(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>
    /// The line or prefix marker of a trimmed line, if any. <paramref name="alone"/> tells whether
    /// only punctuation follows the marker on the line.
    /// </summary>
    internal BoilerplateMarker? Match(ReadOnlySpan<char> line, out bool alone)
    {
        alone = false;
        if (_maxKey == 0) return null;
        // Key of the head of the line, plus whether the rest holds any letter or digit.
        Span<char> key = stackalloc char[_maxKey + 1];
        var n = 0;
        var i = 0;
        for (; i < line.Length && n < key.Length; i++)
            if (!char.IsWhiteSpace(line[i])) key[n++] = char.ToLowerInvariant(line[i]);
        var complete = i >= line.Length && n <= _maxKey;
        if (complete && _lines.TryGetValue(key[..n], out var exact))
        {
            alone = true;
            return exact;
        }
        foreach (var len in _prefixLengths)
        {
            if (len > n || !_prefixes.TryGetValue(key[..len], out var marker)) continue;
            alone = OnlyPunctuationAfter(line, len);
            return marker;
        }
        return null;
    }

    /// <summary>Whether the line, after its first <paramref name="keyLength"/> non-space characters, has no letter or digit.</summary>
    private static bool OnlyPunctuationAfter(ReadOnlySpan<char> line, int keyLength)
    {
        var seen = 0;
        foreach (var c in line)
        {
            if (seen < keyLength) { if (!char.IsWhiteSpace(c)) seen++; continue; }
            if (char.IsLetterOrDigit(c)) return false;
        }
        return true;
    }
}
