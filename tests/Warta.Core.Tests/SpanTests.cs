using Warta.Core;

namespace Warta.Core.Tests;

public class SpanTests
{
    [Fact]
    public void Of_returns_the_covered_text() => Assert.Equal("Rusia", new Span(6, 11).Of("Hal - Rusia"));

    [Theory]
    [InlineData("RUSGOV", "RUS")]
    [InlineData("AFGREB", "AFG")]
    [InlineData("IGOUNOREFHCR", "IGOUNOREFHCR")]
    [InlineData("IMGMUSISI", "IMGMUSISI")]
    public void Actor_root_is_country_for_states_and_whole_code_otherwise(string code, string root) =>
        Assert.Equal(root, ActorCodes.Root(code));
}
