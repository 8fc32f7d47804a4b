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
}
