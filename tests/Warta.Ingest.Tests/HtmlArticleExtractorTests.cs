using Warta.Ingest.Html;

namespace Warta.Ingest.Tests;

public class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Fact]
    public void IndonesianPageKeepsTheArticleAndDropsTheFurniture()
    {
        var page = Extractor.Extract(TestPages.IndonesianNews(), "https://kabar.contoh.test/internasional/patroli-bersama");
        Assert.Contains(TestPages.BodyMarker1, page.Text);
        Assert.Contains(TestPages.BodyMarker2, page.Text);
        Assert.Contains("Patroli berikutnya direncanakan", page.Text);
        foreach (var furniture in new[] { "ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca Juga", "Menteri Tinjau Pelabuhan", "Harga Ikan Naik",
                     "Nelayan Keluhkan", "Foto: kapal", "Berlangganan", "Pembaca Satu", "Terpopuler", "Hak cipta", "Facebook", "Beranda", "(rin/abc)" })
            Assert.DoesNotContain(furniture, page.Text);
        Assert.Equal(4, page.Paragraphs.Count);
        Assert.Contains("\n\n", page.Text);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(50_000)]
    public void Deeply_nested_unclosed_html_is_extracted_without_a_hang(int depth)
    {
        // <div><span> ×20k took 53 s, ×50k over 5 minutes; the nesting is now capped before parsing.
        var html = "<html><body><p>" + TestPages.BodyMarker1 + "</p>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "kata terakhir</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var page = Extractor.Extract(html);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains(TestPages.BodyMarker1, page.Text);
        Assert.Contains("kata terakhir", page.Text);
    }

    [Fact]
    public void A_page_within_the_nesting_cap_is_left_as_it_is_and_a_deeper_one_keeps_its_text()
    {
        var page = TestPages.IndonesianNews();
        Assert.Same(page, NestingLimit.Flatten(page));
        var deep = "<p>a</p>" + string.Concat(Enumerable.Repeat("<div>x", 10)) + string.Concat(Enumerable.Repeat("</div>", 10)) + "<!-- <div> --><script>'<div>'</script>";
        var flat = NestingLimit.Flatten(deep, maxDepth: 3);
        Assert.Equal(3, NestingLimit.DeepestNesting(flat));
        Assert.Equal("<p>a</p><div>x<div>x<div>xxxxxxxx</div></div></div><!-- <div> --><script>'<div>'</script>", flat);
    }

    [Fact]
    public void MetadataIsRead()
    {
        var page = Extractor.Extract(TestPages.IndonesianNews(), "https://kabar.contoh.test/x");
        Assert.Equal("Dua Negara Gelar Patroli Laut Bersama", page.Title);
        Assert.Equal("Rina Wulandari", page.Author);
        Assert.Equal("Kabar Contoh", page.SiteName);
        Assert.Equal("id", page.Language);
        Assert.Equal("https://kabar.contoh.test/internasional/patroli-bersama", page.CanonicalUrl);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2021-10-23T08:15:00+07:00","author":{"@type":"Person","name":"A"}}</script><meta property="article:published_time" content="2020-01-01">""", "", null, "2021-10-23", DateSource.JsonLd)]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":"NewsArticle","datePublished":"2021-10-22"}]}</script>""", "", null, "2021-10-22", DateSource.JsonLd)]
    [InlineData("""<meta property="article:published_time" content="2021-10-21T23:30:00+07:00">""", "", null, "2021-10-21", DateSource.Meta)]
    [InlineData("""<meta itemprop="datePublished" content="2021-10-20">""", "", null, "2021-10-20", DateSource.Meta)]
    [InlineData("", """<time datetime="2021-10-19T10:00:00+07:00" class="publish-date">Selasa</time>""", null, "2021-10-19", DateSource.TimeElement)]
    [InlineData("", "", "https://kabar.contoh.test/2021/10/18/judul-berita", "2021-10-18", DateSource.Url)]
    [InlineData("", """<div class="date">Minggu, 17 Oktober 2021 09:12 WIB</div>""", null, "2021-10-17", DateSource.Dateline)]
    [InlineData("", """<p class="info">Published Oct. 16, 2021</p>""", null, "2021-10-16", DateSource.Dateline)]
    [InlineData("", "", "https://kabar.contoh.test/berita/tanpa-tanggal", null, DateSource.None)]
    public void PublicationDateComesFromTheMostTrustedSource(string head, string body, string? url, string? expected, DateSource source)
    {
        var page = Extractor.Extract(TestPages.WithDate(head, body), url);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), page.PublicationDate);
        Assert.Equal(source, page.DateSource);
    }

    [Fact]
    public void JsonLdGivesAuthorsAndPublisher()
    {
        var page = Extractor.Extract(TestPages.WithDate("""
            <script type="application/ld+json">[{"@type":["NewsArticle"],"headline":"Judul JSON","datePublished":"2021-10-23",
              "author":[{"name":"Satu"},{"name":"Dua"}],"publisher":{"@type":"Organization","name":"Penerbit"},"inLanguage":"id-ID"}]</script>
            """));
        Assert.Equal(("Judul JSON", "Satu, Dua", "Penerbit", "id"), (page.Title, page.Author, page.SiteName, page.Language));
    }

    [Fact]
    public void TruncatedHtmlStillGivesText()
    {
        var html = TestPages.IndonesianNews();
        var cut = html[..html.IndexOf(TestPages.BodyMarker2, StringComparison.Ordinal)];
        var page = Extractor.Extract(cut);
        Assert.Contains(TestPages.BodyMarker1, page.Text);
    }

    [Fact]
    public void EmptyPageGivesEmptyText()
    {
        var page = Extractor.Extract("<html><head><title>Kosong</title></head><body><nav>menu</nav></body></html>");
        Assert.Equal("", page.Text);
        Assert.Equal(DateSource.None, page.DateSource);
    }
}

