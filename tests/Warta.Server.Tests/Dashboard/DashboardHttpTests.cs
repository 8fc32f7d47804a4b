using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warta.Server.Dashboard;

namespace Warta.Server.Tests.Dashboard;

/// <summary>The dashboard's pages, assets and API additions over HTTP, without a browser.</summary>
public sealed partial class DashboardHttpTests : IAsyncLifetime
{
    private DashboardServer server = null!;
    private HttpClient http = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await DashboardServer.StartAsync(Ct);
        http = new HttpClient { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromSeconds(10) };
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=|style\s*=|<style", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"(?:src|href)=""(/assets/[^""]+)""")]
    private static partial Regex AssetReference();

    [Theory]
    [InlineData("/")]
    [InlineData("/event?id=x")]
    [InlineData("/map?a=CHN&b=RUS")]
    public async Task Pages_are_html_under_a_policy_that_forbids_inline_scripts(string path)
    {
        var response = await http.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
    }

    [Fact]
    public async Task Every_file_the_page_names_is_served_from_the_assembly_and_nothing_else()
    {
        var html = await http.GetStringAsync("/", Ct);
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/assets/vendor/uPlot.iife.min.js", assets);
        Assert.Contains("/assets/vendor/leaflet.js", assets);
        foreach (var asset in assets)
        {
            var response = await http.GetAsync(asset, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(asset.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", response.Content.Headers.ContentType!.MediaType);
            // An unchanged file is not sent twice.
            using var again = new HttpRequestMessage(HttpMethod.Get, asset);
            again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
            Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again, Ct)).StatusCode);
        }
        var outlines = await http.GetFromJsonAsync<JsonElement>("/assets/vendor/world-countries-110m.geojson", Ct);
        Assert.True(outlines.GetProperty("features").GetArrayLength() > 150);
        foreach (var missing in new[] { "/assets/nothing.js", "/assets/../WartaServer.cs", "/assets/index.html", "/assets/%2e%2e/x.js" })
        {
            var response = await http.GetAsync(missing, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{missing}: {(int)response.StatusCode}");
            Assert.StartsWith("no such resource", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
        }
    }

    [Fact]
    public void The_scripts_build_the_page_from_text_never_from_markup()
    {
        var scripts = DashboardAssets.Files.Values.Where(f => f.Path.StartsWith("js/", StringComparison.Ordinal)).ToList();
        Assert.True(scripts.Count >= 5, $"{scripts.Count} scripts");
        foreach (var script in scripts)
        {
            var code = System.Text.Encoding.UTF8.GetString(script.Content);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
                Assert.False(code.Contains(sink, StringComparison.Ordinal), $"{script.Path} uses {sink}");
        }
        // Every vendored library comes with its licence.
        foreach (var licence in new[] { "vendor/uPlot.LICENSE.txt", "vendor/leaflet.LICENSE.txt", "vendor/world-atlas.LICENSE.txt" })
            Assert.NotNull(DashboardAssets.Find(licence));
    }

    [Fact]
    public async Task The_api_moved_under_api_and_gives_cameo_names_located_events_and_marked_sentences()
    {
        var index = await http.GetFromJsonAsync<JsonElement>("/api", Ct);
        Assert.Equal("/", index.GetProperty("dashboard").GetString());
        var cameo = await http.GetFromJsonAsync<JsonElement>("/api/cameo", Ct);
        Assert.Contains(cameo.EnumerateArray(), c => c.GetProperty("code").GetString() == "112" && c.GetProperty("label").GetString() == "accuse");

        var located = (await http.GetFromJsonAsync<JsonElement>("/api/events?located=true&limit=100", Ct)).GetProperty("items");
        var all = (await http.GetFromJsonAsync<JsonElement>("/api/events?limit=100", Ct)).GetProperty("items");
        Assert.Equal(all.EnumerateArray().Count(e => e.GetProperty("lat").ValueKind == JsonValueKind.Number), located.GetArrayLength());
        Assert.True(located.GetArrayLength() < all.GetArrayLength());
        var bad = await http.GetAsync("/api/events?located=yes", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("located 'yes' must be true or false", (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());

        var patrol = all.EnumerateArray().Single(e => e.GetProperty("cameo").GetString() == "061");
        var mention = (await http.GetFromJsonAsync<JsonElement>("/api/events/" + patrol.GetProperty("id").GetString(), Ct)).GetProperty("mentions")[0];
        var marked = mention.GetProperty("pieces").EnumerateArray().Where(p => p.GetProperty("role").GetString() != "text")
            .Select(p => (p.GetProperty("text").GetString(), p.GetProperty("role").GetString())).ToList();
        Assert.Equal([("China", "source"), ("Rusia", "target"), ("berpatroli bersama", "trigger")], marked);
        Assert.Equal("Laut Jepang", mention.GetProperty("mention").GetProperty("placeName").GetString());
    }
}
