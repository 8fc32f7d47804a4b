using Warta.Core;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>
/// Whom a protest naming no target is aimed at (data/cameo/place-targets.tsv, implied-targets.tsv): held abroad, the
/// country it is held in; at home, the protesters' government. Sentences written by us (cities, not capitals: a capital
/// names its government, "di Berlin", and is a target of its own).
/// </summary>
public sealed class ProtestTargetTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string language) =>
        WrittenText.Code("protest", text, new DateOnly(2024, 10, 10), language).Events;

    [Theory]
    [InlineData("Ratusan mahasiswa Turki berdemonstrasi di Hamburg, Sabtu (5/10/2024).", "id")]
    [InlineData("Turkish students protested in Hamburg on Saturday.", "en")]
    public void A_protest_abroad_is_aimed_at_the_country_it_is_held_in(string text, string language)
    {
        var protest = Assert.Single(Code(text, language), e => e.Root == "14");
        Assert.StartsWith("TUR", protest.Source.Code);
        Assert.Equal("DEU", protest.Target?.Code);
        Assert.Contains("+place-target", protest.Rule);
    }

    [Theory]
    [InlineData("Ratusan mahasiswa Turki berdemonstrasi di Istanbul, Sabtu (5/10/2024).", "id")]
    [InlineData("Turkish students protested in Istanbul on Saturday.", "en")]
    public void A_protest_at_home_is_aimed_at_the_government(string text, string language)
    {
        var protest = Assert.Single(Code(text, language), e => e.Root == "14");
        Assert.Equal("TURGOV", protest.Target?.Code);
        Assert.Contains("+implied-target", protest.Rule);
    }

    // implied-agents.tsv, "unnamed": no actor named before the protest, a place named right after it.
    [Theory]
    [InlineData("Unjuk rasa di Hamburg berlangsung ricuh, Sabtu (5/10/2024).", "DEU")]
    [InlineData("Ribuan orang berdemonstrasi di Istanbul, Sabtu (5/10/2024).", "TUR")]
    public void Unnamed_protesters_are_the_civilians_of_the_place_named_right_after_the_protest(string text, string country)
    {
        var protest = Assert.Single(Code(text, "id"), e => e.Root == "14");
        Assert.Equal(country + "CVL", protest.Source.Code);
        Assert.Equal("actor:implied-unnamed", protest.Source.Rule);
        Assert.Equal(country + "GOV", protest.Target?.Code);
    }

    [Theory]
    [InlineData("Pawai itu adalah aksi damai yang berakhir di Hamburg, Sabtu (5/10/2024).")] // the place is not the protest's
    [InlineData("Unjuk rasa berlangsung ricuh, Sabtu (5/10/2024).")] // no place at all
    public void Unnamed_protesters_with_no_place_right_after_the_protest_give_no_event(string text) =>
        Assert.DoesNotContain(Code(text, "id"), e => e.Root == "14");
}
