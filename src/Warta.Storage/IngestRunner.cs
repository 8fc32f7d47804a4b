using Warta.Core;

namespace Warta.Storage;

/// <summary>What an ingest run did, for the final summary.</summary>
public sealed class IngestSummary
{
    public int ArticlesRead { get; set; }
    public int ArticlesStored { get; set; }
    /// <summary>Skipped articles by reason ("duplicate id", "input problem", "coder failed" …).</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);
    /// <summary>Coded events stored as reports (mentions).</summary>
    public int Events { get; set; }
    /// <summary>Merged events that did not exist before.</summary>
    public int NewEvents { get; set; }
    /// <summary>Reports that joined an event already reported.</summary>
    public int MergedReports { get; set; }
    /// <summary>The first input problems, for the user to act on.</summary>
    public List<string> Problems { get; } = [];
    /// <summary>The first notes about articles read all the same (a bad "date", an unknown "lang"): not failures.</summary>
    public List<string> Notes { get; } = [];

    public int SkippedTotal => Skipped.Values.Sum();

    /// <summary>Articles whose coding threw, stored with a failed status for <c>warta recode --failed</c>.</summary>
    public int StoredFailed { get; set; }

    /// <summary>Inputs that could not be read or coded (duplicates are not failures); a run with any exits non-zero.</summary>
    public int Failed => Skipped.GetValueOrDefault(InputProblem) + Skipped.GetValueOrDefault(CoderFailed);

    internal const string InputProblem = "input problem";
    internal const string CoderFailed = "coder failed";

    internal void Skip(string reason, string? problem = null)
    {
        Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;
        if (problem is not null && Problems.Count < 20) Problems.Add(problem);
    }

    public static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.DuplicateId => "duplicate id",
        SkipReason.DuplicateUrl => "duplicate url",
        SkipReason.DuplicateText => "duplicate text",
        _ => "input problem",
    };
}

/// <summary>
/// Reads articles, codes the new ones and stores them in batches (one transaction each). Rerunning the same
/// inputs after a crash completes the store: articles already stored are recognised and skipped.
/// </summary>
public sealed class IngestRunner(IEventStore store, IArticleCoder coder, int batchSize = 32)
{
    /// <summary>Called after each article with the summary so far (for progress display).</summary>
    public Action<IngestSummary>? OnProgress { get; init; }

    public async Task<IngestSummary> RunAsync(IAsyncEnumerable<InputItem> inputs, CancellationToken ct = default)
    {
        var summary = new IngestSummary();
        var batch = new List<ArticleToStore>(batchSize);
        await foreach (var item in inputs.WithCancellation(ct))
        {
            if (item.Problem is { ArticleKept: true } note)
            {
                // The article follows as its own item and is stored.
                if (summary.Notes.Count < 20) summary.Notes.Add(note.ToString());
                continue;
            }
            summary.ArticlesRead++;
            if (item.Problem is { } problem || item.Article is null)
            {
                summary.Skip(IngestSummary.InputProblem, item.Problem?.ToString());
                OnProgress?.Invoke(summary);
                continue;
            }
            var article = item.Article;
            if (await store.FindDuplicateAsync(article, ct) is { } dup)
            {
                summary.Skip(IngestSummary.Describe(dup));
                OnProgress?.Invoke(summary);
                continue;
            }
            CodedArticle coded;
            try { coded = coder.Code(article); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing read is lost: the article is stored with a failed status, and `recode --failed` retries it.
                var reason = $"{e.GetType().Name}: {e.Message}";
                await FlushAsync(batch, summary, ct);
                var outcome = await store.StoreFailedAsync(article, coder.Version, reason, ct);
                if (outcome.Skipped is { } duplicate) summary.Skip(IngestSummary.Describe(duplicate));
                else
                {
                    summary.StoredFailed++;
                    summary.Skip(IngestSummary.CoderFailed,
                        $"{article.Origin ?? article.Id}: coding failed: {reason} (stored as failed; `warta recode --failed` retries it)");
                }
                OnProgress?.Invoke(summary);
                continue;
            }
            batch.Add(new ArticleToStore(article, coded, coder.Version));
            if (batch.Count >= batchSize) await FlushAsync(batch, summary, ct);
            OnProgress?.Invoke(summary);
        }
        await FlushAsync(batch, summary, ct);
        OnProgress?.Invoke(summary);
        return summary;
    }

    private async Task FlushAsync(List<ArticleToStore> batch, IngestSummary summary, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        foreach (var o in await store.IngestAsync(batch, ct))
        {
            if (o.Skipped is { } reason) { summary.Skip(IngestSummary.Describe(reason)); continue; }
            summary.ArticlesStored++;
            summary.Events += o.Mentions;
            summary.NewEvents += o.NewEvents;
            summary.MergedReports += o.MergedMentions;
        }
        batch.Clear();
    }
}

/// <summary>What a recode run did.</summary>
/// <param name="Failed">Articles whose coding threw again (they keep their failed status), with the reasons.</param>
public sealed record RecodeSummary(int ArticlesRecoded, int Mentions, int EventsBefore, int EventsAfter, IReadOnlyList<string>? Failed = null);

/// <summary>Codes stored articles again with the current coder and replaces their reports.</summary>
public sealed class RecodeRunner(IEventStore store, IArticleCoder coder)
{
    /// <param name="all">Recode every article, not only those coded by another coder version (failed ones included).</param>
    /// <param name="failedOnly">Recode only the articles whose coding failed.</param>
    public async Task<RecodeSummary> RunAsync(bool all = false, Action<int>? onProgress = null, CancellationToken ct = default, bool failedOnly = false)
    {
        var before = await store.CountAsync(ct);
        int recoded = 0, mentions = 0;
        var failed = new List<string>();
        string? cursor = null;
        do
        {
            var page = failedOnly
                ? await store.FailedArticlesAsync(200, cursor, ct)
                : await store.ArticlesAsync(200, cursor, all ? null : coder.Version, ct);
            foreach (var a in page.Items)
            {
                var text = await store.GetArticleTextAsync(a.Id, ct) ?? "";
                var article = new Article(a.Id, text, a.PublicationDate, a.Url, a.Title, a.Language, "store", a.Outlet);
                CodedArticle coded;
                try { coded = coder.Code(article); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // It keeps its failed status (or its old events) and the run goes on.
                    failed.Add($"{a.Id}: coding failed: {e.GetType().Name}: {e.Message}");
                    continue;
                }
                var outcome = await store.RecodeAsync(new ArticleToStore(article, coded, coder.Version), ct);
                recoded++;
                mentions += outcome.Mentions;
                onProgress?.Invoke(recoded);
            }
            cursor = page.NextCursor;
        } while (cursor is not null);
        var after = await store.CountAsync(ct);
        return new RecodeSummary(recoded, mentions, (int)before.Events, (int)after.Events, failed);
    }
}
