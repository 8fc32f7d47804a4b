using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Candidates;

/// <summary>What the event model reads about an actor of a candidate act.</summary>
public sealed class ActorFeatureTests
{
    [Fact]
    public void An_actor_is_described_by_its_role_alone_and_with_the_kind_of_act()
    {
        const string text = "Iran menangkap polisi Irak.";
        var tokens = Tokenizer.Tokenize(text, new Span(0, text.Length));
        var sentence = new Sentence(0, new Span(0, text.Length), tokens, 0, 0);
        var iran = new ActorMention("IRN", "Iran", tokens[0].Span, "actor:country");
        var police = new ActorMention("IRQCOP", "polisi Irak", new Span(tokens[2].Start, tokens[3].End), "actor:role+country");
        var reader = EventModels.Reader("id");
        var view = reader.View(text, sentence, [new ActorGroup([iran], 0, 1, null), new ActorGroup([police], 2, 4, null)], []);
        var act = 1;
        Assert.NotNull(view.LexiconHits[act]);
        var root = view.LexiconHits[act]!.Cameo[..2];

        var state = reader.ActorFeatures(view, act, view.Mentions[0]).ToList();
        var organ = reader.ActorFeatures(view, act, view.Mentions[1]).ToList();

        Assert.Contains("role=L-", state);
        Assert.Contains("role=RCOP", organ);
        Assert.Contains("rolecls=RCOP" + root, organ);
        Assert.DoesNotContain(organ, f => f.StartsWith("role=L", StringComparison.Ordinal));
    }
}
