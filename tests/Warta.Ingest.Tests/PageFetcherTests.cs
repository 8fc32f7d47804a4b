using System.Diagnostics;
using System.Text;
using Warta.Ingest.Fetching;

namespace Warta.Ingest.Tests;

public class PageFetcherTests
{
    private static readonly FetchOptions Fast = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        PerHostInterval = TimeSpan.Zero,
        MaxBytes = 1024 * 1024,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Site(SeenRequest r) => r.Path switch
    {
        "/robots.txt" => Reply.Bytes("User-agent: *\nDisallow: /rahasia\n\nUser-agent: Warta\nDisallow: /khusus-warta\nAllow: /khusus-warta/boleh\n"u8.ToArray(), "text/plain"),
        "/halaman" => Reply.Html(TestPages.IndonesianNews()),
        "/hilang" => Reply.Code(404),
        "/rusak" => Reply.Code(500),
        "/lambat" => Reply.Html("<p>late</p>") with { Delay = TimeSpan.FromSeconds(10) },
        "/putar" => Reply.Redirect("/putar"),
        "/pindah" => Reply.Redirect("/halaman"),
        "/besar" => new Reply(200, [], "text/html") { Writer = WriteBig },
        "/besar-diumumkan" => new Reply(200, [], "text/html") { Headers = { ["Content-Length"] = (50L * 1024 * 1024).ToString() }, Writer = WriteBig },
        "/etag" when r.Headers.TryGetValue("If-None-Match", out var tag) && tag == "\"v1\"" => new Reply(304, [], "text/html"),
        "/etag" => Reply.Html("<p>v1</p>").WithHeader("ETag", "\"v1\"").WithHeader("Last-Modified", "Sat, 23 Oct 2021 01:00:00 GMT"),
        _ => Reply.Html("<p>ok</p>"),
    };

