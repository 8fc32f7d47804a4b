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

    [Theory]
    [InlineData("IDNCOP", "COP")]
    [InlineData("USAGOVMIL", "GOV")]
    [InlineData("IRN", "")]
    [InlineData("IGOUNO", "IGO")]
    [InlineData("IMGMUSISI", "IMG")]
    public void Actor_role_is_the_part_after_a_states_country_or_a_bodys_type(string code, string role) =>
        Assert.Equal(role, ActorCodes.Role(code));
}
