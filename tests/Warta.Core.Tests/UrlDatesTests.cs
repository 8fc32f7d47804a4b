namespace Warta.Core.Tests;

public sealed class UrlDatesTests
{
    [Theory]
    [InlineData("http://example.org/2017/10/22/some-story/", "2017-10-22")]
    [InlineData("http://example.org/news/read/20161210/310447/story", "2016-12-10")]
    [InlineData("https://example.org/world/2021-10-23-talks-resume", "2021-10-23")]
    public void A_date_in_the_path_is_read(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), UrlDates.From(url));

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.org/berita/652355/story-title")]
    [InlineData("https://example.org/2017/02/31/no-such-day")]
    [InlineData("https://example.org/id/12345678901/story")]
    public void A_path_without_a_real_date_gives_none(string? url) => Assert.Null(UrlDates.From(url));
}
