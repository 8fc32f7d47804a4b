using Warta.Core;
using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Text.Segmentation;

/// <summary>
/// Splits a document's body into sentences of tokens. A sentence ends at '.', '!' or '?'
/// (after any closing quotes or brackets) unless the word before the full stop is a known
/// abbreviation or an initial; a line break always ends one. Dates in parentheses and
/// already-tokenised text ("( 21 / 8 )", "Jakarta , CNN") need no special case because
/// only sentence-final punctuation splits. Each line is a paragraph; a short line
/// without final punctuation is a heading and starts a section.
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
        foreach (var block in document.Body)
        {
            foreach (var line in Lines(text, block))
            {
                if (previousEnd >= 0) paragraph++; // news text puts one paragraph on a line
                previousEnd = line.End;
                var tokens = Tokenizer.Tokenize(text, line);
                if (tokens.Count == 0) continue;
                if (IsHeading(tokens)) section++;
                SplitLine(text, tokens, paragraph, section, sentences);
            }
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

    private static IEnumerable<Span> Lines(string text, Span block)
    {
        var start = block.Start;
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] != '\n') continue;
            if (i > start) yield return new Span(start, i);
            start = i + 1;
        }
        if (block.End > start) yield return new Span(start, block.End);
    }
}
