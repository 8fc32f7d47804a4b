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
    public void Language_without_data_folder_keeps_the_whole_text()
    {
        const string text = "Advertisement\nLe conseil municipal a voté.";
        var doc = DocumentCleaner.Clean(new Article("a", text, Language: "fr"));
        Assert.Equal(2, doc.Body.Count);
        Assert.Empty(doc.Removed);
    }
}
