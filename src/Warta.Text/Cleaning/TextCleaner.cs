using Warta.Core;

namespace Warta.Text.Cleaning;

/// <summary>
/// Separates an article's body from its boilerplate, for one language: related-link blocks,
/// advertisements, video teasers, footers (markers from <c>boilerplate.tsv</c>), the dateline or
/// site prefix at the head (<see cref="DatelineReader"/>) and editor initials at the end.
/// The text is never rewritten: the body is a list of spans into the original text and every
/// removed stretch is recorded with its reason. Works line by line; markers are looked up, not scanned.
/// </summary>
public sealed class TextCleaner
{
    /// <summary>Related-link markers standing alone take at most this many headline lines with them.</summary>
    public const int MaxHeadlines = 3;

    /// <summary>Longest line that can be a related-link headline.</summary>
    public const int MaxHeadlineLength = 150;

    /// <summary>Topic tag lines after the editor initials: at most this many, each at most this long.</summary>
    public const int MaxTags = 12;
    public const int MaxTagLength = 50;

    /// <summary>How many times the end of the body is checked for editor initials or bylines.</summary>
    private const int MaxTailPasses = 3;

    private readonly BoilerplateRules _rules;
    private readonly DatelineReader _datelines;

    public TextCleaner(BoilerplateRules rules, DatelineReader datelines)
    {
        _rules = rules;
        _datelines = datelines;
    }

    private static readonly Dictionary<string, TextCleaner> Cache = new(StringComparer.Ordinal);

