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
}
