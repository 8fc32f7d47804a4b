using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Warta.Core;
using Warta.Ingest.Feeds;
using Warta.Ingest.Fetching;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta watch FEEDS.txt [--db FILE] [--once] [--state FILE] [--interval SECONDS]</c>: polls the feeds; with
/// <c>--db</c> each new article is coded and ingested into the store, otherwise it is printed as one JSON line
/// (log lines go to standard error). Seen URLs and feed validators are kept in the state file, which defaults to
/// one beside the store.
/// </summary>
public static class WatchCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var feeds = new Argument<string>("feeds") { Description = "A text file with one feed URL a line (# starts a comment)" };
        var once = new Option<bool>("--once") { Description = "Poll every feed once and stop" };
        var state = new Option<string?>("--state") { Description = "JSON file keeping seen URLs and feed validators across runs" };
        var interval = new Option<int>("--interval") { Description = "Seconds between polls", DefaultValueFactory = _ => 600 };
        var db = new Option<string?>("--db") { Description = "Store to ingest new articles into (SQLite file or PostgreSQL connection string)" };
        var cmd = new Command("watch", "Poll RSS/Atom/JSON feeds; code and store new articles with --db, else print them as JSONL");
        cmd.Arguments.Add(feeds);
        cmd.Options.Add(once);
        cmd.Options.Add(state);
        cmd.Options.Add(interval);
        cmd.Options.Add(db);
        cmd.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(feeds)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file");
                return 2;
            }
            var list = FeedWatcher.ReadFeedList(await File.ReadAllTextAsync(path, ct));
            var dbValue = parseResult.GetValue(db);
            var statePath = parseResult.GetValue(state)
                ?? (dbValue is not null && !Warta.Storage.EventStore.IsPostgres(dbValue) ? dbValue + ".watch-state.json" : null);
            IFetchStateStore store;
            try
            {
                store = statePath is null ? new InMemoryFetchStateStore() : await JsonFileFetchStateStore.OpenAsync(statePath, ct);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            using var fetcher = new PageFetcher();
            var watcher = new FeedWatcher(fetcher, store, log: line => Console.Error.WriteLine(line));
            await using var eventStore = dbValue is null ? null : await StoreOptions.OpenAsync(dbValue, mustExist: false, ct);
            if (dbValue is not null && eventStore is null) return 2;
            var ingest = eventStore is null ? null : new Warta.Storage.IngestRunner(eventStore, Composition.CreateCoder());
            async Task Sink(Article a, CancellationToken token)
            {
                if (ingest is null) { await Print(a, token); return; }
                var summary = await ingest.RunAsync(One(InputItem.Of(a)), token);
                Console.Error.WriteLine($"ingested {a.Url ?? a.Id}: {summary.Events} events, {summary.NewEvents} new, {summary.MergedReports} merged");
            }
            Task Print(Article a, CancellationToken _)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    id = a.Id,
                    url = a.Url,
                    title = a.Title,
                    date = a.PublicationDate?.ToString("yyyy-MM-dd"),
                    lang = a.Language,
                    outlet = a.Outlet,
                    text = a.Text,
                }, Json));
                return Task.CompletedTask;
            }
            if (parseResult.GetValue(once))
            {
                var s = await watcher.PollOnceAsync(list, Sink, ct);
                Console.Error.WriteLine($"poll done: {s.NewArticles} new, {s.Skipped} seen, {s.FeedsUnchanged} feeds unchanged, {s.FeedErrors} feed errors, {s.PageErrors} page errors");
                return s.FeedErrors > 0 || s.PageErrors > 0 ? 1 : 0;
            }
            await watcher.RunAsync(list, Sink, TimeSpan.FromSeconds(Math.Max(10, parseResult.GetValue(interval))), ct);
            return 0;
        });
        return cmd;
    }

    private static async IAsyncEnumerable<InputItem> One(InputItem item)
    {
        await Task.CompletedTask;
        yield return item;
    }
}
