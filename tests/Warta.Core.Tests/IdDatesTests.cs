namespace Warta.Core.Tests;

public sealed class IdDatesTests
{
    [Theory]
    [InlineData("collection-1500000000-some-title", "2017-07-14")]
    [InlineData("1000000000", "2001-09-09")]
    [InlineData("item_1700000000", "2023-11-14")]
    public void Unix_seconds_in_an_id_give_their_utc_day(string id, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), IdDates.From(id));

    [Theory]
    [InlineData(null)]
    [InlineData("gk-f9c38edcbf")]
    [InlineData("story-15000000000")]   // eleven digits: not seconds
    [InlineData("story-500000000")]     // nine digits
    [InlineData("story-2500000000")]    // after 2033
    public void An_id_without_unix_seconds_gives_none(string? id) => Assert.Null(IdDates.From(id));
}
