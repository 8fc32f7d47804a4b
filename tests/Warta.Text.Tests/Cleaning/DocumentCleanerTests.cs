using Warta.Core;
using Warta.Text.Cleaning;

namespace Warta.Text.Tests.Cleaning;

public class DocumentCleanerTests
{
    [Fact]
    public void Detects_the_language_when_the_article_does_not_state_it()
    {
        var doc = DocumentCleaner.Clean(new Article("a", "Pemerintah daerah akan membangun jembatan yang baru di desa itu pada tahun ini."));
        Assert.Equal("id", doc.Language);
        doc = DocumentCleaner.Clean(new Article("b", "The city council said it would build a new bridge over the river this year."));
        Assert.Equal("en", doc.Language);
    }

    [Fact]
    public void Uses_the_stated_language()
    {
        var doc = DocumentCleaner.Clean(new Article("a", "Pemerintah daerah akan membangun jembatan yang baru.", Language: "EN"));
        Assert.Equal("en", doc.Language);
    }

    [Fact]
    public void Language_without_data_folder_is_detected_instead()
    {
        // A stated language Warta has no folder for ("fr", a typo "xx") once failed later with FileNotFoundException.
        const string text = "Le conseil municipal a voté.";
        foreach (var stated in new[] { "fr", "xx" })
            Assert.Contains(DocumentCleaner.Clean(new Article("a", text, Language: stated)).Language, Warta.Languages.DataFiles.Languages);
    }

    [Theory]
    [InlineData("ID")]
    [InlineData(" id ")]
    [InlineData("id-ID")]
    public void Stated_language_is_read_in_any_case_and_region(string stated)
    {
        var doc = DocumentCleaner.Clean(new Article("a", "The minister met the president.", Language: stated));
        Assert.Equal("id", doc.Language);
    }
}
