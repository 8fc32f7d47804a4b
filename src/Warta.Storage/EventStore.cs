namespace Warta.Storage;

/// <summary>Opens the store named by a --db value: a file path is SQLite; "postgres://…" or "Host=…" is PostgreSQL.</summary>
public static class EventStore
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        || db.Contains(";Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (and creates the schema of) a store.</summary>
    public static async Task<IEventStore> OpenAsync(string db, CancellationToken ct = default) =>
        IsPostgres(db)
            ? await PostgresEventStore.OpenAsync(db, ensureSchema: true, ct)
            : await SqliteEventStore.OpenAsync(db, readOnly: false, ct);
}
