using Warta.Coding.Actors;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Actors;

/// <summary>Reads the actors of sentences written for a test, in order, as one article with the shipped Indonesian data.</summary>
internal static class ActorReading
{
    private static readonly HashSet<string> Calendar = ["senin", "selasa", "juni"];

    /// <summary>The actors of each sentence (code, words, rule); all sentences in one paragraph.</summary>
    public static List<List<(string Code, string Text, string Rule)>> Read(params string[] sentences) => ReadWithPlaces(new Dictionary<int, string[]>(), sentences);

    /// <summary>As <see cref="Read"/>, with the given words of a sentence (by its index) found as places.</summary>
    public static List<List<(string Code, string Text, string Rule)>> ReadWithPlaces(IReadOnlyDictionary<int, string[]> placeWords, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var recognizer = new ActorRecognizer(ActorLexicon.For("id"), FunctionWords.For("id"), Morphology.For("id"), "IDN",
            new DateOnly(2025, 6, 16), new NameMemory(ActorLexicon.For("id"), FunctionWords.For("id"), Calendar));
        var result = new List<List<(string, string, string)>>();
        var at = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var span = new Span(at, at + sentences[s].Length);
            var sentence = new Sentence(s, span, Tokenizer.Tokenize(text, span), 0, 0);
            var places = sentence.Tokens.Where(t => placeWords.GetValueOrDefault(s, []).Contains(t.Span.Of(text))).Select(t => t.Span).ToList();
            result.Add(recognizer.Recognize(text, sentence, places).SelectMany(g => g.Members).Select(m => (m.Code, m.Span.Of(text), m.Rule)).ToList());
            at = span.End + 1;
        }
        return result;
    }
}
