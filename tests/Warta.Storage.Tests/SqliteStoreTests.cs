namespace Warta.Storage.Tests;

/// <summary>The store contract on SQLite, one temporary file per test.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("warta-store-").FullName;

    protected override async Task<IEventStore> OpenAsync() => await EventStore.OpenAsync(Path.Combine(dir, "test.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_file_path_opens_sqlite_and_a_connection_string_postgres()
    {
        await using var store = await OpenAsync();
        Assert.Equal("sqlite", store.Kind);
        Assert.True(EventStore.IsPostgres("Host=127.0.0.1;Database=x"));
        Assert.True(EventStore.IsPostgres("postgres://u:p@127.0.0.1:5433/db"));
        Assert.False(EventStore.IsPostgres("data/warta.db"));
        Assert.Equal("Host=127.0.0.1;Port=5433;Database=db;Username=u;Password=p",
            PostgresEventStore.ToConnectionString("postgres://u:p@127.0.0.1:5433/db"));
    }

    [Fact]
    public async Task A_store_of_schema_1_moves_reports_to_the_scopes_of_schema_2_and_merges_them_again_when_opened()
    {
        var ct = TestContext.Current.CancellationToken;
        // Antara2's meeting told one way, Russia to China: a scope of schema 1 named its actors in that order.
        var coded = Stories.Events().ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Warta.Core.CodedEvent>)kv.Value.Select(e =>
            kv.Key == Stories.Antara2.Id ? e with { Symmetric = false } : e).ToList());
        await using (var store = await OpenAsync())
            await new IngestRunner(store, new FakeCoder(coded), 2).RunAsync(Stories.Inputs(Stories.All), ct);
        var expected = await AllEventsAsync();
        var path = Path.Combine(dir, "test.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await raw.OpenAsync(ct);
            await using var old = raw.CreateCommand();
            old.CommandText = "UPDATE mentions SET scope = 'RUS|CHN|04|2021' WHERE article_id = 'antara-2'; UPDATE meta SET value = '1' WHERE key = 'schema'";
            await old.ExecuteNonQueryAsync(ct);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(expected, await AllEventsAsync());
        await using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await raw.OpenAsync(ct);
            async Task<string?> Scalar(string sql)
            {
                await using var cmd = raw.CreateCommand();
                cmd.CommandText = sql;
                return Convert.ToString(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }
            Assert.Equal("2", await Scalar("SELECT value FROM meta WHERE key = 'schema'"));
            Assert.Equal("CHN|RUS|04|2021", await Scalar("SELECT scope FROM mentions WHERE article_id = 'antara-2'"));
            Assert.Equal("0", await Scalar("SELECT count(*) FROM events WHERE scope NOT IN (SELECT scope FROM mentions)"));
            // The one-way report is one event with the mutual one of the same day and city.
            Assert.Equal("1", await Scalar("SELECT count(DISTINCT event_id) FROM mentions WHERE article_id IN ('antara-1', 'antara-2') AND cameo LIKE '04%'"));
        }
    }

    private async Task<List<StoredEvent>> AllEventsAsync()
    {
        await using var store = await OpenAsync();
        var list = new List<StoredEvent>();
        await foreach (var e in store.AllEventsAsync(new EventQuery(), TestContext.Current.CancellationToken)) list.Add(e);
        return list.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task A_store_written_before_reports_had_a_confidence_gets_the_column_when_opened()
    {
        await (await OpenAsync()).DisposeAsync();
        var path = Path.Combine(dir, "test.db");
        await using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await raw.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = raw.CreateCommand();
            drop.CommandText = "ALTER TABLE mentions DROP COLUMN confidence";
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var store = await OpenAsync();
        var events = new List<StoredEvent>();
        await foreach (var e in store.AllEventsAsync(new EventQuery(MinConfidence: 0.5), TestContext.Current.CancellationToken)) events.Add(e);
        Assert.Empty(events);
    }
}
