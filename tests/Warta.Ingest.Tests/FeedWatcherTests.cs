using System.Collections.Concurrent;
using System.Text;
using Warta.Core;
using Warta.Ingest.Feeds;
using Warta.Ingest.Fetching;

namespace Warta.Ingest.Tests;

public class FeedWatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FetchOptions Fast = new()
    {
        Timeout = TimeSpan.FromMilliseconds(800),
        Retries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        PerHostInterval = TimeSpan.Zero,
        MaxBytes = 2 * 1024 * 1024,
    };

    private static string Rss(string baseUrl, params string[] paths) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Kabar Contoh</title><link>" + baseUrl + "</link><description>uji</description>"
        + string.Concat(paths.Select(p => $"<item><title>Judul {p}</title><link>{baseUrl}{p}</link><pubDate>Sat, 23 Oct 2021 08:00:00 +0700</pubDate></item>"))
        + "</channel></rss>";

    /// <summary>A site whose feed lists good pages and every broken case.</summary>
    private sealed class Site
    {
        public volatile string[] Items = ["/berita/satu", "/berita/dua", "/berita/hilang", "/berita/rusak", "/berita/terpotong",
            "/berita/salah-charset", "/berita/lambat", "/berita/putar", "/berita/besar"];
        public int FeedVersion = 1;

        public Reply Handle(SeenRequest r, string baseUrl)
        {
            var etag = $"\"feed-{FeedVersion}\"";
            switch (r.Path)
            {
                case "/robots.txt": return Reply.Bytes("User-agent: *\nDisallow: /privat\n"u8.ToArray(), "text/plain");
                case "/feed.xml" when r.Headers.TryGetValue("If-None-Match", out var tag) && tag == etag: return new Reply(304, [], "application/rss+xml");
                case "/feed.xml": return Reply.Bytes(Encoding.UTF8.GetBytes(Rss(baseUrl, Items)), "application/rss+xml").WithHeader("ETag", etag);
                case "/feed-rusak.xml": return Reply.Bytes("<rss><channel><item><title>tidak selesai"u8.ToArray(), "application/rss+xml");
                case "/feed-hilang.xml": return Reply.Code(404);
                case "/berita/satu": return Reply.Html(TestPages.IndonesianNews());
                case "/berita/dua": return Reply.Html(TestPages.WithDate(""));
                case "/berita/tiga": return Reply.Html(TestPages.WithDate("<title>Tiga</title>"));
                case "/berita/hilang": return Reply.Code(404);
                case "/berita/rusak": return Reply.Code(500);
                case "/berita/terpotong":
                    var html = TestPages.IndonesianNews();
                    return Reply.Html(html[..(html.Length / 2)]);
                case "/berita/salah-charset":
                    Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                    return Reply.Bytes(Encoding.GetEncoding(1252).GetBytes(TestPages.WithDate("", "<p>Café résumé naïve – sebuah paragraf dengan huruf Latin yang cukup panjang.</p>")), "text/html; charset=utf-8");
                case "/berita/lambat": return Reply.Html("<p>x</p>") with { Delay = TimeSpan.FromSeconds(5) };
                case "/berita/putar": return Reply.Redirect("/berita/putar");
                case "/berita/besar":
                    return new Reply(200, [], "text/html")
                    {
                        Writer = async (s, ct) =>
                        {
                            var chunk = new byte[64 * 1024];
                            for (var i = 0; i < 50 * 16; i++) await s.WriteAsync(chunk, ct);
                        },
                    };
                default: return Reply.Code(404);
            }
        }
    }

    [Fact]
    public async Task OncePollIngestsNewArticlesSurvivesBrokenOnesAndSkipsSeenOnTheNextRun()
    {
        var site = new Site();
        LocalServer? server = null;
        server = new LocalServer(r => site.Handle(r, server!.Base));
        await using var _ = server;
        using var dir = new TempDir();
        var statePath = Path.Combine(dir.Path, "state.json");
        var log = new ConcurrentQueue<string>();
        var feeds = new[] { server.Url("/feed.xml"), server.Url("/feed-rusak.xml"), server.Url("/feed-hilang.xml") };

        // First run.
        var got = new List<Article>();
        using (var fetcher = new PageFetcher(Fast))
        {
            var store = await JsonFileFetchStateStore.OpenAsync(statePath, Ct);
            var watcher = new FeedWatcher(fetcher, store, log: log.Enqueue);
            var s = await watcher.PollOnceAsync(feeds, (a, _) => { got.Add(a); return Task.CompletedTask; }, Ct);
            Assert.Equal(2, s.FeedErrors);
            Assert.True(s.NewArticles >= 3, string.Join("\n", log));
        }
        Assert.Contains(got, a => a.Text.Contains(TestPages.BodyMarker1) && a.Url == server.Url("/berita/satu") && a.PublicationDate == new DateOnly(2021, 10, 23));
        Assert.Contains(got, a => a.Text.Contains("Café résumé"));
        Assert.DoesNotContain(got, a => a.Url!.EndsWith("/hilang") || a.Url.EndsWith("/besar") || a.Url.EndsWith("/putar"));
        foreach (var expected in new[] { "/berita/hilang: HTTP 404", "/berita/rusak: HTTP 500 after 2 attempts", "/berita/lambat: Timeout", "/berita/putar: TooManyRedirects",
                     "/berita/besar: TooLarge", "feed-rusak.xml: not a readable RSS, Atom or JSON feed", "feed-hilang.xml: HTTP 404" })
            Assert.Contains(log, l => l.Contains(expected));

        // Second run, new process: the feed answers 304, nothing new.
        var pageRequestsBefore = server.Count("/berita/satu");
        using (var fetcher = new PageFetcher(Fast))
        {
            var store = await JsonFileFetchStateStore.OpenAsync(statePath, Ct);
            var watcher = new FeedWatcher(fetcher, store);
            var s = await watcher.PollOnceAsync([server.Url("/feed.xml")], (_, _) => throw new InvalidOperationException("nothing is new"), Ct);
            Assert.Equal(1, s.FeedsUnchanged);
        }

        // Third run: the feed changed, one new item; seen items are not fetched again.
        site.Items = ["/berita/tiga", "/berita/satu", "/berita/dua", "/berita/hilang"];
        site.FeedVersion = 2;
        var third = new List<Article>();
        using (var fetcher = new PageFetcher(Fast))
        {
            var store = await JsonFileFetchStateStore.OpenAsync(statePath, Ct);
            var watcher = new FeedWatcher(fetcher, store);
            var s = await watcher.PollOnceAsync([server.Url("/feed.xml")], (a, _) => { third.Add(a); return Task.CompletedTask; }, Ct);
            Assert.Equal((1, 3), (s.NewArticles, s.Skipped));
        }
        Assert.Equal(server.Url("/berita/tiga"), Assert.Single(third).Url);
        Assert.Equal(pageRequestsBefore, server.Count("/berita/satu"));
    }

    [Fact]
    public void AtomAndJsonFeedsAreParsed()
    {
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Contoh</title><id>urn:x</id><updated>2021-10-23T00:00:00Z</updated>
              <entry><title>Satu</title><link href="https://kabar.contoh.test/satu"/><id>urn:1</id><updated>2021-10-23T00:00:00Z</updated><published>2021-10-22T20:00:00+07:00</published></entry>
              <entry><title>Dua</title><link href="/dua"/><id>urn:2</id><updated>2021-10-23T00:00:00Z</updated></entry>
            </feed>
            """;
        var a = FeedWatcher.ParseFeed(Encoding.UTF8.GetBytes(atom), "https://kabar.contoh.test/feed.atom");
        Assert.Equal(["https://kabar.contoh.test/satu", "https://kabar.contoh.test/dua"], a.Select(e => e.Link));
        Assert.Equal("Satu", a[0].Title);

        var json = """{"version":"https://jsonfeed.org/version/1.1","title":"Contoh","items":[{"id":"1","url":"https://kabar.contoh.test/j1","title":"J1","date_published":"2021-10-23T08:00:00+07:00"},{"id":"2"}]}""";
        var j = Assert.Single(FeedWatcher.ParseFeed(Encoding.UTF8.GetBytes(json), "https://kabar.contoh.test/feed.json"));
        Assert.Equal(("https://kabar.contoh.test/j1", new DateOnly(2021, 10, 23)), (j.Link, j.Published!.Value));
    }

    [Fact]
    public void FeedListSkipsCommentsAndBlanks() =>
        Assert.Equal(["https://a.test/feed", "https://b.test/rss"], FeedWatcher.ReadFeedList("# feeds\nhttps://a.test/feed\n\n  https://b.test/rss  \n"));

    [Fact]
    public async Task JsonStateSurvivesReopenAndRejectsGarbage()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "s.json");
        var store = await JsonFileFetchStateStore.OpenAsync(path, Ct);
        await store.MarkSeenAsync("https://a.test/1", Ct);
        await store.SetValidatorsAsync("https://a.test/feed", new Validators("\"e\"", null), Ct);
        await store.FlushAsync(Ct);
        var again = await JsonFileFetchStateStore.OpenAsync(path, Ct);
        Assert.True(await again.IsSeenAsync("https://a.test/1", Ct));
        Assert.Equal("\"e\"", (await again.GetValidatorsAsync("https://a.test/feed", Ct))!.ETag);
        File.WriteAllText(path, "{not json");
        await Assert.ThrowsAsync<InvalidDataException>(() => JsonFileFetchStateStore.OpenAsync(path, Ct));
    }
}
