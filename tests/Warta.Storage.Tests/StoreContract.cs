using Warta.Core;

namespace Warta.Storage.Tests;

/// <summary>
/// The behaviour every store must have, run against each implementation (SQLite here, PostgreSQL when a server
/// answers). Each test opens a fresh, empty store.
/// </summary>
public abstract class StoreContract
{
    /// <summary>A fresh, empty store. A second call in the same test opens the same store again.</summary>
    protected abstract Task<IEventStore> OpenAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IngestSummary> IngestAsync(IEnumerable<Article> articles, bool improved = false, string version = "fake-1", int batch = 2)
    {
        await using var store = await OpenAsync();
        return await new IngestRunner(store, new FakeCoder(Stories.Events(improved), version), batch).RunAsync(Stories.Inputs(articles), Ct);
    }

    private async Task<List<StoredEvent>> EventsAsync(EventQuery? q = null)
    {
        await using var store = await OpenAsync();
        var list = new List<StoredEvent>();
        await foreach (var e in store.AllEventsAsync(q ?? new EventQuery(), Ct)) list.Add(e);
        return list;
    }

    [Fact]
    public async Task Events_filtered_by_confidence_keep_those_with_a_confident_report_or_none_weighed()
    {
        // The accusation (Tempo) weighed 0.2, the Xinhua meeting 0.9; the other reports have no confidence (no models).
        var events = Stories.Events().ToDictionary(kv => kv.Key, kv => (IReadOnlyList<CodedEvent>)kv.Value.Select(e =>
            kv.Key == Stories.Tempo.Id ? e with { Confidence = 0.2 } : kv.Key == Stories.Xinhua.Id ? e with { Confidence = 0.9 } : e).ToList());
        await using (var store = await OpenAsync())
            await new IngestRunner(store, new FakeCoder(events), 2).RunAsync(Stories.Inputs(Stories.All), Ct);
        var all = await EventsAsync();
        var confident = await EventsAsync(new EventQuery(MinConfidence: 0.5));
        Assert.Contains(all, e => e.CameoRoot == "11");
        Assert.DoesNotContain(confident, e => e.CameoRoot == "11");
        Assert.Equal(all.Count - 1, confident.Count);
        Assert.Contains(confident, e => e.Date == new DateOnly(2021, 10, 25));
        Assert.Empty(await EventsAsync(new EventQuery(MinConfidence: 0.95, Cameo: "04", Place: "CHN")));
    }

