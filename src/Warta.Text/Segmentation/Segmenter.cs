using Warta.Core;
using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Text.Segmentation;

/// <summary>
/// Splits a document's body into sentences of tokens. A sentence ends at '.', '!' or '?'
/// (after any closing quotes or brackets) unless the word before the full stop is a known
/// abbreviation or an initial; a line break always ends one. Dates in parentheses and
/// already-tokenised text ("( 21 / 8 )", "Jakarta , CNN") need no special case because
/// only sentence-final punctuation splits. Each line is a paragraph, once soft breaks inside a
/// sentence are joined; a short line without final punctuation is a heading and starts a section.
/// </summary>
public sealed class Segmenter
{
    private static readonly Dictionary<string, Segmenter> Cache = new();
    private readonly HashSet<string> _abbreviations;

    private Segmenter(HashSet<string> abbreviations) => _abbreviations = abbreviations;

    public static Segmenter For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var s)) return s;
            var file = DataFiles.LanguageFile(language, "abbreviations.txt");
            var set = DataFiles.Exists(file)
                ? DataFiles.ReadList(file).Select(a => a.TrimEnd('.').ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            return Cache[language] = new Segmenter(set);
        }
    }

    public IReadOnlyList<Sentence> Split(Document document)
    {
        var text = document.Text;
        var sentences = new List<Sentence>();
        int paragraph = 0, section = 0;
        var previousEnd = -1;
        foreach (var line in Lines(text, document.Body))
        {
            if (previousEnd >= 0) paragraph++; // news text puts one paragraph on a line
            previousEnd = line.End;
            var tokens = Tokenizer.Tokenize(text, line);
            if (tokens.Count == 0) continue;
            if (IsHeading(tokens)) section++;
            SplitLine(text, tokens, paragraph, section, sentences);
        }
        return sentences;
    }

    private void SplitLine(string text, List<Token> tokens, int paragraph, int section, List<Sentence> into)
    {
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punct || t.Norm is not ("." or "!" or "?")) continue;
            if (t.Norm == "." && IsAbbreviation(tokens, i)) continue;
            var end = i + 1;
            // Closing quotes and brackets written against the full stop belong to this sentence.
            while (end < tokens.Count && tokens[end].Start == tokens[end - 1].End
                   && tokens[end].Norm is "\"" or "'" or ")" or "]" or "." or "!" or "?") end++;
            if (end < tokens.Count && !StartsSentence(text, tokens[end])) continue;
            Add(tokens, start, end, paragraph, section, into);
            start = end;
            i = end - 1;
        }
        if (start < tokens.Count) Add(tokens, start, tokens.Count, paragraph, section, into);
    }

    private static void Add(List<Token> tokens, int start, int end, int paragraph, int section, List<Sentence> into)
    {
        var slice = tokens.GetRange(start, end - start);
        into.Add(new Sentence(into.Count, new Span(slice[0].Start, slice[^1].End), slice, paragraph, section));
    }

    private bool IsAbbreviation(List<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var previous = tokens[dot - 1];
        if (previous.End != tokens[dot].Start) return false;
        if (previous.Kind == TokenKind.Word && previous.Norm.Length == 1 && char.IsLetter(previous.Norm[0])) return true; // initial
        return _abbreviations.Contains(previous.Norm);
    }

    private static bool StartsSentence(string text, Token next) =>
        next.Kind == TokenKind.Number || next.Norm is "\"" or "'" or "(" or "[" or "-"
        || (next.Kind == TokenKind.Word && !char.IsLower(text[next.Start]));

    private static bool IsHeading(List<Token> tokens)
    {
        var last = tokens[^1].Norm;
        if (last is "." or "!" or "?" or "\"" or ":" or "," or ";" or ")") return false;
        var words = tokens.Count(t => t.Kind == TokenKind.Word);
        return words is > 0 and <= 8;
    }

    // Physical lines, with soft breaks joined: scraped pages put a link's words on lines of their own
    // ("Jaksa Agung\nBolivia\nRoger Mariaca telah memulai penyelidikan"), which are one sentence.
    private static IEnumerable<Span> Lines(string text, IReadOnlyList<Span> body)
    {
        Span? pending = null;
        foreach (var line in body.SelectMany(block => PhysicalLines(text, block)))
        {
            if (pending is { } open && OneLineBreakBetween(text, open, line) && IsSoftBreak(text, open, line))
            { pending = new Span(open.Start, line.End); continue; }
            if (pending is { } done) yield return done;
            pending = line;
        }
        if (pending is { } last) yield return last;
    }

    private static IEnumerable<Span> PhysicalLines(string text, Span block)
    {
        var start = block.Start;
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '\n') continue;
            if (!text.AsSpan(start, i - start).IsWhiteSpace()) yield return new Span(start, i);
            start = i + 1;
        }
        if (block.End > start && !text.AsSpan(start, block.End - start).IsWhiteSpace()) yield return new Span(start, block.End);
    }

    // Only whitespace with a single line break between two lines (no blank line, nothing removed).
    private static bool OneLineBreakBetween(string text, Span before, Span next)
    {
        if (next.Start < before.End) return false;
        var breaks = 0;
        for (var i = before.End; i < next.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
            if (text[i] == '\n') breaks++;
        }
        return breaks == 1;
    }

    /// <summary>
    /// A line break inside a sentence: the line before ends without a full stop or colon, and either the next line
    /// goes on in lower case or with punctuation, or the line before ends in a lower-case word, or the next line is
    /// unfinished too (a run of link fragments). A heading ("Bekerjasama dengan Taliban") before a finished
    /// paragraph stays a line of its own.
    /// </summary>
    private static bool IsSoftBreak(string text, Span before, Span next)
    {
        if (Finished(text, before) || IsListItem(text, before) || IsListItem(text, next)) return false;
        var end = before.End - 1;
        while (end > before.Start && char.IsWhiteSpace(text[end])) end--;
        var first = next.Start;
        while (first < next.End && char.IsWhiteSpace(text[first])) first++;
        if (first >= next.End) return false;
        var opener = text[first];
        if (char.IsLower(opener) || opener is ',' or '.' or ';' or ')' or '"' or '\'' or '\u201D') return true;
        var word = end;
        while (word > before.Start && char.IsLetter(text[word - 1])) word--;
        return char.IsLower(text[word]) || !Finished(text, next);
    }

    // "- LA Memanas, Trump Kirim 700 Marinir": an item of a list (often of related links) stands alone.
    private static bool IsListItem(string text, Span line)
    {
        var first = line.Start;
        while (first < line.End && char.IsWhiteSpace(text[first])) first++;
        return first + 1 < line.End && text[first] is '-' or '\u2013' or '\u2014' or '\u2022' or '*' or '\u00B7' && char.IsWhiteSpace(text[first + 1]);
    }

    // A line that ends a sentence: a full stop, question or exclamation mark, colon or semicolon, or a quote closed after one.
    private static bool Finished(string text, Span line)
    {
        var end = line.End - 1;
        while (end > line.Start && char.IsWhiteSpace(text[end])) end--;
        if (text[end] is '.' or '!' or '?' or ':' or ';' or '\u201D') return true;
        return text[end] is '"' or '\'' or ')' && end > line.Start && text[end - 1] is '.' or '!' or '?' or ',';
    }
}
