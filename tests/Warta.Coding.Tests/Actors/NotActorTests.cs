using Warta.Core;

namespace Warta.Coding.Tests.Actors;

/// <summary>Phrases with an actor's name inside that name no actor (not-actors.tsv), in sentences written by us.</summary>
public sealed class NotActorTests
{
    private static IReadOnlyList<ActorMention> Actors(string text) =>
        WrittenText.Code("not-actors", text, new DateOnly(2025, 6, 16)).Actors;

    [Theory]
    [InlineData("Amerika Serikat menarik diri dari Perjanjian Paris tentang iklim.", "FRA")]
    [InlineData("Ukraina menuduh Rusia melanggar Kesepakatan Minsk.", "BLR")]
    public void An_agreement_named_after_a_capital_is_not_that_state(string text, string notThere)
    {
        var actors = Actors(text);
        Assert.NotEmpty(actors);
        Assert.DoesNotContain(actors, a => a.Root == notThere);
    }
}