public class BoilerplateRulesTests
{
    [Fact]
    public void ShippedRulesLoad()
    {
        var rules = BoilerplateRules.Default;
        Assert.True(rules.Rules.Count > 30);
        Assert.Contains(rules.Rules, r => r.Kind == BoilerplateKind.Lead && r.Language == "id" && r.Pattern.IsMatch("Baca Juga: Menteri Tinjau Pelabuhan"));
        Assert.All(rules.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Note), $"line {r.LineNumber} has no note"));
    }

    [Theory]
    [InlineData("share-bar", true)]
    [InlineData("baca-juga", true)]
    [InlineData("comments-area", true)]
    [InlineData("comment-content", true)]
    [InlineData("entry-content entry-content-read-more", false)]
    [InlineData("article-body", false)]
    [InlineData("loader", false)]
    public void AttrMarkers(string attrs, bool furniture) => Assert.Equal(furniture, BoilerplateRules.Default.IsFurnitureAttr(attrs));

    [Theory]
    [InlineData("ADVERTISEMENT", true)]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT", true)]
    [InlineData("Simak Video \"Patroli Laut\"", true)]
    [InlineData("[rin]", true)]
    [InlineData("(rin/abc)", true)]
    [InlineData("Presiden meninjau pelabuhan pada Sabtu (23/10/2021).", false)]
    public void LineMarkers(string line, bool furniture) => Assert.Equal(furniture, BoilerplateRules.Default.MatchLine(line) is not null);

    [Fact]
    public void BadDataNamesItsLine()
    {
        var e = Assert.Throws<FormatException>(() => BoilerplateRules.Parse("# c\nline\t*\t(unclosed\tnote\n", "x.tsv"));
        Assert.StartsWith("x.tsv:2: bad pattern", e.Message);
        e = Assert.Throws<FormatException>(() => BoilerplateRules.Parse("block\t*\tx\tnote\n", "x.tsv"));
        Assert.StartsWith("x.tsv:1: unknown kind", e.Message);
    }

    [Fact]
    public void MonthNamesLoad()
    {
        Assert.Equal(10, WrittenDates.Months["Oktober"]);
        Assert.Equal(8, WrittenDates.Months["agustus"]);
        Assert.Equal(new DateOnly(2021, 10, 23), WrittenDates.Find("Sabtu, 23 Okt 2021 08:00 WIB"));
        Assert.Equal(new DateOnly(2021, 10, 23), WrittenDates.Find("Sabtu (23/10/2021)"));
        Assert.Null(WrittenDates.Find("Rabu (20/10)"));
    }
}
