using System.Collections.Concurrent;
using System.Text.Json;
using Warta.Ingest.Fetching;

namespace Warta.Ingest.Feeds;

/// <summary>
/// What the feed watcher remembers between polls and restarts: the article URLs already handed on, and the
/// validators (ETag, Last-Modified) of each feed for conditional requests. A database store comes later.
/// </summary>
public interface IFetchStateStore
{
    Task<bool> IsSeenAsync(string url, CancellationToken ct = default);

    /// <summary>Remembers an article URL as handed on (or as given up on).</summary>
    Task MarkSeenAsync(string url, CancellationToken ct = default);

    Task<Validators?> GetValidatorsAsync(string feedUrl, CancellationToken ct = default);

    Task SetValidatorsAsync(string feedUrl, Validators validators, CancellationToken ct = default);

    /// <summary>Makes what was recorded durable (a no-op for stores that write through).</summary>
    Task FlushAsync(CancellationToken ct = default);
}

/// <summary>State kept in memory, for one run and for tests.</summary>
public class InMemoryFetchStateStore : IFetchStateStore
{
    protected ConcurrentDictionary<string, DateTimeOffset> Seen { get; } = new(StringComparer.Ordinal);
    protected ConcurrentDictionary<string, Validators> FeedValidators { get; } = new(StringComparer.Ordinal);

    public Task<bool> IsSeenAsync(string url, CancellationToken ct = default) => Task.FromResult(Seen.ContainsKey(url));

    public virtual Task MarkSeenAsync(string url, CancellationToken ct = default)
    {
        Seen.TryAdd(url, DateTimeOffset.UtcNow);
        return Task.CompletedTask;
    }

    public Task<Validators?> GetValidatorsAsync(string feedUrl, CancellationToken ct = default) =>
        Task.FromResult(FeedValidators.TryGetValue(feedUrl, out var v) ? v : null);

    public virtual Task SetValidatorsAsync(string feedUrl, Validators validators, CancellationToken ct = default)
    {
        FeedValidators[feedUrl] = validators;
        return Task.CompletedTask;
    }

    public virtual Task FlushAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>Number of URLs seen.</summary>
    public int SeenCount => Seen.Count;
}

/// <summary>State in a JSON file, read when opened and written (atomically, via a temporary file) on flush.</summary>
public sealed class JsonFileFetchStateStore : InMemoryFetchStateStore
{
    private readonly string _path;
    private readonly SemaphoreSlim _write = new(1, 1);

    private sealed record FileShape(Dictionary<string, DateTimeOffset>? Seen, Dictionary<string, Validators>? Feeds);

    private JsonFileFetchStateStore(string path) => _path = path;

    /// <summary>Opens the file (a missing file is an empty state; a corrupt one throws <see cref="InvalidDataException"/>).</summary>
    public static async Task<JsonFileFetchStateStore> OpenAsync(string path, CancellationToken ct = default)
    {
        var store = new JsonFileFetchStateStore(path);
        if (!File.Exists(path)) return store;
        FileShape? shape;
        try
        {
            await using var stream = File.OpenRead(path);
            shape = await JsonSerializer.DeserializeAsync<FileShape>(stream, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a Warta fetch-state file: {e.Message}", e);
        }
        foreach (var (url, at) in shape?.Seen ?? []) store.Seen[url] = at;
        foreach (var (feed, v) in shape?.Feeds ?? []) store.FeedValidators[feed] = v;
        return store;
    }

    public override async Task FlushAsync(CancellationToken ct = default)
    {
        await _write.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var shape = new FileShape(new Dictionary<string, DateTimeOffset>(Seen), new Dictionary<string, Validators>(FeedValidators));
            var dir = Path.GetDirectoryName(Path.GetFullPath(_path))!;
            Directory.CreateDirectory(dir);
            var tmp = Path.Combine(dir, "." + Path.GetFileName(_path) + ".tmp");
            await using (var stream = File.Create(tmp))
                await JsonSerializer.SerializeAsync(stream, shape, new JsonSerializerOptions { WriteIndented = true }, ct).ConfigureAwait(false);
            File.Move(tmp, _path, overwrite: true);
        }
        finally
        {
            _write.Release();
        }
    }
}
