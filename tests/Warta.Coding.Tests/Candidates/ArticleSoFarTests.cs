using Warta.Coding.Candidates;
using Warta.Core;

namespace Warta.Coding.Tests.Candidates;

public sealed class ArticleSoFarTests
{
    private static ActorMention A(string code) => new(code, code, new Span(0, 1), "test");

    [Fact]
    public void Actors_are_ranked_by_the_sentences_naming_them_so_far_with_ties_sharing_a_rank()
    {
        // Iran in three sentences (its organs count as Iran), Israel in two, the US and the UN once each.
        var earlier = new IReadOnlyList<ActorMention>[] { [A("IRNGOV"), A("ISR")], [A("IRN"), A("IRNMIL")], [A("USA")] };
        var soFar = new ArticleSoFar(earlier, [A("IRN"), A("ISRMIL"), A("IGOUNO")]);
        Assert.Equal(1, soFar.Rank("IRN"));
        Assert.Equal(2, soFar.Rank("ISR"));
        Assert.Equal(3, soFar.Rank("USA"));
        Assert.Equal(3, soFar.Rank("IGOUNO"));
        // An actor not named yet ranks after all that were.
        Assert.Equal(5, soFar.Rank("CHN"));
    }

    [Fact]
    public void Pairs_named_together_count_only_in_earlier_sentences_and_in_either_order()
    {
        var soFar = new ArticleSoFar([[A("IRNGOV"), A("ISR")], [A("USA")]], [A("USA"), A("CHN")]);
        Assert.True(soFar.NamedTogether("IRN", "ISR"));
        Assert.True(soFar.NamedTogether("ISR", "IRN"));
        Assert.False(soFar.NamedTogether("USA", "CHN"));
        Assert.False(soFar.NamedTogether("IRN", "USA"));
        Assert.False(ArticleSoFar.Empty.NamedTogether("IRN", "ISR"));
        Assert.Equal(1, ArticleSoFar.Empty.Rank("IRN"));
    }

    [Fact]
    public void A_view_of_the_article_keeps_to_the_sentences_before_it_as_the_history_grows()
    {
        var history = new ActorHistory();
        history.Add([A("IRNGOV"), A("ISR")]);
        var second = new ArticleSoFar(history, [A("USA")]);
        history.Add([A("USA")]);
        history.Add([A("USA"), A("CHN")]);
        history.Add([A("USA")]);
        // Seen from the second sentence: Iran, Israel and the US once each; the US and China not yet named together.
        Assert.Equal(1, second.Rank("USA"));
        Assert.Equal(1, second.Rank("IRN"));
        Assert.False(second.NamedTogether("USA", "CHN"));
        Assert.True(second.NamedTogether("ISR", "IRN"));
        // Seen from the fifth: the US in four sentences leads alone.
        var fifth = new ArticleSoFar(history, [A("IRN")]);
        Assert.Equal(1, fifth.Rank("USA"));
        Assert.Equal(2, fifth.Rank("IRN"));
        Assert.True(fifth.NamedTogether("CHN", "USA"));
    }
}
