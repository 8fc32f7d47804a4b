using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Candidates;

/// <summary>Which words of a sentence the learned reader weighs as possible acts.</summary>
public sealed class CandidateWordTests
{
    private static (Warta.Coding.Candidates.CandidateReader Reader, Warta.Coding.Candidates.SentenceView View, IReadOnlyList<Token> Tokens) Read(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new Span(0, text.Length));
        var sentence = new Sentence(0, new Span(0, text.Length), tokens, 0, 0);
        var reader = EventModels.Reader("id");
        return (reader, reader.View(text, sentence, [], []), tokens);
    }

    [Fact]
    public void A_verb_of_being_is_no_act_but_a_lexicon_phrase_with_it_is()
    {
        var (reader, view, tokens) = Read("Prancis akan menjadi ketua bersama dan Norwegia siap menjadi mediator.");
        var indices = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Norm == "menjadi").ToList();
        Assert.Equal(2, indices.Count);
        Assert.False(reader.IsCandidate(view, indices[0]));
        Assert.True(reader.IsCandidate(view, indices[1]));
    }
}
