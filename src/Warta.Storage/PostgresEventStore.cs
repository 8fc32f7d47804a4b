using System.Data.Common;
using Npgsql;

namespace Warta.Storage;

/// <summary>The same store on a PostgreSQL server. Writers are serialised by a transaction-level advisory lock.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private const long WriteLockKey = 0x57617274; // "Wart"

    private PostgresEventStore(NpgsqlConnection connection) : base(connection) { }

    public override string Kind => "postgresql";

    protected override (string Int, string Real) Types => ("BIGINT", "DOUBLE PRECISION");

    protected override async Task AddColumnIfMissingAsync(DbTransaction tx, string table, string column, string type, CancellationToken ct)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {type}";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Opens a store on a server, from "Host=…;Database=…" or a "postgres://user:pass@host:port/db" URL.</summary>
    public static async Task<PostgresEventStore> OpenAsync(string connectionString, bool ensureSchema = true, CancellationToken ct = default)
    {
        var connection = new NpgsqlConnection(ToConnectionString(connectionString));
        await connection.OpenAsync(ct);
        var store = new PostgresEventStore(connection);
        if (ensureSchema) await store.EnsureSchemaAsync(ct);
        return store;
    }

    protected override async Task LockAsync(DbTransaction tx, CancellationToken ct) =>
        await ExecAsync(tx, $"SELECT pg_advisory_xact_lock({WriteLockKey})", ct);

    /// <summary>Turns a postgres:// or postgresql:// URL into an Npgsql connection string; passes others through.</summary>
    public static string ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return db;
        var uri = new Uri(db);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0) b.Database = Uri.UnescapeDataString(path);
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }
        return b.ToString();
    }
}
