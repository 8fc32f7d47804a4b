using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warta.Bench.Storage;

namespace Warta.Storage.Tests;

/// <summary>
/// A real crash: a child process ingesting synthetic articles is killed (SIGKILL) mid-run. The store must open,
/// be consistent, and a rerun of the same ingest must complete it with nothing lost and nothing duplicated.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 3000;
    private readonly string dir = Directory.CreateTempSubdirectory("warta-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_killed_ingest_leaves_a_store_that_a_rerun_completes()
    {
        var ct = TestContext.Current.CancellationToken;
        var db = Path.Combine(dir, "crash.db");
        var helper = Path.Combine(AppContext.BaseDirectory, "Warta.Bench.Storage.dll");
        Assert.True(File.Exists(helper), $"missing {helper}");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", helper, "ingest", "--db", db, "--articles", Articles.ToString(), "--batch", "8", "--progress-ms", "50" })
            start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var killedAt = -1;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(120));
            while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                // "progress R read S stored": kill once a few batches are in.
                var parts = line.Split(' ');
                if (parts[0] == "progress" && int.Parse(parts[3]) >= 200)
                {
                    child.Kill(entireProcessTree: true);
                    killedAt = int.Parse(parts[3]);
                    break;
                }
                Assert.False(line.StartsWith("done", StringComparison.Ordinal), "the child finished before it could be killed");
            }
        }
        await child.WaitForExitAsync(ct);
        Assert.True(killedAt > 0, "the child was not killed: " + await child.StandardError.ReadToEndAsync(ct));

        // The store opens, is intact and consistent, and holds whole batches only.
        await using (var c = new SqliteConnection($"Data Source={db}"))
        {
            await c.OpenAsync(ct);
            await using var cmd = new SqliteCommand("PRAGMA integrity_check", c);
            Assert.Equal("ok", await cmd.ExecuteScalarAsync(ct));
        }
        long stored;
        await using (var store = await EventStore.OpenAsync(db, ct))
        {
            Assert.Empty(await store.CheckAsync(ct));
            stored = (await store.CountAsync(ct)).Articles;
            Assert.InRange(stored, killedAt, Articles - 1);
            Assert.Equal(0, stored % 8);
        }

        // Rerun the same ingest: it completes, skipping exactly what was stored.
        var news = new SyntheticNews();
        await using (var store = await EventStore.OpenAsync(db, ct))
        {
            var summary = await new IngestRunner(store, new SyntheticNews.Coder(), 64).RunAsync(news.Articles(Articles), ct);
            Assert.Equal(stored, summary.Skipped.GetValueOrDefault("duplicate id"));
            Assert.Equal(Articles - stored, summary.ArticlesStored);
            Assert.Empty(await store.CheckAsync(ct));
        }

        // Nothing lost, nothing duplicated: the same store as one uninterrupted ingest.
        var reference = Path.Combine(dir, "reference.db");
        await using (var store = await EventStore.OpenAsync(reference, ct))
            await new IngestRunner(store, new SyntheticNews.Coder(), 64).RunAsync(news.Articles(Articles), ct);
        var (expectedCounts, expectedEvents) = await SnapshotAsync(reference, ct);
        var (counts, events) = await SnapshotAsync(db, ct);
        Assert.Equal(expectedCounts, counts);
        Assert.Equal(expectedEvents, events);
    }

    private static async Task<(StoreCounts, List<(string, int, int)>)> SnapshotAsync(string db, CancellationToken ct)
    {
        await using var store = await EventStore.OpenAsync(db, ct);
        var events = new List<(string, int, int)>();
        await foreach (var e in store.AllEventsAsync(new EventQuery(), ct)) events.Add((e.Id, e.NumMentions, e.NumArticles));
        return (await store.CountAsync(ct), events);
    }
}
