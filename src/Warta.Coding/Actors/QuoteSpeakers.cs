using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Actors;

/// <summary>
/// Quotations that run over several sentences of one paragraph: the speaker named where the quotation closes
/// ("… Kami menghargai … . … ," kata Menlu Lavrov; by a pronoun, '"… ," ujarnya', the person last named) or, failing
/// that, before it opens (Lavrov menuturkan, "Kami …") speaks the first persons of every sentence of it ("kami", "saya":
/// the language's anaphor-speaker words); so does a sentence quoted alone right after a quotation with its speaker, in
/// its paragraph or opening the next one.
/// </summary>
public static class QuoteSpeakers
{
    /// <summary>Longest quotation followed, in sentences (a longer one is mostly an unclosed quotation mark).</summary>
    public const int MaxSentences = 6;
    private const int MaxSpeechGap = 3;

    /// <summary>The speaker of the quotation each sentence lies in, when the quotation spans several sentences.</summary>
    /// <param name="saidBy">The speaker a sentence names by a pronoun after its speech verb ('"…," ujarnya'), if any.</param>
    public static ActorMention?[] Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<ActorGroup>> groups, FunctionWords words,
        Func<int, ActorMention?>? saidBy = null)
    {
        saidBy ??= _ => null;
        var n = sentences.Count;
        var speakers = new ActorMention?[n];
        var endsInside = new bool[n];
        var inside = false;
        for (var s = 0; s < n; s++)
        {
            foreach (var t in sentences[s].Tokens) inside = Toggle(text, t, inside);
            endsInside[s] = inside;
        }
        for (var first = 0; first < n; first++)
        {
            if (!endsInside[first]) continue;
            var last = first;
            while (last + 1 < n && endsInside[last]) last++;
            var run = first..(last + 1);
            var sameParagraph = sentences.Take(run).All(s => s.Paragraph == sentences[first].Paragraph);
            if (last > first && last - first < MaxSentences && sameParagraph && !endsInside[last]
                && (SpeakerAfterClose(text, sentences[last], groups[last], words) ?? saidBy(last) ?? SpeakerBeforeOpen(text, sentences[first], groups[first], words)) is { } speaker)
                for (var s = first; s <= last; s++) speakers[s] = speaker;
            first = last;
        }
        // '"…," kata Menlu Lavrov. "Kami …."': a sentence that is a quotation alone goes on with the speaker of the one before,
        // in its paragraph or, when it opens a paragraph, in the paragraph before that ended on a quotation (news quotes a
        // speaker over several paragraphs and names them once).
        for (var s = 1; s < n; s++)
        {
            if (speakers[s] is not null || !QuotedAlone(text, sentences[s], words)) continue;
            var before = sentences[s - 1];
            if (before.Paragraph != sentences[s].Paragraph && !(before.Paragraph == sentences[s].Paragraph - 1 && EndsQuoted(text, before))) continue;
            speakers[s] = speakers[s - 1] ?? SpeakerAfterClose(text, before, groups[s - 1], words) ?? saidBy(s - 1)
                          ?? SpeakerBeforeOpen(text, before, groups[s - 1], words, first: true);
        }
        return speakers;
    }

    // Opens with a quotation mark, ends with one (before its final stop) and names no speech verb.
    private static bool QuotedAlone(string text, Sentence sentence, FunctionWords words) =>
        sentence.Tokens.Count >= 3 && IsQuote(text, sentence.Tokens[0]) && EndsQuoted(text, sentence) && !sentence.Tokens.Any(t => words.Is("speech", t));

    // Ends with a quotation mark (before its final stop).
    private static bool EndsQuoted(string text, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var end = tokens.Count - 1;
        while (end > 0 && tokens[end].Kind != TokenKind.Word && !IsQuote(text, tokens[end])) end--;
        return end >= 0 && IsQuote(text, tokens[end]);
    }

    private static bool IsQuote(string text, Token t) => t.Kind != TokenKind.Word && t.Span.Length == 1 && text[t.Start] is '"' or '\u201C' or '\u201D';

    private static bool Toggle(string text, Token t, bool inside) =>
        !IsQuote(text, t) ? inside : text[t.Start] switch { '\u201C' => true, '\u201D' => false, _ => !inside };

    // "… ," kata Menlu Lavrov: the first actor within a few tokens after a speech verb that follows a quotation mark.
    private static ActorMention? SpeakerAfterClose(string text, Sentence sentence, IReadOnlyList<ActorGroup> groups, FunctionWords words)
    {
        var tokens = sentence.Tokens;
        for (var close = 0; close < tokens.Count; close++)
        {
            if (!IsQuote(text, tokens[close])) continue;
            for (var k = close + 1; k < tokens.Count && k <= close + MaxSpeechGap; k++)
                if (words.Is("speech", tokens[k]))
                    return groups.FirstOrDefault(g => g.StartToken > k && g.StartToken <= k + MaxSpeechGap)?.Members[0];
        }
        return null;
    }

    // Lavrov menuturkan, "Kami …": the actor ending right before a speech verb that the opening mark follows (the last
    // mark of a sentence a quotation runs on from; the first of one that holds the whole quotation).
    private static ActorMention? SpeakerBeforeOpen(string text, Sentence sentence, IReadOnlyList<ActorGroup> groups, FunctionWords words, bool first = false)
    {
        var tokens = sentence.Tokens;
        var marks = Enumerable.Range(0, tokens.Count).Where(k => IsQuote(text, tokens[k]));
        var open = (first ? marks : marks.Reverse()).DefaultIfEmpty(-1).First();
        for (var k = open - 1; k >= 0 && k >= open - MaxSpeechGap; k--)
            if (words.Is("speech", tokens[k]))
                return groups.LastOrDefault(g => g.EndToken <= k && g.EndToken >= k - 1 && !g.IsOblique)?.Members[0];
        return null;
    }
}