    /// <summary>A 50 MB body, written in pieces until the client stops reading.</summary>
    private static async Task WriteBig(Stream s, CancellationToken ct)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (var i = 0; i < 50 * 16; i++) await s.WriteAsync(chunk, ct);
    }

    [Fact]
    public async Task FetchesWithWartaUserAgent()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var r = await fetcher.FetchAsync(server.Url("/halaman"), ct: Ct);
        Assert.Equal(FetchStatus.Ok, r.Status);
        Assert.Contains(TestPages.BodyMarker1, Encoding.UTF8.GetString(r.Body!));
        Assert.Equal("Warta/0.1 (+news event coder)", server.Requests.First(q => q.Path == "/halaman").Headers["User-Agent"]);
    }

    [Fact]
    public async Task NotFoundIsNotRetried()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var r = await fetcher.FetchAsync(server.Url("/hilang"), ct: Ct);
        Assert.Equal((FetchStatus.HttpError, 404, 1), (r.Status, r.HttpStatus, r.Attempts));
        Assert.Equal(1, server.Count("/hilang"));
    }

    [Fact]
    public async Task ServerErrorIsRetriedWithBackOff()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var r = await fetcher.FetchAsync(server.Url("/rusak"), ct: Ct);
        Assert.Equal((FetchStatus.HttpError, 500, 3), (r.Status, r.HttpStatus, r.Attempts));
        Assert.Equal(3, server.Count("/rusak"));
    }

    [Fact]
    public async Task SlowAnswerTimesOut()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 });
        var watch = Stopwatch.StartNew();
        var r = await fetcher.FetchAsync(server.Url("/lambat"), ct: Ct);
        Assert.Equal(FetchStatus.Timeout, r.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RedirectLoopStops()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast with { Retries = 0 });
        var r = await fetcher.FetchAsync(server.Url("/putar"), ct: Ct);
        Assert.Equal(FetchStatus.TooManyRedirects, r.Status);
        Assert.Equal(Fast.MaxRedirects + 1, server.Count("/putar"));
    }

    [Fact]
    public async Task RedirectIsFollowed()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var r = await fetcher.FetchAsync(server.Url("/pindah"), ct: Ct);
        Assert.Equal(FetchStatus.Ok, r.Status);
        Assert.Equal(server.Url("/halaman"), r.Url);
    }

    [Theory]
    [InlineData("/besar")]
    [InlineData("/besar-diumumkan")]
    public async Task FiftyMegabytesHitTheSizeCap(string path)
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var r = await fetcher.FetchAsync(server.Url(path), ct: Ct);
        Assert.Equal(FetchStatus.TooLarge, r.Status);
        Assert.Equal(1, r.Attempts);
    }

    [Fact]
    public async Task An_unreachable_site_is_reported_as_unreachable_not_as_a_robots_refusal()
    {
        // Nothing listens on a port just released: the connection is refused.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = new PageFetcher(Fast with { Retries = 0 });
        var r = await fetcher.FetchAsync($"http://127.0.0.1:{port}/berita", ct: Ct);
        Assert.Equal(FetchStatus.NetworkError, r.Status);
        Assert.StartsWith("not fetched: the site did not answer for its robots.txt", r.Error);
        Assert.DoesNotContain("disallows", r.Error);
    }

    [Fact]
    public async Task RobotsTxtIsRespected()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        // The Warta group applies, not the * group.
        Assert.Equal(FetchStatus.Disallowed, (await fetcher.FetchAsync(server.Url("/khusus-warta/x"), ct: Ct)).Status);
        Assert.Equal(FetchStatus.Ok, (await fetcher.FetchAsync(server.Url("/khusus-warta/boleh/x"), ct: Ct)).Status);
        Assert.Equal(FetchStatus.Ok, (await fetcher.FetchAsync(server.Url("/rahasia"), ct: Ct)).Status);
        Assert.Equal(0, server.Count("/khusus-warta/x"));
        Assert.Equal(1, server.Count("/robots.txt"));
    }

    [Fact]
    public async Task ConditionalRequestGetsNotModified()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var first = await fetcher.FetchAsync(server.Url("/etag"), ct: Ct);
        Assert.Equal("\"v1\"", first.Validators!.ETag);
        Assert.NotNull(first.Validators.LastModified);
        var second = await fetcher.FetchAsync(server.Url("/etag"), first.Validators, Ct);
        Assert.Equal(FetchStatus.NotModified, second.Status);
    }

    [Fact]
    public async Task RequestsToOneHostAreSpaced()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast with { PerHostInterval = TimeSpan.FromMilliseconds(200) });
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++) await fetcher.FetchAsync(server.Url($"/p{i}"), ct: Ct);
        // robots.txt + 3 pages = 4 requests, 3 intervals.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(550), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task UnreachableHostIsANetworkError()
    {
        int port;
        using (var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0)) { l.Start(); port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port; }
        using var fetcher = new PageFetcher(Fast with { Retries = 0, RespectRobots = false });
        var r = await fetcher.FetchAsync($"http://127.0.0.1:{port}/x", ct: Ct);
        Assert.Equal(FetchStatus.NetworkError, r.Status);
    }

    [Fact]
    public async Task UrlInputBecomesAnArticle()
    {
        await using var server = new LocalServer(Site);
        using var fetcher = new PageFetcher(Fast);
        var items = new List<Warta.Core.InputItem>();
        await foreach (var item in ArticleReader.ReadAsync([server.Url("/halaman"), server.Url("/hilang")], new ArticleReaderOptions { Fetcher = fetcher }, Ct))
            items.Add(item);
        Assert.Contains(TestPages.BodyMarker1, items[0].Article!.Text);
        Assert.Equal(server.Url("/halaman"), items[0].Article!.Id);
        Assert.Equal($"{server.Url("/hilang")}: HTTP 404 Not Found", items[1].Problem!.ToString());
    }
}

public class RobotsRulesTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/admin/x", false)]
    [InlineData("/admin/public/x", true)]
    [InlineData("/page.pdf", false)]
    [InlineData("/page.pdf?x=1", true)]
    [InlineData("/search?q=a", false)]
    public void LongestMatchWins(string path, bool allowed)
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /admin\nAllow: /admin/public\nDisallow: /*.pdf$\nDisallow: /search\nCrawl-delay: 2\n", "Warta/0.1");
        Assert.Equal(allowed, rules.Allows(path));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }
}
