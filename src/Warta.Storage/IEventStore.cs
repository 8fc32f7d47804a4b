using Warta.Core;

namespace Warta.Storage;

/// <summary>An article and what the coder read from it, ready to be stored.</summary>
public sealed record ArticleToStore(Article Article, CodedArticle Coded, string CoderVersion);

/// <summary>
/// Where articles, merged events and their reports (mentions) are kept. One implementation per database
/// (SQLite, PostgreSQL), the same behaviour for both. Writes are transactions: a process killed at any
/// moment leaves the store as it was before or after a whole batch, never in between.
/// An instance holds one connection and is not for concurrent use; open one per task or request.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Kind { get; }

    /// <summary>Why an article would be skipped as a duplicate (same id, URL or normalised text), or null when it is new.</summary>
    Task<SkipReason?> FindDuplicateAsync(Article article, CancellationToken ct = default);

    /// <summary>Stores a batch of articles in one transaction; duplicates (also within the batch) are skipped.</summary>
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ArticleToStore> batch, CancellationToken ct = default);

    /// <summary>
    /// Stores an article whose coding threw, without events and with a failed status (see <see cref="StoredArticle.Failed"/>),
    /// so that nothing read is lost and <c>warta recode --failed</c> can code it again; skipped when a duplicate.
    /// </summary>
    Task<IngestOutcome> StoreFailedAsync(Article article, string coderVersion, string reason, CancellationToken ct = default);

    /// <summary>Articles whose coding failed, ordered by id, after the cursor.</summary>
    Task<Page<StoredArticle>> FailedArticlesAsync(int limit, string? cursor, CancellationToken ct = default);

    /// <summary>Replaces the mentions of a stored article with a new coding; merged events stay consistent.</summary>
    Task<IngestOutcome> RecodeAsync(ArticleToStore article, CancellationToken ct = default);

    Task<StoreCounts> CountAsync(CancellationToken ct = default);

    /// <summary>Checks that articles, mentions and events agree; returns the problems found (none when consistent).</summary>
    Task<IReadOnlyList<string>> CheckAsync(CancellationToken ct = default);

    Task<StoredArticle?> GetArticleAsync(string id, CancellationToken ct = default);

    Task<string?> GetArticleTextAsync(string id, CancellationToken ct = default);

    /// <summary>Articles ordered by id, after the cursor.</summary>
    Task<Page<StoredArticle>> ArticlesAsync(int limit, string? cursor, string? coderVersionOtherThan = null, CancellationToken ct = default);

    /// <summary>Events matching the filters, ordered by event date then id, with a stable cursor.</summary>
    Task<Page<StoredEvent>> EventsAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>Every event matching the filters (for export), in the same order.</summary>
    IAsyncEnumerable<StoredEvent> AllEventsAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>One event with its reports and why they were merged; null when there is none.</summary>
    Task<EventDetail?> GetEventAsync(string id, CancellationToken ct = default);

    /// <summary>Relations between two actors per period.</summary>
    Task<IReadOnlyList<RelationsPeriod>> RelationsAsync(RelationsQuery query, CancellationToken ct = default);

    /// <summary>Actor roots in events with how often each acts and is acted upon.</summary>
    Task<IReadOnlyList<ActorSummary>> ActorsAsync(CancellationToken ct = default);
}
