using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Data.Sqlite;
using Warta.Storage;
using Warta.Storage.Tests;

namespace Warta.Server.Tests;

/// <summary>The HTTP API in-process (test host) over a store holding the hand-written stories.</summary>
public sealed class ServerTests : IAsyncLifetime
{
    private readonly string dir = Directory.CreateTempSubdirectory("warta-server-").FullName;
    private WebApplication? app;
    private HttpClient client = null!;
    private const string Token = "s3cret-token";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Db => Path.Combine(dir, "server.db");

    public async ValueTask InitializeAsync()
    {
        await using (var store = await EventStore.OpenAsync(Db))
            await new IngestRunner(store, new FakeCoder(Stories.Events())).RunAsync(Stories.Inputs(Stories.All.Where(a => a.Id != Stories.Detik.Id)));
        app = await WartaServer.BuildAsync(new WartaServerOptions(Db, Token, () => new FakeCoder(Stories.Events())),
            configure: b => b.WebHost.UseTestServer());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (app is not null) await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Events_are_filtered_and_paged_with_stable_cursors()
    {
        var all = await GetJson("/api/events?dyad=RUS-CHN");
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetJson("/api/events?limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next").GetString();
        } while (cursor is not null);
        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()), ids);

        var conflict = await GetJson("/api/events?quadclass=3&actor=RUS");
        Assert.Equal("112", conflict.GetProperty("items")[0].GetProperty("cameo").GetString());
        Assert.Equal(1, (await GetJson("/api/events?min-mentions=2")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task One_event_lists_its_mentions_and_why()
    {
        var meeting = (await GetJson("/api/events?min-mentions=2")).GetProperty("items")[0];
        var detail = await GetJson("/api/events/" + meeting.GetProperty("id").GetString());
        var mentions = detail.GetProperty("mentions");
        Assert.Equal(4, mentions.GetArrayLength());
        Assert.StartsWith("anchor", mentions[0].GetProperty("mention").GetProperty("mergeReason").GetString());
        await GetJson("/api/events/nope", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Relations_actors_and_articles_answer()
    {
        var rel = await GetJson("/api/relations?a=CHN&b=RUS&by=month");
        var october = rel.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2021-10");
        Assert.Equal(3, october.GetProperty("events").GetInt32());
        Assert.Equal(5, october.GetProperty("articlesMentioningBoth").GetInt32());
        var actors = await GetJson("/api/actors");
        Assert.Equal(["CHN", "RUS"], actors.EnumerateArray().Select(a => a.GetProperty("root").GetString()));
        var articles = await GetJson("/api/articles?limit=4");
        Assert.Equal(4, articles.GetProperty("items").GetArrayLength());
        var rest = await GetJson("/api/articles?cursor=" + articles.GetProperty("next").GetString());
        Assert.Equal(2, rest.GetProperty("items").GetArrayLength());
        Assert.Equal("kompas.com", (await GetJson("/api/articles/kompas-7")).GetProperty("outlet").GetString());
    }

    [Theory]
    [InlineData("/api/events?from=yesterday", "from 'yesterday' must be a date")]
    [InlineData("/api/events?from=2021-12-01&to=2021-01-01", "from must not be after to")]
    [InlineData("/api/events?limit=0", "limit '0'")]
    [InlineData("/api/events?limit=abc", "limit 'abc'")]
    [InlineData("/api/events?cursor=%%%", "cursor")]
    [InlineData("/api/events?quadclass=7", "quadclass '7'")]
    [InlineData("/api/events?dyad=CHN", "dyad 'CHN'")]
    [InlineData("/api/events?cameo=x1", "cameo 'x1'")]
    [InlineData("/api/events?min-mentions=-1", "min-mentions '-1'")]
    [InlineData("/api/events?min-confidence=1.5", "min-confidence '1.5'")]
    [InlineData("/api/events?min-confidence=NaN", "min-confidence 'NaN'")]
    [InlineData("/api/events?directed=maybe", "directed 'maybe'")]
    [InlineData("/api/relations?a=CHN", "actor ''")]
    [InlineData("/api/relations?a=CHN&b=RUS&by=year", "by 'year'")]
    [InlineData("/api/articles?limit=99999", "limit '99999'")]
    [InlineData("/api/articles?cursor=***", "cursor")]
    public async Task Bad_parameters_are_400_with_a_message(string url, string message)
    {
        var body = await GetJson(url, HttpStatusCode.BadRequest);
        Assert.Contains(message, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task OpenApi_describes_the_endpoints()
    {
        var doc = await GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/relations", "/api/actors", "/api/articles", "/api/ingest" })
            Assert.True(paths.TryGetProperty(p, out _), $"missing {p}");
    }

    [Fact]
    public async Task Ingest_needs_the_token_and_then_stores_and_merges()
    {
        var body = JsonContent.Create(new[] { new ArticleInput(Stories.Detik.Id, Stories.Detik.Text, Stories.Detik.PublicationDate, Stories.Detik.Url, null, "id", "detik.com") });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/ingest", body, Ct)).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = body };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong, Ct)).StatusCode);

        using var ok = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = body };
        ok.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await client.SendAsync(ok, Ct);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, result.GetProperty("stored").GetInt32());
        Assert.Equal(1, result.GetProperty("newEvents").GetInt32());

        using var junk = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        junk.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(junk, Ct)).StatusCode);
    }

    internal static readonly Warta.Core.Article WithSlashes = new("https://kabar.contoh.test/2021/10/21/temu", "Presiden Rusia bertemu Presiden China di Moskow.",
        new DateOnly(2021, 10, 21), "https://kabar.contoh.test/2021/10/21/temu");

    private async Task<HttpResponseMessage> PostIngest(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task An_article_whose_id_holds_slashes_is_fetched_as_written_or_escaped()
    {
        var post = await PostIngest(JsonContent.Create(new[] { new { id = WithSlashes.Id, text = WithSlashes.Text } }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        foreach (var path in new[] { "/api/articles/" + WithSlashes.Id, "/api/articles/" + Uri.EscapeDataString(WithSlashes.Id) })
            Assert.Equal(WithSlashes.Id, (await GetJson(path)).GetProperty("id").GetString());
        Assert.Equal("no article 'https://kabar.contoh.test/none'", (await GetJson("/api/articles/https%3A%2F%2Fkabar.contoh.test%2Fnone", HttpStatusCode.NotFound)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Framework_answers_have_a_json_error_body_and_every_answer_says_nosniff()
    {
        var missing = await client.GetAsync("/api/no-such-thing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("no such resource: /api/no-such-thing", (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
        Assert.Equal("nosniff", missing.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", (await client.GetAsync("/api/actors", Ct)).Headers.GetValues("X-Content-Type-Options").Single());

        var plain = await PostIngest(new StringContent("[{\"text\": \"x\"}]", Encoding.UTF8, "text/plain"));
        Assert.True(plain.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, $"{plain.StatusCode}");
        Assert.Contains("body must be JSON", (await plain.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_400_names_the_bad_value_not_a_dotnet_type()
    {
        var bad = await PostIngest(new StringContent("[{\"text\": \"x\", \"publicationDate\": \"kemarin\"}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString()!;
        Assert.Contains("$[0].publicationDate", error);
        Assert.DoesNotContain("System.", error);
        Assert.DoesNotContain("`1", error);
        Assert.Equal("could not convert a value of another type.", WartaServer.WithoutTypeNames("could not convert System.Nullable`1[System.DateOnly]."));
    }

    [Fact]
    public async Task Requests_are_not_logged_at_information()
    {
        var logs = new CapturedLogs();
        await using var quiet = await WartaServer.BuildAsync(new WartaServerOptions(Db),
            configure: b => { b.WebHost.UseTestServer(); b.Logging.AddProvider(logs); });
        await quiet.StartAsync(Ct);
        using var http = quiet.GetTestClient();
        for (var i = 0; i < 5; i++) await http.GetAsync("/api/events?limit=1", Ct);
        await quiet.StopAsync(Ct);
        Assert.DoesNotContain(logs.Entries, e => e.Level <= Microsoft.Extensions.Logging.LogLevel.Information && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    /// <summary>Keeps every log entry that passes the server's filters.</summary>
    private sealed class CapturedLogs : Microsoft.Extensions.Logging.ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentBag<(string Category, Microsoft.Extensions.Logging.LogLevel Level)> Entries { get; } = [];

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(CapturedLogs owner, string category) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((category, logLevel));
        }
    }
}

/// <summary>The API on a real Kestrel server on 127.0.0.1 (a free port), a few bounded requests.</summary>
public sealed class LoopbackServerTests
{
    [Fact]
    public async Task The_real_server_answers_on_loopback_and_is_read_only_without_a_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = Directory.CreateTempSubdirectory("warta-loopback-").FullName;
        var db = Path.Combine(dir, "loop.db");
        try
        {
            await using (var store = await EventStore.OpenAsync(db, ct))
                await new IngestRunner(store, new FakeCoder(Stories.Events())).RunAsync(Stories.Inputs([.. Stories.All, ServerTests.WithSlashes]), ct);
            await using var app = await WartaServer.BuildAsync(new WartaServerOptions(db), ["--urls", "http://127.0.0.1:0"]);
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address);
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

            var rel = await http.GetFromJsonAsync<JsonElement>("/api/relations?a=CHN&b=RUS&by=month", ct);
            Assert.Equal(4, rel.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2021-10").GetProperty("events").GetInt32());
            var events = await http.GetFromJsonAsync<JsonElement>("/api/events?limit=2", ct);
            Assert.Equal(2, events.GetProperty("items").GetArrayLength());
            Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/events?to=2021-13-45", ct)).StatusCode);
            var post = await http.PostAsJsonAsync("/api/ingest", Array.Empty<ArticleInput>(), ct);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            // Over real HTTP too: an id with "/" as written and escaped, and JSON bodies on framework answers.
            foreach (var path in new[] { "/api/articles/" + ServerTests.WithSlashes.Id, "/api/articles/" + Uri.EscapeDataString(ServerTests.WithSlashes.Id) })
                Assert.Equal(ServerTests.WithSlashes.Id, (await http.GetFromJsonAsync<JsonElement>(path, ct)).GetProperty("id").GetString());
            var missing = await http.GetAsync("/no/such/path", ct);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.StartsWith("no such resource", (await missing.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("error").GetString());
            Assert.Equal("nosniff", missing.Headers.GetValues("X-Content-Type-Options").Single());
            await app.StopAsync(ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

}
