using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Warta.Core;

namespace Warta.Storage;

/// <summary>
/// The store in plain SQL understood by SQLite and PostgreSQL alike; subclasses give the connection,
/// the column types and the write lock. Dates are kept as ISO text ("2021-10-21"), so they sort and compare
/// the same in both.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    protected SqlEventStore(DbConnection connection) => Connection = connection;

    protected DbConnection Connection { get; }

    public abstract string Kind { get; }

    /// <summary>Integer and floating point column types of the dialect.</summary>
    protected abstract (string Int, string Real) Types { get; }

    /// <summary>Runs inside each write transaction before anything else (PostgreSQL: serialises writers).</summary>
    protected virtual Task LockAsync(DbTransaction tx, CancellationToken ct) => Task.CompletedTask;

    protected virtual Task<DbTransaction> BeginWriteAsync(CancellationToken ct) => Connection.BeginTransactionAsync(ct).AsTask();

    internal const int SchemaVersion = 2;

    /// <summary>Adds a nullable column to a table of an existing store when it lacks it.</summary>
    protected abstract Task AddColumnIfMissingAsync(DbTransaction tx, string table, string column, string type, CancellationToken ct);

    private string[] Schema()
    {
        var (i, r) = Types;
        return
        [
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            $"""
            CREATE TABLE IF NOT EXISTS articles (
              id TEXT PRIMARY KEY, url TEXT, text_hash TEXT NOT NULL, outlet TEXT NOT NULL, pub_date TEXT,
              title TEXT, language TEXT, coder_version TEXT NOT NULL, event_count {i} NOT NULL, text TEXT NOT NULL)
            """,
            "CREATE UNIQUE INDEX IF NOT EXISTS ix_articles_url ON articles (url) WHERE url IS NOT NULL",
            "CREATE UNIQUE INDEX IF NOT EXISTS ix_articles_hash ON articles (text_hash)",
            "CREATE TABLE IF NOT EXISTS article_actors (article_id TEXT NOT NULL, root TEXT NOT NULL, pub_date TEXT NOT NULL, PRIMARY KEY (article_id, root))",
            "CREATE INDEX IF NOT EXISTS ix_article_actors_root ON article_actors (root, article_id, pub_date)",
            // Coverage: per pair of actor roots (a < b) and publication day, the articles naming both.
            $"CREATE TABLE IF NOT EXISTS actor_pairs (a TEXT NOT NULL, b TEXT NOT NULL, pub_date TEXT NOT NULL, articles {i} NOT NULL, PRIMARY KEY (a, b, pub_date))",
            $"""
            CREATE TABLE IF NOT EXISTS events (
              id TEXT PRIMARY KEY, scope TEXT NOT NULL, merge_key TEXT NOT NULL,
              source_code TEXT NOT NULL, source_name TEXT NOT NULL, source_root TEXT NOT NULL,
              target_code TEXT, target_name TEXT, target_root TEXT NOT NULL,
              cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class {i} NOT NULL, goldstein {r} NOT NULL,
              plover TEXT NOT NULL, is_symmetric {i} NOT NULL,
              event_date TEXT NOT NULL, date_end TEXT, precision TEXT NOT NULL,
              place_name TEXT, place_canonical TEXT, country TEXT, place_kind TEXT, lat {r}, lon {r},
              num_mentions {i} NOT NULL, num_sources {i} NOT NULL, num_articles {i} NOT NULL,
              first_published TEXT, source_url TEXT)
            """,
            "CREATE INDEX IF NOT EXISTS ix_events_dyad ON events (source_root, target_root, event_date, quad_class, goldstein)",
            "CREATE INDEX IF NOT EXISTS ix_events_target ON events (target_root, event_date)",
            "CREATE INDEX IF NOT EXISTS ix_events_date ON events (event_date, id)",
            "CREATE INDEX IF NOT EXISTS ix_events_scope ON events (scope)",
            // The dashboard: an actor's name without reading its events, and the events a map can draw.
            "CREATE INDEX IF NOT EXISTS ix_events_code ON events (source_code, source_name)",
            "CREATE INDEX IF NOT EXISTS ix_events_located ON events (event_date, id) WHERE lat IS NOT NULL AND lon IS NOT NULL",
            $"""
            CREATE TABLE IF NOT EXISTS mentions (
              article_id TEXT NOT NULL, ordinal {i} NOT NULL, coded_event_id TEXT NOT NULL, event_id TEXT NOT NULL, scope TEXT NOT NULL,
              source_code TEXT NOT NULL, source_name TEXT NOT NULL, target_code TEXT, target_name TEXT,
              cameo TEXT NOT NULL, goldstein {r} NOT NULL, quad_class {i} NOT NULL, plover TEXT NOT NULL, is_symmetric {i} NOT NULL,
              date TEXT, date_end TEXT, precision TEXT NOT NULL, date_rule TEXT NOT NULL,
              place_name TEXT, place_canonical TEXT, country TEXT, place_kind TEXT, lat {r}, lon {r},
              sentence_start {i} NOT NULL, sentence_end {i} NOT NULL, trigger_start {i} NOT NULL, trigger_end {i} NOT NULL,
              rule TEXT NOT NULL, language TEXT NOT NULL, outlet TEXT NOT NULL, pub_date TEXT, url TEXT, merge_reason TEXT NOT NULL,
              confidence {r},
              PRIMARY KEY (article_id, ordinal))
            """,
            "CREATE INDEX IF NOT EXISTS ix_mentions_scope ON mentions (scope)",
            "CREATE INDEX IF NOT EXISTS ix_mentions_event ON mentions (event_id)",
            "CREATE INDEX IF NOT EXISTS ix_mentions_outlet ON mentions (outlet, event_id)",
        ];
    }

    /// <summary>Creates the tables when missing. Safe to call on every open.</summary>
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        await using var tx = await BeginWriteAsync(ct);
        await LockAsync(tx, ct);
        foreach (var sql in Schema()) await ExecAsync(tx, sql, ct);
        // Stores written before reports had a confidence get the column (empty for their reports).
        await AddColumnIfMissingAsync(tx, "mentions", "confidence", Types.Real, ct);
        // Stores written before reports kept where their actors are written get the columns (empty for their reports).
        foreach (var column in new[] { "source_start", "source_end", "target_start", "target_end" })
            await AddColumnIfMissingAsync(tx, "mentions", column, Types.Int, ct);
        var version = await ScalarAsync(tx, "SELECT value FROM meta WHERE key = 'schema'", ct);
        if (version is null)
            await ExecAsync(tx, "INSERT INTO meta (key, value) VALUES ('schema', @v)", ct, ("v", SchemaVersion.ToString(CultureInfo.InvariantCulture)));
        else if (Convert.ToString(version, CultureInfo.InvariantCulture) == "1")
        {
            await RescopeAsync(tx, ct);
            await ExecAsync(tx, "UPDATE meta SET value = @v WHERE key = 'schema'", ct, ("v", SchemaVersion.ToString(CultureInfo.InvariantCulture)));
        }
        else if (Convert.ToString(version, CultureInfo.InvariantCulture) != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"the store has schema version {version}; this Warta reads version {SchemaVersion}");
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Version 1 → 2: a scope names its two actors in either order (a one-way and a mutual report of one act may merge).
    /// Every report whose scope changed moves to its new scope, and the old and new scopes are merged again, in the same
    /// transaction as the version change: a store is migrated whole or not at all.
    /// </summary>
    private async Task RescopeAsync(DbTransaction tx, CancellationToken ct)
    {
        var stored = new Dictionary<(string, int), string>();
        await using (var cmd = Command(tx, "SELECT article_id, ordinal, scope FROM mentions"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) stored[(r.GetString(0), (int)Long(r, 1))] = r.GetString(2);
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in await MentionsAsync(tx, "1 = 1", ct))
        {
            var scope = EventMerger.Scope(m);
            if (!stored.TryGetValue((m.ArticleId, m.Ordinal), out var was) || was == scope) continue;
            await ExecAsync(tx, "UPDATE mentions SET scope = @s WHERE article_id = @a AND ordinal = @o", ct, ("s", scope), ("a", m.ArticleId), ("o", m.Ordinal));
            touched.Add(was);
            touched.Add(scope);
        }
        foreach (var scope in touched) await RemergeAsync(tx, scope, ct);
    }

    // ---- commands --------------------------------------------------------------------------------

    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>A command for the SQL, prepared once per connection and reused (SQLite keeps the compiled statement).</summary>
    protected CachedCommand Command(DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            commands[sql] = cmd;
        }
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return new CachedCommand(cmd);
    }

    /// <summary>A reused command; disposing it leaves it in the cache.</summary>
    protected readonly struct CachedCommand(DbCommand command) : IAsyncDisposable
    {
        public Task<int> ExecuteNonQueryAsync(CancellationToken ct) => command.ExecuteNonQueryAsync(ct);
        public Task<object?> ExecuteScalarAsync(CancellationToken ct) => command.ExecuteScalarAsync(ct);
        public Task<DbDataReader> ExecuteReaderAsync(CancellationToken ct) => command.ExecuteReaderAsync(ct);
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    protected async Task<int> ExecAsync(DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        await using var cmd = Command(tx, sql, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    protected async Task<object?> ScalarAsync(DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        await using var cmd = Command(tx, sql, args);
        var v = await cmd.ExecuteScalarAsync(ct);
        return v is DBNull ? null : v;
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) || r.GetString(i).Length == 0 ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double Dbl(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double? DblN(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    private static T? EnumN<T>(DbDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));

    // ---- articles --------------------------------------------------------------------------------

    public async Task<SkipReason?> FindDuplicateAsync(Article article, CancellationToken ct = default) =>
        await FindDuplicateAsync(null, article.Id, article.Url, TextNormaliser.Hash(article.Text), ct);

    private async Task<SkipReason?> FindDuplicateAsync(DbTransaction? tx, string id, string? url, string hash, CancellationToken ct)
    {
        var found = await ScalarAsync(tx, """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM articles WHERE id = @id) THEN 1
                        WHEN EXISTS (SELECT 1 FROM articles WHERE url = @u) THEN 2
                        WHEN EXISTS (SELECT 1 FROM articles WHERE text_hash = @h) THEN 3 ELSE 0 END
            """, ct, ("id", id), ("u", url ?? ""), ("h", hash));
        return Convert.ToInt32(found, CultureInfo.InvariantCulture) switch
        {
            1 => SkipReason.DuplicateId, 2 => SkipReason.DuplicateUrl, 3 => SkipReason.DuplicateText, _ => null,
        };
    }

    /// <summary>The outlet of an article: its own, else the host of its URL, else "unknown".</summary>
    public static string OutletOf(Article article, CodedArticle? coded = null)
    {
        if (!string.IsNullOrWhiteSpace(article.Outlet)) return article.Outlet.Trim();
        if (article.Url is not null && Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (coded?.Document.Dateline?.Outlet is { Length: > 0 } o) return o;
        return "unknown";
    }

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ArticleToStore> batch, CancellationToken ct = default)
    {
        var outcomes = new List<IngestOutcome>(batch.Count);
        await using var tx = await BeginWriteAsync(ct);
        await LockAsync(tx, ct);
        foreach (var item in batch)
        {
            var a = item.Article;
            var hash = TextNormaliser.Hash(a.Text);
            if (await FindDuplicateAsync(tx, a.Id, a.Url, hash, ct) is { } reason)
            {
                outcomes.Add(IngestOutcome.Skip(a.Id, reason));
                continue;
            }
            var outlet = OutletOf(a, item.Coded);
            await ExecAsync(tx, """
                INSERT INTO articles (id, url, text_hash, outlet, pub_date, title, language, coder_version, event_count, text)
                VALUES (@id, @url, @hash, @outlet, @pub, @title, @lang, @ver, @n, @text)
                """, ct,
                ("id", a.Id), ("url", a.Url), ("hash", hash), ("outlet", outlet), ("pub", Iso(a.PublicationDate ?? item.Coded.ReferenceDate)),
                ("title", a.Title), ("lang", a.Language ?? item.Coded.Document.Language), ("ver", item.CoderVersion),
                ("n", item.Coded.Events.Count), ("text", a.Text));
            outcomes.Add(await StoreMentionsAsync(tx, item, outlet, ct));
        }
        await tx.CommitAsync(ct);
        return outcomes;
    }

    public async Task<IngestOutcome> StoreFailedAsync(Article a, string coderVersion, string reason, CancellationToken ct = default)
    {
        await using var tx = await BeginWriteAsync(ct);
        await LockAsync(tx, ct);
        var hash = TextNormaliser.Hash(a.Text);
        if (await FindDuplicateAsync(tx, a.Id, a.Url, hash, ct) is { } duplicate)
        {
            await tx.CommitAsync(ct);
            return IngestOutcome.Skip(a.Id, duplicate);
        }
        await ExecAsync(tx, """
            INSERT INTO articles (id, url, text_hash, outlet, pub_date, title, language, coder_version, event_count, text)
            VALUES (@id, @url, @hash, @outlet, @pub, @title, @lang, @ver, 0, @text)
            """, ct,
            ("id", a.Id), ("url", a.Url), ("hash", hash), ("outlet", OutletOf(a)), ("pub", Iso(a.PublicationDate)),
            ("title", a.Title), ("lang", a.Language), ("ver", StoredArticle.FailedVersion(coderVersion, reason)), ("text", a.Text));
        await tx.CommitAsync(ct);
        return new IngestOutcome(a.Id, null, 0, 0, 0, reason);
    }

    /// <summary>
    /// Loads many articles into an empty store in one transaction: the same articles, reports and merged events as
    /// ingesting them one by one (duplicates skipped alike), but merged once at the end instead of after every
    /// article. For first loads and benchmarks. Returns the number of articles stored.
    /// </summary>
    public async Task<int> BulkLoadAsync(IEnumerable<ArticleToStore> items, CancellationToken ct = default)
    {
        await using var tx = await BeginWriteAsync(ct);
        await LockAsync(tx, ct);
        if (Convert.ToInt64(await ScalarAsync(tx, "SELECT count(*) FROM articles", ct), CultureInfo.InvariantCulture) != 0)
            throw new InvalidOperationException("bulk load needs an empty store; use ingest to add to a store");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var byScope = new Dictionary<string, List<StoredMention>>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string, string), int>();
        var stored = 0;
        foreach (var item in items)
        {
            var a = item.Article;
            var hash = TextNormaliser.Hash(a.Text);
            if (!ids.Add(a.Id) || (a.Url is not null && !urls.Add(a.Url)) || !hashes.Add(hash)) continue;
            var outlet = OutletOf(a, item.Coded);
            var pub = Iso(a.PublicationDate ?? item.Coded.ReferenceDate);
            await ExecAsync(tx, """
                INSERT INTO articles (id, url, text_hash, outlet, pub_date, title, language, coder_version, event_count, text)
                VALUES (@id, @url, @hash, @outlet, @pub, @title, @lang, @ver, @n, @text)
                """, ct,
                ("id", a.Id), ("url", a.Url), ("hash", hash), ("outlet", outlet), ("pub", pub),
                ("title", a.Title), ("lang", a.Language ?? item.Coded.Document.Language), ("ver", item.CoderVersion),
                ("n", item.Coded.Events.Count), ("text", a.Text));
            var roots = Roots(item.Coded).ToList();
            foreach (var root in roots)
                await ExecAsync(tx, "INSERT INTO article_actors (article_id, root, pub_date) VALUES (@a, @r, @p)", ct, ("a", a.Id), ("r", root), ("p", pub ?? ""));
            if (pub is not null)
                foreach (var (x, y) in Pairs(roots)) pairs[(x, y, pub)] = pairs.GetValueOrDefault((x, y, pub)) + 1;
            foreach (var m in ToMentions(a, item.Coded, outlet))
            {
                var scope = EventMerger.Scope(m);
                if (!byScope.TryGetValue(scope, out var list)) byScope[scope] = list = [];
                list.Add(m);
            }
            stored++;
        }
        foreach (var (scope, mentions) in byScope)
            foreach (var (ev, members) in EventMerger.Merge(mentions))
            {
                await UpsertEventAsync(tx, ev, scope, ct);
                foreach (var m in members) await InsertMentionAsync(tx, m, scope, ct);
            }
        foreach (var ((x, y, pub), n) in pairs)
            await ExecAsync(tx, "INSERT INTO actor_pairs (a, b, pub_date, articles) VALUES (@a, @b, @p, @n)", ct, ("a", x), ("b", y), ("p", pub), ("n", n));
        await tx.CommitAsync(ct);
        return stored;
    }

    /// <summary>Adds (or removes) one article to the coverage count of every pair of its actor roots.</summary>
    private async Task CountPairsAsync(DbTransaction tx, IReadOnlyList<string> roots, string pub, int delta, CancellationToken ct)
    {
        if (pub.Length == 0) return;
        foreach (var (a, b) in Pairs(roots))
            await ExecAsync(tx, """
                INSERT INTO actor_pairs (a, b, pub_date, articles) VALUES (@a, @b, @p, @d)
                ON CONFLICT (a, b, pub_date) DO UPDATE SET articles = actor_pairs.articles + excluded.articles
                """, ct, ("a", a), ("b", b), ("p", pub), ("d", delta));
        if (delta < 0) await ExecAsync(tx, "DELETE FROM actor_pairs WHERE pub_date = @p AND articles <= 0", ct, ("p", pub));
    }

    private static IEnumerable<(string A, string B)> Pairs(IReadOnlyList<string> roots)
    {
        var sorted = roots.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
            for (var j = i + 1; j < sorted.Count; j++)
                yield return (sorted[i], sorted[j]);
    }

    private static IEnumerable<string> Roots(CodedArticle coded) =>
        coded.Actors.Select(x => x.Root)
            .Concat(coded.Events.SelectMany(e => e.Target is null ? [e.Source.Root] : new[] { e.Source.Root, e.Target.Root }))
            .Distinct(StringComparer.Ordinal);

    public async Task<IngestOutcome> RecodeAsync(ArticleToStore item, CancellationToken ct = default)
    {
        await using var tx = await BeginWriteAsync(ct);
        await LockAsync(tx, ct);
        var id = item.Article.Id;
        if (await ScalarAsync(tx, "SELECT outlet FROM articles WHERE id = @id", ct, ("id", id)) is not string outlet)
            throw new InvalidOperationException($"article '{id}' is not in the store");
        var oldScopes = new List<string>();
        await using (var cmd = Command(tx, "SELECT DISTINCT scope FROM mentions WHERE article_id = @id", ("id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) oldScopes.Add(r.GetString(0));
        var oldRoots = new List<string>();
        var oldPub = "";
        await using (var cmd = Command(tx, "SELECT root, pub_date FROM article_actors WHERE article_id = @id", ("id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) { oldRoots.Add(r.GetString(0)); oldPub = r.GetString(1); }
        await CountPairsAsync(tx, oldRoots, oldPub, -1, ct);
        await ExecAsync(tx, "DELETE FROM mentions WHERE article_id = @id", ct, ("id", id));
        await ExecAsync(tx, "DELETE FROM article_actors WHERE article_id = @id", ct, ("id", id));
        // A failed article was stored without the date and language its coding finds: they are filled in now.
        await ExecAsync(tx, """
            UPDATE articles SET coder_version = @v, event_count = @n, pub_date = COALESCE(pub_date, @pub), language = COALESCE(language, @lang)
            WHERE id = @id
            """, ct,
            ("v", item.CoderVersion), ("n", item.Coded.Events.Count), ("pub", Iso(item.Article.PublicationDate ?? item.Coded.ReferenceDate)),
            ("lang", item.Article.Language ?? item.Coded.Document.Language), ("id", id));
        var outcome = await StoreMentionsAsync(tx, item, outlet, ct, oldScopes);
        await tx.CommitAsync(ct);
        return outcome;
    }

    /// <summary>The mentions an article's coded events become (before merging).</summary>
    public static IReadOnlyList<StoredMention> ToMentions(Article a, CodedArticle coded, string outlet) =>
        coded.Events.Select((e, i) => new StoredMention(
            a.Id, i, e.EventId, "",
            e.Source.Code, e.Source.Name, e.Target?.Code, e.Target?.Name,
            e.Cameo, e.Goldstein, e.QuadClass, e.Plover, e.Symmetric,
            e.Date.Date, e.Date.End, e.Date.Precision, e.Date.Rule,
            e.Place?.Name, e.Place?.Canonical, e.Place?.Country, e.Place?.Kind, e.Place?.Lat, e.Place?.Lon,
            e.Sentence, e.Trigger, e.Rule, e.Language, outlet, a.PublicationDate ?? coded.ReferenceDate, a.Url, "", e.Confidence,
            Written(e.Source.Span, a.Text), e.Target is null ? null : Written(e.Target.Span, a.Text))).ToList();

    /// <summary>An actor's span when it points at characters of the text (implied actors have none).</summary>
    private static Span? Written(Span span, string text) => span.Start >= 0 && span.End > span.Start && span.End <= text.Length ? span : null;

    private async Task<IngestOutcome> StoreMentionsAsync(DbTransaction tx, ArticleToStore item, string outlet, CancellationToken ct, IEnumerable<string>? alsoScopes = null)
    {
        var a = item.Article;
        var mentions = ToMentions(a, item.Coded, outlet);
        var pub = Iso(a.PublicationDate ?? item.Coded.ReferenceDate) ?? "";
        var roots = Roots(item.Coded).ToList();
        foreach (var root in roots)
            await ExecAsync(tx, "INSERT INTO article_actors (article_id, root, pub_date) VALUES (@a, @r, @p)", ct, ("a", a.Id), ("r", root), ("p", pub));
        await CountPairsAsync(tx, roots, pub, +1, ct);
        var scopes = new SortedSet<string>(alsoScopes ?? [], StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var scope = EventMerger.Scope(m);
            scopes.Add(scope);
            await InsertMentionAsync(tx, m, scope, ct);
        }
        int before = 0, after = 0;
        foreach (var scope in scopes)
        {
            var (b, n) = await RemergeAsync(tx, scope, ct);
            before += b; after += n;
        }
        var newEvents = Math.Max(0, after - before);
        return new IngestOutcome(a.Id, null, mentions.Count, newEvents, Math.Max(0, mentions.Count - newEvents));
    }

    private const string MentionColumns = """
        article_id, ordinal, coded_event_id, event_id, source_code, source_name, target_code, target_name,
        cameo, goldstein, quad_class, plover, is_symmetric, date, date_end, precision, date_rule,
        place_name, place_canonical, country, place_kind, lat, lon,
        sentence_start, sentence_end, trigger_start, trigger_end, rule, language, outlet, pub_date, url, merge_reason, confidence,
        source_start, source_end, target_start, target_end
        """;

    private Task<int> InsertMentionAsync(DbTransaction tx, StoredMention m, string scope, CancellationToken ct) =>
        ExecAsync(tx, $"""
            INSERT INTO mentions ({MentionColumns}, scope) VALUES (
              @a, @o, @ce, @ev, @sc, @sn, @tc, @tn, @cameo, @g, @q, @pl, @sym, @d, @de, @prec, @dr,
              @pn, @pc, @cty, @pk, @lat, @lon, @ss, @se, @ts, @te, @rule, @lang, @outlet, @pub, @url, @why, @conf, @srs, @sre, @trs, @tre, @scope)
            """, ct,
            ("a", m.ArticleId), ("o", m.Ordinal), ("ce", m.CodedEventId), ("ev", m.EventId), ("sc", m.SourceCode), ("sn", m.SourceName),
            ("tc", m.TargetCode), ("tn", m.TargetName), ("cameo", m.Cameo), ("g", m.Goldstein), ("q", (int)m.QuadClass), ("pl", m.Plover),
            ("sym", m.Symmetric ? 1 : 0), ("d", Iso(m.Date)), ("de", Iso(m.DateEnd)), ("prec", m.Precision.ToString()), ("dr", m.DateRule),
            ("pn", m.PlaceName), ("pc", m.PlaceCanonical), ("cty", m.Country), ("pk", m.PlaceKind?.ToString()), ("lat", m.Lat), ("lon", m.Lon),
            ("ss", m.Sentence.Start), ("se", m.Sentence.End), ("ts", m.Trigger.Start), ("te", m.Trigger.End), ("rule", m.Rule),
            ("lang", m.Language), ("outlet", m.Outlet), ("pub", Iso(m.PublicationDate)), ("url", m.Url), ("why", m.MergeReason), ("conf", m.Confidence),
            ("srs", m.SourceSpan?.Start), ("sre", m.SourceSpan?.End), ("trs", m.TargetSpan?.Start), ("tre", m.TargetSpan?.End), ("scope", scope));

    private static StoredMention ReadMention(DbDataReader r) => new(
        r.GetString(0), (int)Long(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Str(r, 6), Str(r, 7),
        r.GetString(8), Dbl(r, 9), (QuadClass)Long(r, 10), r.GetString(11), Long(r, 12) != 0,
        Date(r, 13), Date(r, 14), Enum.Parse<DatePrecision>(r.GetString(15)), r.GetString(16),
        Str(r, 17), Str(r, 18), Str(r, 19), EnumN<PlaceKind>(r, 20), DblN(r, 21), DblN(r, 22),
        new Span((int)Long(r, 23), (int)Long(r, 24)), new Span((int)Long(r, 25), (int)Long(r, 26)), r.GetString(27),
        r.GetString(28), r.GetString(29), Date(r, 30), Str(r, 31), r.GetString(32), DblN(r, 33), SpanN(r, 34), SpanN(r, 36));

    private static Span? SpanN(DbDataReader r, int i) => r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new Span((int)Long(r, i), (int)Long(r, i + 1));

    private async Task<List<StoredMention>> MentionsAsync(DbTransaction? tx, string where, CancellationToken ct, params (string, object?)[] args)
    {
        var list = new List<StoredMention>();
        await using var cmd = Command(tx, $"SELECT {MentionColumns} FROM mentions WHERE {where} ORDER BY article_id, ordinal", args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(ReadMention(r));
        return list;
    }

    private const string EventColumns = """
        id, merge_key, source_code, source_name, source_root, target_code, target_name, target_root,
        cameo, cameo_root, quad_class, goldstein, plover, is_symmetric, event_date, date_end, precision,
        place_name, place_canonical, country, place_kind, lat, lon, num_mentions, num_sources, num_articles, first_published, source_url
        """;

    private static StoredEvent ReadEvent(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Str(r, 5), Str(r, 6), r.GetString(7),
        r.GetString(8), r.GetString(9), (QuadClass)Long(r, 10), Dbl(r, 11), r.GetString(12), Long(r, 13) != 0,
        Date(r, 14), Date(r, 15), Enum.Parse<DatePrecision>(r.GetString(16)),
        Str(r, 17), Str(r, 18), Str(r, 19), EnumN<PlaceKind>(r, 20), DblN(r, 21), DblN(r, 22),
        (int)Long(r, 23), (int)Long(r, 24), (int)Long(r, 25), Date(r, 26), Str(r, 27));

    /// <summary>Merges the reports of one scope again and writes what changed. Returns the event counts before and after.</summary>
    private async Task<(int Before, int After)> RemergeAsync(DbTransaction tx, string scope, CancellationToken ct)
    {
        var old = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        await using (var cmd = Command(tx, $"SELECT {EventColumns} FROM events WHERE scope = @s", ("s", scope)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) { var e = ReadEvent(r); old[e.Id] = e; }
        var mentions = await MentionsAsync(tx, "scope = @s", ct, ("s", scope));
        var merged = EventMerger.Merge(mentions);
        var current = mentions.ToDictionary(m => (m.ArticleId, m.Ordinal));
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ev, members) in merged)
        {
            keep.Add(ev.Id);
            if (!old.TryGetValue(ev.Id, out var was) || was != ev) await UpsertEventAsync(tx, ev, scope, ct);
            foreach (var m in members)
            {
                var c = current[(m.ArticleId, m.Ordinal)];
                if (c.EventId != m.EventId || c.MergeReason != m.MergeReason)
                    await ExecAsync(tx, "UPDATE mentions SET event_id = @e, merge_reason = @w WHERE article_id = @a AND ordinal = @o", ct,
                        ("e", m.EventId), ("w", m.MergeReason), ("a", m.ArticleId), ("o", m.Ordinal));
            }
        }
        foreach (var id in old.Keys.Where(k => !keep.Contains(k)))
            await ExecAsync(tx, "DELETE FROM events WHERE id = @id", ct, ("id", id));
        return (old.Count, merged.Count);
    }

    private Task<int> UpsertEventAsync(DbTransaction tx, StoredEvent e, string scope, CancellationToken ct)
    {
        var columns = EventColumns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var names = string.Join(", ", columns.Select(c => "@" + c));
        var updates = string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"));
        return ExecAsync(tx, $"""
            INSERT INTO events ({EventColumns}, scope) VALUES ({names}, @scope)
            ON CONFLICT (id) DO UPDATE SET {updates}, scope = excluded.scope
            """, ct,
            ("id", e.Id), ("merge_key", e.MergeKey), ("source_code", e.SourceCode), ("source_name", e.SourceName), ("source_root", e.SourceRoot),
            ("target_code", e.TargetCode), ("target_name", e.TargetName), ("target_root", e.TargetRoot), ("cameo", e.Cameo),
            ("cameo_root", e.CameoRoot), ("quad_class", (int)e.QuadClass), ("goldstein", e.Goldstein), ("plover", e.Plover),
            ("is_symmetric", e.Symmetric ? 1 : 0), ("event_date", Iso(e.Date) ?? ""), ("date_end", Iso(e.DateEnd)), ("precision", e.Precision.ToString()),
            ("place_name", e.PlaceName), ("place_canonical", e.PlaceCanonical), ("country", e.Country), ("place_kind", e.PlaceKind?.ToString()),
            ("lat", e.Lat), ("lon", e.Lon), ("num_mentions", e.NumMentions), ("num_sources", e.NumSources), ("num_articles", e.NumArticles),
            ("first_published", Iso(e.FirstPublished)), ("source_url", e.SourceUrl), ("scope", scope));
    }

    // ---- reading ---------------------------------------------------------------------------------

    public async Task<StoreCounts> CountAsync(CancellationToken ct = default) => new(
        Convert.ToInt64(await ScalarAsync(null, "SELECT count(*) FROM articles", ct), CultureInfo.InvariantCulture),
        Convert.ToInt64(await ScalarAsync(null, "SELECT count(*) FROM events", ct), CultureInfo.InvariantCulture),
        Convert.ToInt64(await ScalarAsync(null, "SELECT count(*) FROM mentions", ct), CultureInfo.InvariantCulture));

    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken ct = default)
    {
        var problems = new List<string>();
        async Task Expect(string what, string sql)
        {
            var n = Convert.ToInt64(await ScalarAsync(null, sql, ct), CultureInfo.InvariantCulture);
            if (n != 0) problems.Add($"{n} {what}");
        }
        await Expect("articles whose mentions differ from their event count",
            "SELECT count(*) FROM articles a WHERE a.event_count <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)");
        await Expect("mentions without their article", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)");
        await Expect("mentions without their event", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)");
        await Expect("events whose mention count is wrong",
            "SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)");
        await Expect("events without mentions", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)");
        await Expect("coverage counts that disagree with the articles' actors", """
            SELECT count(*) FROM (
              SELECT x.root AS a, y.root AS b, x.pub_date AS pub_date, count(*) AS n FROM article_actors x
              JOIN article_actors y ON y.article_id = x.article_id AND y.root > x.root
              WHERE x.pub_date <> '' GROUP BY x.root, y.root, x.pub_date) t
            FULL OUTER JOIN actor_pairs p ON p.a = t.a AND p.b = t.b AND p.pub_date = t.pub_date
            WHERE t.n IS NULL OR p.articles IS NULL OR t.n <> p.articles
            """);
        await Expect("actor rows without their article", "SELECT count(*) FROM article_actors x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)");
        return problems;
    }

    private const string ArticleColumns = "id, url, text_hash, outlet, pub_date, title, language, coder_version, event_count";

    private static StoredArticle ReadArticle(DbDataReader r) => new(
        r.GetString(0), Str(r, 1), r.GetString(2), r.GetString(3), Date(r, 4), Str(r, 5), Str(r, 6), r.GetString(7), (int)Long(r, 8));

    public async Task<StoredArticle?> GetArticleAsync(string id, CancellationToken ct = default)
    {
        await using var cmd = Command(null, $"SELECT {ArticleColumns} FROM articles WHERE id = @id", ("id", id));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadArticle(r) : null;
    }

    public async Task<string?> GetArticleTextAsync(string id, CancellationToken ct = default) =>
        await ScalarAsync(null, "SELECT text FROM articles WHERE id = @id", ct, ("id", id)) as string;

    public Task<Page<StoredArticle>> ArticlesAsync(int limit, string? cursor, string? coderVersionOtherThan = null, CancellationToken ct = default) =>
        ArticlesWhereAsync(limit, cursor, coderVersionOtherThan is null ? "" : " AND coder_version <> @v", coderVersionOtherThan, ct);

    public Task<Page<StoredArticle>> FailedArticlesAsync(int limit, string? cursor, CancellationToken ct = default) =>
        ArticlesWhereAsync(limit, cursor, " AND coder_version LIKE @v", StoredArticle.FailedPrefix + "%", ct);

    private async Task<Page<StoredArticle>> ArticlesWhereAsync(int limit, string? cursor, string condition, string? value, CancellationToken ct)
    {
        var after = cursor is null ? "" : Cursor.Decode(cursor)?.Id ?? throw new ArgumentException(Errors.BadCursor);
        var sql = $"SELECT {ArticleColumns} FROM articles WHERE id > @after{condition} ORDER BY id LIMIT @n";
        var list = new List<StoredArticle>();
        await using (var cmd = Command(null, sql, ("after", after), ("v", value), ("n", limit + 1)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) list.Add(ReadArticle(r));
        var more = list.Count > limit;
        if (more) list.RemoveAt(list.Count - 1);
        return new Page<StoredArticle>(list, more ? Cursor.Encode("", list[^1].Id) : null);
    }

    /// <summary>
    /// An actor with more events than this is found by walking the date index rather than its own (see below). Either way
    /// gives the same events; tests lower it to compare the two.
    /// </summary>
    internal static int CommonActorEvents { get; set; } = 2000;

    /// <param name="walkDates">
    /// Compare the actor as an expression, so that the planner walks the events in date order and stops at a page, instead
    /// of collecting every event of the actor from its indexes and sorting them (a third of a million events for CHN in a
    /// store of a million: 0.58 s against 1 ms for the first page).
    /// </param>
    private static (string Where, List<(string, object?)> Args) Filter(EventQuery q, bool walkDates = false)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (q.Actor is { } actor)
        {
            var root = ActorCodes.Root(actor);
            args.Add(("actor", root));
            var (source, target) = walkDates ? ("source_root || ''", "target_root || ''") : ("source_root", "target_root");
            if (root == actor) where.Add($"({source} = @actor OR {target} = @actor)");
            else
            {
                args.Add(("actorc", actor));
                where.Add($"(({source} = @actor AND source_code LIKE @actorc || '%') OR ({target} = @actor AND target_code LIKE @actorc || '%'))");
            }
        }
        if (q.Dyad is var (a, b))
        {
            args.Add(("da", ActorCodes.Root(a)));
            args.Add(("db", ActorCodes.Root(b)));
            var direct = "(source_root = @da AND target_root = @db)";
            where.Add(q.Directed ? direct : $"({direct} OR (source_root = @db AND target_root = @da))");
            if (ActorCodes.Root(a) != a) { args.Add(("dac", a)); where.Add(q.Directed ? "source_code LIKE @dac || '%'" : "(source_code LIKE @dac || '%' OR target_code LIKE @dac || '%')"); }
            if (ActorCodes.Root(b) != b) { args.Add(("dbc", b)); where.Add(q.Directed ? "target_code LIKE @dbc || '%'" : "(source_code LIKE @dbc || '%' OR target_code LIKE @dbc || '%')"); }
        }
        if (q.Cameo is { } cameo)
        {
            args.Add(("cameo", cameo));
            where.Add(cameo.Length == 2 ? "cameo_root = @cameo" : "cameo LIKE @cameo || '%'");
        }
        if (q.QuadClass is { } quad) { args.Add(("quad", (int)quad)); where.Add("quad_class = @quad"); }
        if (q.From is { } from) { args.Add(("from", Iso(from))); where.Add("event_date >= @from"); }
        if (q.To is { } to) { args.Add(("to", Iso(to))); where.Add("event_date <> '' AND event_date <= @to"); }
        if (q.Place is { } place)
        {
            args.Add(("place", place.ToLowerInvariant()));
            where.Add("(lower(country) = @place OR lower(place_name) = @place OR lower(place_canonical) = @place)");
        }
        if (q.Outlet is { } outlet)
        {
            args.Add(("outlet", outlet));
            where.Add("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.outlet = @outlet)");
        }
        if (q.Located) where.Add("lat IS NOT NULL AND lon IS NOT NULL");
        if (q.MinMentions > 1) { args.Add(("minm", q.MinMentions)); where.Add("num_mentions >= @minm"); }
        if (q.MinConfidence is { } minc)
        {
            // An event passes when one of its reports is confident enough, or was coded without models (no confidence).
            args.Add(("minc", minc));
            where.Add("EXISTS (SELECT 1 FROM mentions mc WHERE mc.event_id = events.id AND (mc.confidence IS NULL OR mc.confidence >= @minc))");
        }
        return (where.Count == 0 ? "1 = 1" : string.Join(" AND ", where), args);
    }

    public async Task<Page<StoredEvent>> EventsAsync(EventQuery query, CancellationToken ct = default)
    {
        var (where, args) = Filter(query, await IsCommonActorAsync(query, ct));
        if (query.Cursor is { } cursor)
        {
            var (date, id) = Cursor.Decode(cursor) ?? throw new ArgumentException(Errors.BadCursor);
            where += " AND (event_date > @cdate OR (event_date = @cdate AND id > @cid))";
            args.Add(("cdate", date)); args.Add(("cid", id));
        }
        args.Add(("lim", query.Limit + 1));
        var list = new List<StoredEvent>();
        await using (var cmd = Command(null, $"SELECT {EventColumns} FROM events WHERE {where} ORDER BY event_date, id LIMIT @lim", args.ToArray()))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) list.Add(ReadEvent(r));
        var more = list.Count > query.Limit;
        if (more) list.RemoveAt(list.Count - 1);
        return new Page<StoredEvent>(list, more ? Cursor.Encode(Iso(list[^1].Date) ?? "", list[^1].Id) : null);
    }

    /// <summary>Whether the query's actor (without a dyad, which its own index serves) has many events: counted from the indexes.</summary>
    private async Task<bool> IsCommonActorAsync(EventQuery query, CancellationToken ct)
    {
        if (query.Actor is not { } actor || query.Dyad is not null) return false;
        var n = await ScalarAsync(null, """
            SELECT (SELECT count(*) FROM events WHERE source_root = @r) + (SELECT count(*) FROM events WHERE target_root = @r)
            """, ct, ("r", ActorCodes.Root(actor)));
        return Convert.ToInt64(n, CultureInfo.InvariantCulture) > CommonActorEvents;
    }

    public async IAsyncEnumerable<StoredEvent> AllEventsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var q = query with { Limit = 5000, Cursor = null };
        while (true)
        {
            var page = await EventsAsync(q, ct);
            foreach (var e in page.Items) yield return e;
            if (page.NextCursor is null) yield break;
            q = q with { Cursor = page.NextCursor };
        }
    }

    public async Task<EventDetail?> GetEventAsync(string id, CancellationToken ct = default)
    {
        StoredEvent? ev;
        await using (var cmd = Command(null, $"SELECT {EventColumns} FROM events WHERE id = @id", ("id", id)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            ev = await r.ReadAsync(ct) ? ReadEvent(r) : null;
        if (ev is null) return null;
        var mentions = await MentionsAsync(null, "event_id = @id", ct, ("id", id));
        mentions.Sort(EventMerger.CompareSpecificity);
        var details = new List<MentionDetail>();
        foreach (var m in mentions)
        {
            string? text = null, title = null;
            await using (var cmd = Command(null, "SELECT text, title FROM articles WHERE id = @id", ("id", m.ArticleId)))
            await using (var r = await cmd.ExecuteReaderAsync(ct))
                if (await r.ReadAsync(ct)) { text = r.GetString(0); title = Str(r, 1); }
            var sentence = Cut(text, m.Sentence);
            var pieces = sentence is null ? null
                : SentencePiece.Cut(text!, m.Sentence, [(m.Trigger, "trigger"), (m.SourceSpan, "source"), (m.TargetSpan, "target")]);
            details.Add(new MentionDetail(m, sentence, Cut(text, m.Trigger), title, pieces));
        }
        return new EventDetail(ev, details);
    }

    private static string? Cut(string? text, Span span) =>
        text is null || span.Start < 0 || span.End > text.Length || span.Start > span.End ? null : span.Of(text);

    public async Task<IReadOnlyList<RelationsPeriod>> RelationsAsync(RelationsQuery q, CancellationToken ct = default)
    {
        string a = ActorCodes.Root(q.A), b = ActorCodes.Root(q.B);
        var range = (q.From is null ? "" : " AND event_date >= @from") + (q.To is null ? "" : " AND event_date <= @to");
        var dyad = q.Directed
            ? "source_root = @a AND target_root = @b"
            : "((source_root = @a AND target_root = @b) OR (source_root = @b AND target_root = @a))";
        var codes = (a != q.A ? (q.Directed ? " AND source_code LIKE @ac || '%'" : " AND (source_code LIKE @ac || '%' OR target_code LIKE @ac || '%')") : "")
                  + (b != q.B ? (q.Directed ? " AND target_code LIKE @bc || '%'" : " AND (source_code LIKE @bc || '%' OR target_code LIKE @bc || '%')") : "");
        var args = new (string, object?)[] { ("a", a), ("b", b), ("ac", q.A), ("bc", q.B), ("from", Iso(q.From)), ("to", Iso(q.To)) };
        var periods = new SortedDictionary<string, (int[] Quad, double Sum, int Both)>(StringComparer.Ordinal);
        (int[] Quad, double Sum, int Both) Slot(string day)
        {
            var key = PeriodOf(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), q.By);
            return periods.TryGetValue(key, out var s) ? s : periods[key] = (new int[4], 0, 0);
        }
        await using (var cmd = Command(null, $"""
            SELECT event_date, quad_class, count(*), sum(goldstein) FROM events
            WHERE {dyad}{codes} AND event_date <> ''{range}
            GROUP BY event_date, quad_class
            """, args))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var day = r.GetString(0);
                var slot = Slot(day);
                var quad = (int)Long(r, 1);
                if (quad is >= 1 and <= 4) slot.Quad[quad - 1] += (int)Long(r, 2);
                periods[PeriodOf(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), q.By)] = (slot.Quad, slot.Sum + Dbl(r, 3), slot.Both);
            }
        var pubRange = (q.From is null ? "" : " AND pub_date >= @from") + (q.To is null ? "" : " AND pub_date <= @to");
        var (lo, hi) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        await using (var cmd = Command(null, $"SELECT pub_date, articles FROM actor_pairs WHERE a = @lo AND b = @hi{pubRange}",
                         ("lo", lo), ("hi", hi), ("from", Iso(q.From)), ("to", Iso(q.To))))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var day = r.GetString(0);
                var slot = Slot(day);
                periods[PeriodOf(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), q.By)] = (slot.Quad, slot.Sum, slot.Both + (int)Long(r, 1));
            }
        return periods.Select(p =>
        {
            var n = p.Value.Quad.Sum();
            var coop = p.Value.Quad[0] + p.Value.Quad[1];
            var conflict = p.Value.Quad[2] + p.Value.Quad[3];
            return new RelationsPeriod(p.Key, n, p.Value.Quad, n == 0 ? 0 : Math.Round(p.Value.Sum / n, 4), Math.Round(p.Value.Sum, 4),
                n == 0 ? 0 : Math.Round((coop - conflict) / (double)n, 4), p.Value.Both);
        }).ToList();
    }

    /// <summary>The name of the period a day falls in: "2021-10-21", ISO week "2021-W42", or "2021-10".</summary>
    public static string PeriodOf(DateOnly day, Period by) => by switch
    {
        Period.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Period.Week => $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}",
        _ => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    public async Task<IReadOnlyList<ActorSummary>> ActorsAsync(CancellationToken ct = default)
    {
        // Counted from the indexes alone (a million events in about 0.3 s): no row of the table is read for a count.
        var counts = new SortedDictionary<string, (long Source, long Target)>(StringComparer.Ordinal);
        await using (var cmd = Command(null, "SELECT source_root, count(*) FROM events GROUP BY source_root"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) counts[r.GetString(0)] = (Long(r, 1), 0);
        await using (var cmd = Command(null, "SELECT target_root, count(*) FROM events WHERE target_root <> '' GROUP BY target_root"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                counts[r.GetString(0)] = (counts.GetValueOrDefault(r.GetString(0)).Source, Long(r, 1));
        var list = new List<ActorSummary>(counts.Count);
        foreach (var (root, (asSource, asTarget)) in counts)
            list.Add(new ActorSummary(root, await ActorNameAsync(root, ct), asSource, asTarget));
        return list;
    }

    /// <summary>
    /// The name of an actor root: of its shortest code as a source (the bare root first: "China" for CHN rather than a
    /// minister's name), alphabetically first among that code's names; else a name it has as a target. Index seeks only
    /// (the root is compared as an expression, so that the planner walks the code index in order instead of the dyad index).
    /// </summary>
    private async Task<string?> ActorNameAsync(string root, CancellationToken ct)
    {
        var name = await ScalarAsync(null, """
            SELECT source_name FROM events WHERE source_code >= @r AND source_code < @hi AND source_root || '' = @r
            ORDER BY source_code, source_name LIMIT 1
            """, ct, ("r", root), ("hi", root + "~"));
        name ??= await ScalarAsync(null, "SELECT target_name FROM events WHERE target_root = @r AND target_name IS NOT NULL LIMIT 1", ct, ("r", root));
        return name as string;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var cmd in commands.Values) await cmd.DisposeAsync();
        commands.Clear();
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
