using Warta.Core;

namespace Warta.Coding.Tests.Actors;

/// <summary>English actor readings, in sentences written by us: possessive roles, undotted US, Phoenix people and bodies.</summary>
public sealed class EnglishActorTests
{
    private static CodedEvent Only(string text, DateOnly published) =>
        Assert.Single(WrittenText.Code("en-actors", text, published, "en").Events);

    [Fact]
    public void A_role_after_a_states_possessive_is_that_states_role()
    {
        var e = Only("Japan's defence minister visited the Philippines on Monday.", new DateOnly(2024, 5, 7));
        Assert.Equal("JPNGOVMIL", e.Source.Code);
    }

    [Fact]
    public void Undotted_US_in_capitals_is_the_United_States()
    {
        var e = Only("US officials condemned Iran on Monday.", new DateOnly(2024, 5, 7));
        Assert.Equal("USAGOV", e.Source.Code);
    }

    [Fact]
    public void A_person_of_the_phoenix_dictionaries_has_the_role_of_the_articles_date()
    {
        // Bill Clinton is in the derived people table only: president on this date.
        var e = Only("Bill Clinton met Boris Yeltsin in Moscow on Tuesday.", new DateOnly(1995, 5, 9));
        Assert.Equal("USAGOV", e.Source.Code);
    }
}
