using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta events [filters] --format table|jsonl|csv: lists stored events.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = StoreOptions.Filters();
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        var limit = new Option<int>("--limit") { Description = "At most this many events (0: all)", DefaultValueFactory = _ => 100 };
        var cmd = new Command("events", "List stored events matching filters") { db, format, limit };
        foreach (var f in filters) cmd.Options.Add(f);
        cmd.SetAction(async (pr, ct) =>
        {
            var fmt = pr.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("table" or "jsonl" or "csv")) return StoreOptions.Fail($"format '{fmt}' must be table, jsonl or csv");
            var max = pr.GetValue(limit);
            if (max < 0) return StoreOptions.Fail("--limit must be 0 or more");
            var (query, error) = StoreOptions.ParseFilters(pr, filters, QueryParser.MaxLimit);
            if (query is null) return StoreOptions.Fail(error!);
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            var limited = new Limited<StoredEvent>(store.AllEventsAsync(query, ct), max);
            var events = limited.Items(ct);
            switch (fmt)
            {
                case "jsonl":
                    await Exporter.WriteAsync(events, ExportFormat.Jsonl, Console.OpenStandardOutput(), ct);
                    break;
                case "csv":
                    await Exporter.WriteAsync(events, ExportFormat.Csv, Console.OpenStandardOutput(), ct);
                    break;
                default:
                    StoreOptions.WideWhenRedirected();
                    var table = new Table().AddColumns("id", "date", "source", "target", "cameo", "quad", "goldstein", "place", "mentions", "sources", "articles");
                    await foreach (var e in events)
                        table.AddRow(Markup.Escape(e.Id), e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?", Markup.Escape(e.SourceCode),
                            Markup.Escape(e.TargetCode ?? "-"), e.Cameo, ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture),
                            e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(e.PlaceCanonical ?? e.Country ?? "-"),
                            e.NumMentions.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture),
                            e.NumArticles.ToString(CultureInfo.InvariantCulture));
                    AnsiConsole.Write(table);
                    break;
            }
            if (limited.Stopped) Console.Error.WriteLine($"warta: stopped at --limit {max}; more events match (--limit 0 lists them all)");
            return 0;
        });
        return cmd;
    }

    /// <summary>At most <paramref name="max"/> items (0: all), and whether more were left.</summary>
    private sealed class Limited<T>(IAsyncEnumerable<T> source, int max)
    {
        public bool Stopped { get; private set; }

        public async IAsyncEnumerable<T> Items([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            var n = 0;
            await foreach (var item in source.WithCancellation(ct))
            {
                if (max > 0 && n++ == max)
                {
                    Stopped = true;
                    yield break;
                }
                yield return item;
            }
        }
    }
}