    /// <summary>The cleaner of a language folder (its boilerplate.tsv and outlets.txt), built once.</summary>
    public static TextCleaner For(string language)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(language, out var cleaner))
                Cache[language] = cleaner = new TextCleaner(BoilerplateRules.For(language), DatelineReader.For(language));
            return cleaner;
        }
    }

    /// <summary>Cleans an article written in <paramref name="language"/> (recorded on the document).</summary>
    public Document Clean(Article article, string language)
    {
        var text = article.Text;
        var removed = new List<RemovedSpan>();
        var kept = new List<Span>();
        ClassifyLines(text, kept, removed);

        Dateline? dateline = null;
        var headStart = kept.Count > 0 ? kept[0].Start : -1;
        if (headStart >= 0 && _rules.MatchHeadLabel(text, headStart) is { } label)
        {
            removed.Add(label);
            headStart = label.Span.End;
        }
        if (headStart >= 0 && _datelines.Read(text, headStart) is { } head)
        {
            var found = head.Dateline;
            dateline = found;
            removed.Add(new RemovedSpan(found.Span, found.Place is null ? RemovalReasons.SitePrefix : RemovalReasons.Dateline));
        }

        var body = Subtract(text, kept, removed);
        for (var pass = 0; pass < MaxTailPasses && body.Count > 0; pass++)
        {
            var cut = TailCut(text, body);
            if (cut.Count == 0) break;
            removed.AddRange(cut);
            body = Subtract(text, kept, removed);
        }

        removed.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new Document(article, language, body, removed, dateline);
    }

    private void ClassifyLines(string text, List<Span> kept, List<RemovedSpan> removed)
    {
        var headlinesLeft = 0;
        var headlineReason = "";
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = Trim(text, pos, lineEnd);
            pos = lineEnd + 1;
            if (line.Length == 0) continue;
            var s = text.AsSpan(line.Start, line.Length);

            if (_rules.Match(s, out var alone) is { } marker)
            {
                removed.Add(new RemovedSpan(line, marker.Reason));
                headlinesLeft = marker.FollowedByHeadlines && alone ? MaxHeadlines : 0;
                headlineReason = marker.Reason;
                continue;
            }
            if (LineRegexReason(s) is { } reason)
            {
                removed.Add(new RemovedSpan(line, reason));
                headlinesLeft = 0;
                continue;
            }
            if (headlinesLeft > 0 && IsHeadline(s))
            {
                removed.Add(new RemovedSpan(line, headlineReason));
                headlinesLeft--;
                continue;
            }
            headlinesLeft = 0;
            kept.Add(line);
            foreach (var inline in _rules.InlineMarkers)
            {
                for (var at = s.IndexOf(inline.Pattern, StringComparison.Ordinal); at >= 0;)
                {
                    removed.Add(new RemovedSpan(new Span(line.Start + at, line.Start + at + inline.Pattern.Length), inline.Reason));
                    var next = s[(at + inline.Pattern.Length)..].IndexOf(inline.Pattern, StringComparison.Ordinal);
                    at = next < 0 ? -1 : at + inline.Pattern.Length + next;
                }
            }
        }
    }

    private string? LineRegexReason(ReadOnlySpan<char> line)
    {
        if (line.Length > BoilerplateRules.MaxRegexLine) return null;
        foreach (var (regex, marker) in _rules.LineRegexes)
            if (regex.IsMatch(line)) return marker.Reason;
        return null;
    }

    /// <summary>
    /// A line that reads as a headline of a related link: short, at least two words, not opening
    /// with a quote, and without sentence-final punctuation (a question or exclamation mark is
    /// allowed). A single word is more likely a place on its own line ("Bogor" above "-").
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineLength || !char.IsLetterOrDigit(line[0]) || !line.ContainsAny(' ', '\u00A0')) return false;
        return line[^1] switch
        {
            '?' or '!' => true,
            '.' or ',' or ';' or ':' or '"' or '\'' or '\u201D' or '\u2019' or ')' => false,
            _ => true,
        };
    }

    /// <summary>
    /// What goes at the end of the body: editor initials or a byline (tail markers) on one of the last
    /// pieces, the topic tags after them ("raja ampat", "tambang nikel") and a media title repeated
    /// just before them. Tags are removed only when initials anchor them, so a short last line stays.
    /// </summary>
    private List<RemovedSpan> TailCut(string text, List<Span> body)
    {
        var cut = new List<RemovedSpan>();
        for (var j = body.Count - 1; j >= 0 && j >= body.Count - 1 - MaxTags; j--)
        {
            // With tags after them, the initials must fill their line.
            if (TailMatch(text, body[j]) is { } initials && (j == body.Count - 1 || initials.Span == body[j]))
            {
                cut.Add(initials);
                for (var k = j + 1; k < body.Count; k++) cut.Add(new RemovedSpan(body[k], RemovalReasons.Tags));
                // "Video title" / "Video title" / "(abc/xyz)": the title of an embedded video, twice.
                if (initials.Span.Start == body[j].Start && j >= 2
                    && body[j - 1].Of(text) == body[j - 2].Of(text) && IsHeadline(text.AsSpan(body[j - 1].Start, body[j - 1].Length)))
                {
                    cut.Add(new RemovedSpan(body[j - 2], RemovalReasons.VideoTeaser));
                    cut.Add(new RemovedSpan(body[j - 1], RemovalReasons.VideoTeaser));
                }
                return cut;
            }
            if (!IsTag(text.AsSpan(body[j].Start, body[j].Length))) break;
        }
        return cut;
    }

    /// <summary>A topic tag line: a few words, no sentence punctuation.</summary>
    public static bool IsTag(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxTagLength || !char.IsLetter(line[0])) return false;
        foreach (var c in line)
            if (c is '.' or ',' or ';' or ':' or '?' or '!' or '"' or '(' or ')' or '\u201C' or '\u201D') return false;
        return true;
    }

    private RemovedSpan? TailMatch(string text, Span last)
    {
        var s = last.Of(text);
        foreach (var (regex, marker) in _rules.TailRegexes)
        {
            var m = regex.Match(s);
            if (m.Success && m.Length > 0)
                return new RemovedSpan(new Span(last.Start + m.Index, last.Start + m.Index + m.Length), marker.Reason);
        }
        return null;
    }

    /// <summary>The kept lines minus the removed spans, each piece trimmed of whitespace.</summary>
    private static List<Span> Subtract(string text, List<Span> kept, List<RemovedSpan> removed)
    {
        var cuts = removed.Select(r => r.Span).Where(s => s.Length > 0).OrderBy(s => s.Start).ToArray();
        var body = new List<Span>(kept.Count);
        var c = 0;
        foreach (var line in kept)
        {
            while (c < cuts.Length && cuts[c].End <= line.Start) c++;
            var from = line.Start;
            for (var k = c; k < cuts.Length && cuts[k].Start < line.End; k++)
            {
                if (cuts[k].Start > from) AddTrimmed(text, body, from, cuts[k].Start);
                from = Math.Max(from, cuts[k].End);
            }
            if (from < line.End) AddTrimmed(text, body, from, line.End);
        }
        return body;
    }

    private static void AddTrimmed(string text, List<Span> body, int start, int end)
    {
        var span = Trim(text, start, end);
        if (span.Length > 0) body.Add(span);
    }

    private static Span Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new Span(start, end);
    }
}
