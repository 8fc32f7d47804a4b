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
