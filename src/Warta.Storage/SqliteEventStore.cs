using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Warta.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each batch is one transaction, so a process killed at any
/// moment leaves the last committed batch and nothing of the one in flight.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection) : base(connection) { }

    public override string Kind => "sqlite";

    protected override (string Int, string Real) Types => ("INTEGER", "REAL");

    protected override async Task AddColumnIfMissingAsync(DbTransaction tx, string table, string column, string type, CancellationToken ct)
    {
        await using var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
        if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0) return;
        cmd.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {type}";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Opens (creating when missing) the store in a file.</summary>
    public static async Task<SqliteEventStore> OpenAsync(string path, bool readOnly = false, bool create = true, CancellationToken ct = default)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        var store = new SqliteEventStore(connection);
        if (!readOnly && create)
        {
            await store.ExecAsync(null, "PRAGMA journal_mode = WAL", ct);
            await store.ExecAsync(null, "PRAGMA synchronous = NORMAL", ct);
            await store.EnsureSchemaAsync(ct);
        }
        await store.ExecAsync(null, "PRAGMA foreign_keys = ON", ct);
        // 64 MB page cache: large stores keep their index pages in memory between batches.
        await store.ExecAsync(null, "PRAGMA cache_size = -65536", ct);
        return store;
    }

    protected override Task<DbTransaction> BeginWriteAsync(CancellationToken ct) =>
        // IMMEDIATE: take the write lock at the start, so two writers wait instead of failing mid-way.
        Task.FromResult<DbTransaction>(((SqliteConnection)Connection).BeginTransaction(deferred: false));
}
