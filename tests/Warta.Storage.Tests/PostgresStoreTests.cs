using Npgsql;

namespace Warta.Storage.Tests;

/// <summary>
/// The store contract on a real PostgreSQL server (WARTA_TEST_PG, default a local "warta_test" database, which
/// .ci/services creates). Each test works in its own schema, dropped afterwards. Skipped when no server answers.
/// </summary>
public sealed class PostgresStoreTests : StoreContract, IAsyncLifetime
{
    public const string DefaultConnection = "Host=127.0.0.1;Username=warta;Password=warta;Database=warta_test";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("WARTA_TEST_PG") is { Length: > 0 } cs ? cs : DefaultConnection;

    private readonly string schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    private string? reachable;

    public async ValueTask InitializeAsync()
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5 };
            await using var c = new NpgsqlConnection(b.ToString());
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            await cmd.ExecuteNonQueryAsync();
            b.SearchPath = schema;
            reachable = b.ToString();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            reachable = null;
            skipMessage = $"PostgreSQL not reachable at WARTA_TEST_PG or {DefaultConnection} ({e.Message}); run .ci/services to install and start it";
        }
    }

    private string? skipMessage;

    protected override async Task<IEventStore> OpenAsync()
    {
        if (reachable is null) Assert.Skip(skipMessage ?? "PostgreSQL not reachable");
        return await EventStore.OpenAsync(reachable!);
    }

    public async ValueTask DisposeAsync()
    {
        if (reachable is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