    [Fact]
    public async Task Four_reports_of_one_meeting_become_one_event_with_counts()
    {
        var summary = await IngestAsync(Stories.All);
        Assert.Equal(7, summary.ArticlesStored);
        Assert.Equal(7, summary.Events);
        Assert.Equal(4, summary.NewEvents);
        Assert.Equal(3, summary.MergedReports);

        var events = await EventsAsync();
        Assert.Equal(4, events.Count);
        var meeting = Assert.Single(events, e => e.NumMentions > 1);
        Assert.Equal((4, 4, 3), (meeting.NumMentions, meeting.NumArticles, meeting.NumSources));
        Assert.Equal(("CHN", "RUS", "04"), (meeting.SourceRoot, meeting.TargetRoot, meeting.CameoRoot));
        Assert.Equal(new DateOnly(2021, 10, 21), meeting.Date);
        Assert.Equal(DatePrecision.Day, meeting.Precision);
        Assert.Equal("Moscow", meeting.PlaceCanonical);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Merged_events_do_not_depend_on_ingest_order(int seed)
    {
        var order = Stories.All.ToList();
        if (seed == 1) order.Reverse();
        if (seed > 1) order = order.OrderBy(_ => Random.Shared.Next()).ToList();
        await IngestAsync(order, batch: seed + 1);
        var events = await EventsAsync();
        var reference = EventMerger.Merge(Stories.All.SelectMany(a =>
            SqlEventStore.ToMentions(a, new FakeCoder(Stories.Events()).Code(a), SqlEventStore.OutletOf(a))))
            .Select(x => x.Event).OrderBy(e => Iso(e.Date)).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(reference.Select(e => (e.Id, e.NumMentions, e.Cameo, e.PlaceCanonical)), events.Select(e => (e.Id, e.NumMentions, e.Cameo, e.PlaceCanonical)));
        Assert.Equal(reference, events);
    }

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "";

    [Fact]
    public async Task Ingesting_twice_changes_nothing()
    {
        await IngestAsync(Stories.All);
        StoreCounts once;
        await using (var s = await OpenAsync()) once = await s.CountAsync(Ct);
        var again = await IngestAsync(Stories.All);
        Assert.Equal(0, again.ArticlesStored);
        Assert.Equal(7, again.Skipped["duplicate id"]);
        await using var store = await OpenAsync();
        Assert.Equal(once, await store.CountAsync(Ct));
        Assert.Equal(new StoreCounts(7, 4, 7), once);
    }

    [Fact]
    public async Task Same_url_or_same_normalised_text_under_another_id_is_skipped()
    {
        await IngestAsync([Stories.Antara]);
        var sameUrl = Stories.Antara with { Id = "copy-url", Text = "Teks lain sama sekali." };
        var sameText = Stories.Antara with { Id = "copy-text", Url = "https://mirror.example/1", Text = "  " + Stories.Antara.Text.ToUpperInvariant().Replace(" ", "  \n") };
        var summary = await IngestAsync([sameUrl, sameText, sameUrl with { Id = "copy-url-2" }]);
        Assert.Equal(0, summary.ArticlesStored);
        Assert.Equal(2, summary.Skipped["duplicate url"]);
        Assert.Equal(1, summary.Skipped["duplicate text"]);
    }

    [Fact]
    public async Task Duplicates_within_one_batch_are_stored_once()
    {
        var summary = await IngestAsync([Stories.Antara, Stories.Antara with { Id = "other" }], batch: 10);
        Assert.Equal(1, summary.ArticlesStored);
        Assert.Equal(1, summary.SkippedTotal);
    }

    [Fact]
    public async Task Input_problems_are_counted_with_their_reason()
    {
        await using var store = await OpenAsync();
        var summary = await new IngestRunner(store, new FakeCoder(Stories.Events())).RunAsync(Items(), Ct);
        Assert.Equal(2, summary.ArticlesRead);
        Assert.Equal(1, summary.Skipped["input problem"]);
        Assert.Contains("dump.jsonl:2: no text", summary.Problems);

        static async IAsyncEnumerable<InputItem> Items()
        {
            await Task.Yield();
            yield return InputItem.Of(Stories.Antara);
            yield return InputItem.Fail("dump.jsonl:2", "no text");
        }
    }

    [Fact]
    public async Task An_article_whose_coding_throws_is_stored_as_failed_and_recode_failed_codes_it()
    {
        await using (var store = await OpenAsync())
        {
            var flaky = new ThrowingCoder(new FakeCoder(Stories.Events()), Stories.Kompas.Id);
            var summary = await new IngestRunner(store, flaky, 2).RunAsync(Stories.Inputs(Stories.All), Ct);
            Assert.Equal((6, 1, 1), (summary.ArticlesStored, summary.StoredFailed, summary.Failed));
            Assert.Contains("coding failed: InvalidOperationException: boom (stored as failed; `warta recode --failed` retries it)", Assert.Single(summary.Problems));
            var kept = (await store.GetArticleAsync(Stories.Kompas.Id, Ct))!;
            Assert.True(kept.Failed);
            Assert.Equal(0, kept.EventCount);
            Assert.Equal(Stories.Kompas.Id, Assert.Single((await store.FailedArticlesAsync(10, null, Ct)).Items).Id);
            Assert.Empty(await store.CheckAsync(Ct));
        }
        await using (var store = await OpenAsync())
        {
            var result = await new RecodeRunner(store, new FakeCoder(Stories.Events())).RunAsync(ct: Ct, failedOnly: true);
            Assert.Equal(1, result.ArticlesRecoded);
            Assert.Empty(result.Failed!);
            Assert.False((await store.GetArticleAsync(Stories.Kompas.Id, Ct))!.Failed);
            Assert.Empty((await store.FailedArticlesAsync(10, null, Ct)).Items);
            // The same store as a run in which nothing failed.
            Assert.Equal(new StoreCounts(7, 4, 7), await store.CountAsync(Ct));
            Assert.Empty(await store.CheckAsync(Ct));
        }
        Assert.Equal((4, 4, 3), (await EventsAsync()).Where(e => e.NumMentions > 1).Select(e => (e.NumMentions, e.NumArticles, e.NumSources)).Single());
    }

    /// <summary>A coder that throws on one article, as a bug would.</summary>
    private sealed class ThrowingCoder(IArticleCoder inner, string failOn) : IArticleCoder
    {
        public string Version => inner.Version;

        public CodedArticle Code(Article article) =>
            article.Id == failOn ? throw new InvalidOperationException("boom") : inner.Code(article);
    }

    [Fact]
    public async Task Recode_replaces_mentions_and_removes_events_left_without_reports()
    {
        await IngestAsync(Stories.All);
        // The improved coder finds an extra agreement in Reuters and nothing at all in Tempo.
        var improved = Stories.Events(improved: true).ToDictionary(k => k.Key, v => v.Value);
        improved[Stories.Tempo.Id] = [];
        await using var store = await OpenAsync();
        var result = await new RecodeRunner(store, new FakeCoder(improved, "fake-2")).RunAsync(ct: Ct);
        Assert.Equal(7, result.ArticlesRecoded);
        Assert.Equal(new StoreCounts(7, 4, 7), await store.CountAsync(Ct)); // 057 (root 05) is new, 112 is gone
        var events = await EventsAsync();
        Assert.DoesNotContain(events, e => e.CameoRoot == "11");
        Assert.Contains(events, e => e.Cameo == "057" && e.Precision == DatePrecision.Month);
        Assert.Equal(4, events.Single(e => e.CameoRoot == "04" && e.NumMentions > 1).NumMentions);
        // Nothing left to recode with the same version.
        Assert.Equal(0, (await new RecodeRunner(store, new FakeCoder(improved, "fake-2")).RunAsync(ct: Ct)).ArticlesRecoded);
        Assert.Equal("fake-2", (await store.GetArticleAsync(Stories.Tempo.Id, Ct))!.CoderVersion);
    }

    [Fact]
    public async Task A_more_precise_report_arriving_later_takes_over_the_anchor()
    {
        await IngestAsync([Stories.Reuters]);
        var first = Assert.Single(await EventsAsync());
        Assert.Equal(DatePrecision.Month, first.Precision);
        await IngestAsync([Stories.Antara]);
        var merged = Assert.Single(await EventsAsync());
        Assert.Equal(DatePrecision.Day, merged.Precision);
        Assert.Equal(2, merged.NumMentions);
        Assert.NotEqual(first.Id, merged.Id);
        await using var store = await OpenAsync();
        Assert.Null(await store.GetEventAsync(first.Id, Ct));
    }

    [Fact]
    public async Task Show_lists_mentions_with_sentences_and_why_they_merged()
    {
        await IngestAsync(Stories.All);
        var meeting = (await EventsAsync()).Single(e => e.NumMentions == 4);
        await using var store = await OpenAsync();
        var detail = await store.GetEventAsync(meeting.Id, Ct);
        Assert.NotNull(detail);
        Assert.Equal(4, detail.Mentions.Count);
        Assert.StartsWith("anchor", detail.Mentions[0].Mention.MergeReason);
        Assert.All(detail.Mentions.Skip(1), m => Assert.StartsWith("merged with", m.Mention.MergeReason));
        Assert.Contains(detail.Mentions, m => m.Mention.MergeReason.Contains("same day 2021-10-21") && m.Mention.MergeReason.Contains("same place Moscow"));
        Assert.Contains(detail.Mentions, m => m.Mention.MergeReason.Contains("2021-10 (month)") && m.Mention.MergeReason.Contains("same country RUS"));
        Assert.Contains(detail.Mentions, m => m.Mention.MergeReason.Contains("from publication date"));
        var antara = detail.Mentions.Single(m => m.Mention.ArticleId == Stories.Antara.Id);
        Assert.Equal("bertemu", antara.TriggerText);
        Assert.StartsWith("Menteri Luar Negeri China", antara.SentenceText);
    }

    [Fact]
    public async Task Mentions_keep_where_their_actors_are_written_and_the_sentence_is_cut_at_them()
    {
        await IngestAsync(Stories.All);
        var meeting = (await EventsAsync()).Single(e => e.NumMentions == 4);
        await using var store = await OpenAsync();
        var antara = (await store.GetEventAsync(meeting.Id, Ct))!.Mentions.Single(m => m.Mention.ArticleId == Stories.Antara.Id);
        Assert.Equal("Wang Yi", antara.Mention.SourceSpan!.Value.Of(Stories.Antara.Text));
        Assert.Equal("Sergey Lavrov", antara.Mention.TargetSpan!.Value.Of(Stories.Antara.Text));
        Assert.Equal(antara.SentenceText, string.Concat(antara.Pieces!.Select(p => p.Text)));
        Assert.Equal([("Wang Yi", "source"), ("bertemu", "trigger"), ("Sergey Lavrov", "target")],
            antara.Pieces!.Where(p => p.Role != "text").Select(p => (p.Text, p.Role)));
    }

    [Fact]
    public async Task Events_of_an_actor_are_the_same_whether_found_by_its_index_or_in_date_order()
    {
        await IngestAsync(Stories.All);
        var byIndex = new List<List<StoredEvent>>();
        foreach (var actor in new[] { "RUS", "CHNGOV", "CHN" })
            byIndex.Add(await EventsAsync(new EventQuery(Actor: actor, Limit: 2)));
        var common = SqlEventStore.CommonActorEvents;
        SqlEventStore.CommonActorEvents = 0;
        try
        {
            var i = 0;
            foreach (var actor in new[] { "RUS", "CHNGOV", "CHN" })
            {
                var byDate = await EventsAsync(new EventQuery(Actor: actor, Limit: 2));
                Assert.NotEmpty(byDate);
                Assert.Equal(byIndex[i++].Select(e => e.Id), byDate.Select(e => e.Id));
            }
        }
        finally { SqlEventStore.CommonActorEvents = common; }
    }

    [Fact]
    public async Task Located_events_are_those_with_coordinates()
    {
        await IngestAsync(Stories.All);
        var located = await EventsAsync(new EventQuery(Located: true));
        Assert.NotEmpty(located);
        Assert.All(located, e => Assert.True(e.Lat is not null && e.Lon is not null));
        Assert.Equal((await EventsAsync()).Count(e => e.Lat is not null), located.Count);
        Assert.Contains(await EventsAsync(), e => e.Lat is null);
    }

    [Fact]
    public async Task Filters_select_events()
    {
        await IngestAsync(Stories.All);
        async Task<int> Count(EventQuery q) => (await EventsAsync(q)).Count;
        Assert.Equal(4, await Count(new EventQuery(Actor: "RUS")));
        Assert.Equal(3, await Count(new EventQuery(Actor: "CHNGOV"))); // Tempo names the country, not the government
        Assert.Equal(0, await Count(new EventQuery(Actor: "USA")));
        Assert.Equal(4, await Count(new EventQuery(Dyad: ("RUS", "CHN"))));
        Assert.Equal(1, await Count(new EventQuery(Dyad: ("RUS", "CHN"), Directed: true)));
        Assert.Equal(3, await Count(new EventQuery(Dyad: ("CHN", "RUS"), Directed: true)));
        Assert.Equal(3, await Count(new EventQuery(Cameo: "04")));
        Assert.Equal(3, await Count(new EventQuery(Cameo: "040")));
        Assert.Equal(1, await Count(new EventQuery(QuadClass: QuadClass.VerbalConflict)));
        Assert.Equal(1, await Count(new EventQuery(From: new DateOnly(2021, 10, 22))));
        Assert.Equal(3, await Count(new EventQuery(To: new DateOnly(2021, 10, 21))));
        Assert.Equal(1, await Count(new EventQuery(Place: "beijing")));
        Assert.Equal(2, await Count(new EventQuery(Place: "RUS"))); // Moscow and Saint Petersburg
        Assert.Equal(1, await Count(new EventQuery(Outlet: "reuters.com")));
        Assert.Equal(1, await Count(new EventQuery(MinMentions: 2)));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        await IngestAsync(Stories.All);
        var all = await EventsAsync();
        await using var store = await OpenAsync();
        var seen = new List<StoredEvent>();
        string? cursor = null;
        do
        {
            var page = await store.EventsAsync(new EventQuery(Limit: 1, Cursor: cursor), Ct);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Equal(all.Select(e => e.Id), seen.Select(e => e.Id));
    }

    [Fact]
    public async Task Relations_by_month_count_events_and_articles_mentioning_both()
    {
        await IngestAsync(Stories.All);
        await using var store = await OpenAsync();
        var months = await store.RelationsAsync(new RelationsQuery("CHN", "RUS", Period.Month), Ct);
        var october = Assert.Single(months, p => p.Period == "2021-10");
        Assert.Equal(4, october.Events);
        Assert.Equal([3, 0, 1, 0], october.ByQuadClass);
        Assert.Equal(0.5, october.CooperationConflictIndex);
        Assert.Equal(1.0 * 3 - 2.0, october.SumGoldstein, 6);
        Assert.Equal(6, october.ArticlesMentioningBoth); // Reuters was published in November
        var november = Assert.Single(months, p => p.Period == "2021-11");
        Assert.Equal((0, 1), (november.Events, november.ArticlesMentioningBoth));

        var weeks = await store.RelationsAsync(new RelationsQuery("RUS", "CHN", Period.Week), Ct);
        Assert.Contains(weeks, w => w.Period == "2021-W42" && w.Events == 3);
        var directed = await store.RelationsAsync(new RelationsQuery("RUS", "CHN", Period.Month, Directed: true), Ct);
        Assert.Equal(1, directed.Single(p => p.Period == "2021-10").Events);
    }

    [Fact]
    public async Task Actors_and_articles_are_listed()
    {
        await IngestAsync(Stories.All);
        await using var store = await OpenAsync();
        var actors = await store.ActorsAsync(Ct);
        Assert.Equal(["CHN", "RUS"], actors.Select(a => a.Root));
        var page = await store.ArticlesAsync(3, null, null, Ct);
        Assert.Equal(3, page.Items.Count);
        var rest = await store.ArticlesAsync(10, page.NextCursor, null, Ct);
        Assert.Equal(4, rest.Items.Count);
        Assert.Null(rest.NextCursor);
        Assert.Equal("antaranews.com", (await store.GetArticleAsync("antara-1", Ct))!.Outlet);
    }

    [Fact]
    public async Task The_store_is_consistent_after_ingest_and_recode()
    {
        await IngestAsync(Stories.All);
        await using var store = await OpenAsync();
        Assert.Empty(await store.CheckAsync(Ct));
        var improved = Stories.Events(improved: true).ToDictionary(k => k.Key, v => v.Value);
        improved[Stories.Antara.Id] = [];
        await new RecodeRunner(store, new FakeCoder(improved, "fake-2")).RunAsync(ct: Ct);
        Assert.Empty(await store.CheckAsync(Ct));
    }

    [Fact]
    public async Task Bulk_load_gives_the_same_store_as_ingest()
    {
        var coder = new FakeCoder(Stories.Events());
        await using (var store = (SqlEventStore)await OpenAsync())
        {
            var items = Stories.All.Concat([Stories.Antara with { Id = "dup" }]).Select(a => new ArticleToStore(a, coder.Code(a), coder.Version));
            Assert.Equal(7, await store.BulkLoadAsync(items, Ct));
            Assert.Empty(await store.CheckAsync(Ct));
            await Assert.ThrowsAsync<InvalidOperationException>(() => store.BulkLoadAsync([], Ct));
        }
        var reference = EventMerger.Merge(Stories.All.SelectMany(a =>
            SqlEventStore.ToMentions(a, coder.Code(a), SqlEventStore.OutletOf(a)))).Select(x => x.Event).OrderBy(e => Iso(e.Date)).ThenBy(e => e.Id, StringComparer.Ordinal);
        Assert.Equal(reference, await EventsAsync());
    }
}
