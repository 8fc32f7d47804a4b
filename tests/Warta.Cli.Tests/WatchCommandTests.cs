using System.Net;
using System.Net.Sockets;
using System.Text;
using Warta.Storage;

namespace Warta.Cli.Tests;

/// <summary>`warta watch --once --db` against a feed served on 127.0.0.1 by the test: new articles are ingested, seen ones skipped.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class WatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("warta-watch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Page = """
        <html><head><title>{0}</title><meta property="article:published_time" content="2024-03-0{1}T08:00:00+07:00"></head>
        <body><article><h1>{0}</h1>
        <p>Jakarta, WartaContoh.id -- Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada Senin (4/3/2024).</p>
        <p>Laporan {0}: kedua menteri membahas kerja sama maritim dan perdagangan kedua negara dalam pertemuan yang berlangsung dua jam itu.</p>
        <p>Pemerintah Jepang juga menawarkan bantuan untuk pembangunan pelabuhan di Indonesia bagian timur, kata pejabat itu.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task Once_ingests_new_feed_items_and_skips_them_on_the_next_run()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = Serve(listener, port, stop.Token);
        try
        {
            var feeds = Path.Combine(_dir, "feeds.txt");
            await File.WriteAllTextAsync(feeds, $"http://127.0.0.1:{port}/feed.xml\n", TestContext.Current.CancellationToken);
            var db = Path.Combine(_dir, "watch.db");

            var first = await CliRunner.RunAsync("watch", feeds, "--once", "--db", db);
            Assert.True(first.ExitCode == 0, first.Error);
            await using (var store = await EventStore.OpenAsync(db, TestContext.Current.CancellationToken))
                Assert.Equal(2, (await store.CountAsync(TestContext.Current.CancellationToken)).Articles);

            var second = await CliRunner.RunAsync("watch", feeds, "--once", "--db", db);
            Assert.True(second.ExitCode == 0, second.Error);
            Assert.DoesNotContain("ingested", second.Error);
            await using (var store = await EventStore.OpenAsync(db, TestContext.Current.CancellationToken))
                Assert.Equal(2, (await store.CountAsync(TestContext.Current.CancellationToken)).Articles);
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            try { await server; } catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
        }
    }

    // A minimal HTTP/1.1 server: a feed with two items, their pages, 404 for anything else (robots.txt included).
    private static async Task Serve(TcpListener listener, int port, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(ct);
            await using var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync(ct) ?? "";
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync(ct))) { }
            var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
            var (status, type, body) = path switch
            {
                "/feed.xml" => ("200 OK", "application/rss+xml", $"""
                    <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Contoh</title><link>http://127.0.0.1:{port}/</link>
                    <item><title>Menlu bertemu</title><link>http://127.0.0.1:{port}/a1.html</link></item>
                    <item><title>Kerja sama maritim</title><link>http://127.0.0.1:{port}/a2.html</link></item>
                    </channel></rss>
                    """),
                "/a1.html" => ("200 OK", "text/html; charset=utf-8", string.Format(Page, "Menlu bertemu", 4)),
                "/a2.html" => ("200 OK", "text/html; charset=utf-8", string.Format(Page, "Kerja sama maritim", 5)),
                _ => ("404 Not Found", "text/plain", "not found"),
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, ct);
            await stream.WriteAsync(bytes, ct);
        }
    }
}
