using Warta.Core;

namespace Warta.Ingest.Tests;

public class HtmlInputTests
{
    [Fact]
    public async Task HtmlFileBecomesAnArticle()
    {
        using var dir = new TempDir();
        var path = dir.File("halaman/patroli.html", TestPages.IndonesianNews(
            head: """<meta property="article:published_time" content="2021-10-23T10:00:00+07:00">"""));
        dir.File("halaman/kosong.htm", "<html><body><nav>menu saja</nav></body></html>");
        var items = new List<InputItem>();
        await foreach (var item in ArticleReader.ReadAsync([Path.Combine(dir.Path, "halaman")], ct: TestContext.Current.CancellationToken)) items.Add(item);
        Assert.Equal(2, items.Count);
        Assert.EndsWith("kosong.htm: no article text found in the page", items[0].Problem!.ToString());
        var a = items[1].Article!;
        Assert.Equal("patroli", a.Id);
        Assert.Equal("Dua Negara Gelar Patroli Laut Bersama", a.Title);
        Assert.Equal(new DateOnly(2021, 10, 23), a.PublicationDate);
        Assert.Equal("https://kabar.contoh.test/internasional/patroli-bersama", a.Url);
        Assert.Equal("id", a.Language);
        Assert.Contains(TestPages.BodyMarker2, a.Text);
    }
}
