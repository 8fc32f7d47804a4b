using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;

namespace Warta.Server.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser (headless Chromium) against the real server on 127.0.0.1 over the dashboard stories:
/// pick a dyad, see the series, click a period, see the table filtered, open an event, see the marked sentence; the map
/// draws the events that have a place; hostile article text runs nothing. Skipped when no browser is installed.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private DashboardServer server = null!;
    private ChromeDriver? driver;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ChromeDriver Driver => driver ??= Browser.StartOrSkip();

    public async ValueTask InitializeAsync() => server = await DashboardServer.StartAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        driver?.Quit();
        driver?.Dispose();
        await server.DisposeAsync();
    }

    private void Open(string pathAndQuery) => Driver.Navigate().GoToUrl(server.Address + pathAndQuery);

    private IReadOnlyList<string> EventDates() =>
        Driver.FindElements(By.CssSelector("#events tbody tr")).Select(r => r.FindElements(By.TagName("td"))[0].Text).ToList();

    [Fact]
    public void Picking_a_dyad_shows_the_series_and_a_period_filters_the_table_down_to_the_evidence()
    {
        var d = Driver;
        Open("/");
        d.Until(x => x.FindElement(By.Id("actor-a")), "the relations form").SendKeys("chn");
        d.FindElement(By.Id("actor-b")).SendKeys("RUS");
        d.FindElement(By.Id("period")).SendKeys("month");
        d.FindElement(By.Id("show-relations")).Click();

        // The series: both charts drawn, one row per month, the state in the URL.
        d.Until(x => x.FindElements(By.CssSelector("#chart-index canvas")).Count > 0 && x.FindElements(By.CssSelector("#chart-quad canvas")).Count > 0, "the two charts");
        var periods = d.FindElements(By.CssSelector("#periods tbody tr")).Select(r => r.GetAttribute("data-period")).ToList();
        Assert.Equal(["2021-10", "2021-11", "2021-12"], periods);
        Assert.Contains("a=CHN", d.Url);
        Assert.Contains("b=RUS", d.Url);
        Assert.Contains("articles mentioning both", d.FindElement(By.Id("relations-summary")).Text);
        Assert.Equal(7, EventDates().Count);   // the dyad's events, all months

        // A click on the first point of the index series lists October's events only.
        var over = d.FindElement(By.CssSelector("#chart-index .u-over"));
        new Actions(d).MoveToElement(over, -over.Size.Width / 2 + 2, 0).Click().Perform();
        d.Until(x => x.Url.Contains("from=2021-10-01") && x.Url.Contains("to=2021-10-31"), "the October period in the URL");
        d.Until(x => EventDates().Count == 4 && EventDates().All(t => t.StartsWith("2021-10", StringComparison.Ordinal)), "October's events in the table");

        // A period of the table: November holds the joint patrol only.
        d.FindElement(By.CssSelector("#periods tr[data-period='2021-11'] button")).Click();
        d.Until(x => EventDates() is [var only] && only.StartsWith("2021-11-18", StringComparison.Ordinal), "November's one event");
        Assert.Contains("Laut Jepang", d.FindElement(By.CssSelector("#events tbody tr")).Text);
        Assert.Contains("061 cooperate economically", d.FindElement(By.CssSelector("#events tbody tr")).Text);

        // The state survives a reload (shareable URL).
        d.Navigate().Refresh();
        d.Until(x => EventDates() is [var again] && again.StartsWith("2021-11-18", StringComparison.Ordinal), "the same table after a reload");

        // Its evidence: the sentence with the trigger and both actors marked, the rule and why.
        d.FindElement(By.CssSelector("#events tbody tr a.evidence-link")).Click();
        var trigger = d.Until(x => x.FindElement(By.CssSelector(".mention .sentence mark.trigger")), "the marked sentence");
        Assert.Equal("berpatroli bersama", trigger.Text);
        Assert.Equal("China", d.FindElement(By.CssSelector(".mention .sentence mark.source")).Text);
        Assert.Equal("Rusia", d.FindElement(By.CssSelector(".mention .sentence mark.target")).Text);
        Assert.Equal(DashboardStories.Patrol.Text[..DashboardStories.Patrol.Text.IndexOf(". ", StringComparison.Ordinal)] + ".",
            d.FindElement(By.CssSelector(".mention .sentence")).Text);
        var page = d.FindElement(By.Id("main")).Text;
        Assert.Contains("rule:061", page);
        Assert.Contains("anchor: most specific report", page);
        Assert.Contains("contoh.id", page);
        Assert.Equal("https://example.org/warta/patroli", d.FindElement(By.CssSelector("a.article-link")).GetAttribute("href"));

        // Back to the table it came from.
        d.FindElement(By.Id("back")).Click();
        d.Until(x => EventDates() is [var back] && back.StartsWith("2021-11-18", StringComparison.Ordinal), "the filtered table again");
    }

    [Fact]
    public async Task The_map_draws_a_marker_for_each_event_with_a_place_over_country_outlines()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var located = (await http.GetFromJsonAsync<JsonElement>("/api/events?dyad=CHN-RUS&located=true", Ct)).GetProperty("items").GetArrayLength();
        Assert.True(located >= 4, $"{located} located events");
        var d = Driver;
        Open("/map?a=CHN&b=RUS");
        d.Until(x => x.FindElements(By.CssSelector("path.event-marker")).Count == located, $"{located} markers");
        Assert.True(d.FindElements(By.CssSelector(".leaflet-overlay-pane path")).Count > 100, "country outlines drawn");
        Assert.Contains($"{located} events with a place", d.FindElement(By.Id("map-status")).Text);
        // The patrol at sea is there, in its QuadClass colour (material cooperation).
        Assert.Single(d.FindElements(By.CssSelector("path.event-marker.quad-marker-2")));
        // A marker opens its event.
        d.Js("document.querySelector('path.event-marker.quad-marker-2').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        d.Until(x => x.FindElement(By.CssSelector(".mention .sentence mark.trigger")).Text == "berpatroli bersama", "the patrol's evidence");
    }

    [Fact]
    public async Task Markup_in_articles_and_actor_names_is_shown_as_text_and_never_runs()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var hostile = (await http.GetFromJsonAsync<JsonElement>("/api/events?dyad=CHN-RUS&from=2021-12-20&to=2021-12-20", Ct))
            .GetProperty("items").EnumerateArray().Single();
        var d = Driver;

        // The evidence page: title, sentence and actor names as written, nothing executed, no link for a javascript: URL.
        Open("/event?id=" + Uri.EscapeDataString(hostile.GetProperty("id").GetString()!));
        var sentence = d.Until(x => x.FindElement(By.CssSelector(".mention .sentence")), "the hostile sentence");
        Assert.Contains(DashboardStories.ImageInText, sentence.Text);
        Assert.Contains(DashboardStories.ScriptInText, sentence.Text);
        Assert.Equal(DashboardStories.HostileSource, d.FindElement(By.CssSelector(".mention .sentence mark.source")).Text);
        Assert.Contains(DashboardStories.ScriptInTitle, d.FindElement(By.CssSelector(".mention h2")).Text);
        Assert.Contains("\"Judul\" & 'kutipan' <i>miring</i>", d.FindElement(By.CssSelector(".mention h2")).Text);
        Assert.Contains(DashboardStories.HostileSource, d.FindElement(By.Id("event-title")).Text);
        Assert.Empty(d.FindElements(By.CssSelector("#main img, #main script, #main b, #main i")));
        Assert.Empty(d.FindElements(By.CssSelector("a.article-link")));
        Assert.Contains(DashboardStories.Hostile.Url + " (not an http(s) address: not linked)", d.FindElement(By.Id("main")).Text);
        NothingRan(d);

        // The table and the map show the same names as text too.
        Open("/?a=CHN&b=RUS&from=2021-12-20&to=2021-12-20");
        var row = d.Until(x => x.FindElement(By.CssSelector("#events tbody tr")), "the hostile event's row");
        Assert.Contains(DashboardStories.HostileSource, row.Text);
        Open("/map?a=CHN&b=RUS&from=2021-12-20&to=2021-12-20");
        d.Until(x => x.FindElements(By.CssSelector("path.event-marker")).Count == 1, "the hostile event's marker");
        d.Js("document.querySelector('path.event-marker').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))");
        var tip = d.Until(x => x.FindElement(By.CssSelector(".leaflet-tooltip")), "the marker's tooltip");
        Assert.Contains(DashboardStories.HostileSource, tip.Text);
        Assert.Empty(d.FindElements(By.CssSelector(".leaflet-tooltip b")));
        NothingRan(d);
    }

    private static void NothingRan(IWebDriver d)
    {
        Assert.Null(d.Js("return window.__wartaXss === undefined ? null : String(window.__wartaXss)"));
        Assert.DoesNotContain("pwned", d.Title);
        Assert.StartsWith("Warta", d.Title);
    }
}
