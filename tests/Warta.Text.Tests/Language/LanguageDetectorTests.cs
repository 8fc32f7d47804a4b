using Warta.Text.Language;

namespace Warta.Text.Tests.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Pemerintah kota akan memperbaiki jalan yang rusak di kawasan itu setelah musim hujan berakhir.", "id")]
    [InlineData("Polisi mengatakan bahwa pelaku sudah ditangkap dan sedang diperiksa oleh penyidik.", "id")]
    [InlineData("The minister said that the talks would resume after the holiday, according to officials.", "en")]
    [InlineData("Police have arrested two men who were suspected of stealing cattle from the farm.", "en")]
    public void Detects_indonesian_and_english(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Default.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!! ???")]
    [InlineData("Xqzt Brlm Vrrk")]
    public void Falls_back_to_the_first_language_when_unsure(string text) =>
        Assert.Equal(LanguageDetector.Default.Languages[0], LanguageDetector.Default.Detect(text));

    [Fact]
    public void Every_language_folder_with_stopwords_takes_part()
    {
        Assert.Contains("id", LanguageDetector.Default.Languages);
        Assert.Contains("en", LanguageDetector.Default.Languages);
    }

    [Fact]
    public void Shares_are_the_fraction_of_listed_words()
    {
        var detector = new LanguageDetector([
            new("aa", ["satu", "dua"]),
            new("bb", ["one"]),
        ]);
        var shares = detector.Shares("satu dua tiga one");
        Assert.Equal(0.5, shares["aa"]);
        Assert.Equal(0.25, shares["bb"]);
        Assert.Equal("aa", detector.Detect("satu dua tiga one"));
    }

    [Fact]
    public void A_close_call_is_unsure()
    {
        var detector = new LanguageDetector([new("aa", ["satu"]), new("bb", ["one"])]);
        Assert.Equal("aa", detector.Detect("one satu one satu"));
        Assert.Equal("bb", detector.Detect("one one one satu"));
    }
}
