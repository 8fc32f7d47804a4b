namespace Warta.Storage;

/// <summary>Opens the store named by a --db value: a file path is SQLite; "postgres://…" or "Host=…" is PostgreSQL.</summary>
public static class EventStore
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        || db.Contains(";Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a store, creating its tables when missing.</summary>
    public static Task<IEventStore> OpenAsync(string db, CancellationToken ct = default) => OpenAsync(db, create: true, ct);

    /// <summary>Opens a store; with <paramref name="create"/> false the tables must exist (cheaper: for one request).</summary>
    public static async Task<IEventStore> OpenAsync(string db, bool create, CancellationToken ct = default) =>
        IsPostgres(db)
            ? await PostgresEventStore.OpenAsync(db, ensureSchema: create, ct)
            : await SqliteEventStore.OpenAsync(db, readOnly: false, create, ct);

    /// <summary>
    /// Opens a store for a command, turning every way a --db value can be wrong (missing folder, a file that is no
    /// database, a bad connection string, a refused password, an unreachable server) into one line for the user.
    /// With <paramref name="mustExist"/> a SQLite file that does not exist is an error, not a new empty store.
    /// </summary>
    public static async Task<(IEventStore? Store, string? Error)> TryOpenAsync(string db, bool mustExist, CancellationToken ct = default)
    {
        var postgres = IsPostgres(db);
        var name = postgres ? "the PostgreSQL store" : $"the store '{db}'";
        if (!postgres)
        {
            var full = Path.GetFullPath(db);
            if (Directory.Exists(full)) return (null, $"cannot open {name}: it is a folder, not a database file");
            if (mustExist && !File.Exists(full))
                return (null, $"no store at '{db}' (nothing ingested there yet? `warta ingest … --db {db}` creates it)");
            if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
                return (null, $"cannot open {name}: folder '{folder}' does not exist");
        }
        IEventStore? store = null;
        try
        {
            store = await OpenAsync(db, create: !mustExist, ct);
            _ = await store.CountAsync(ct); // a file that is no database, or a server that refuses, fails here
            return (store, null);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or IOException or UnauthorizedAccessException
                                      or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException or FormatException)
        {
            if (store is not null) await store.DisposeAsync();
            return (null, $"cannot open {name}: {e.Message}");
        }
    }
}
