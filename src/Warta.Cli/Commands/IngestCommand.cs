using System.CommandLine;
using Spectre.Console;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta ingest [inputs] --db: codes new articles and stores their events, merging reports of one happening.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders or - for stdin (JSONL, HTML, text)", Arity = ArgumentArity.ZeroOrMore };
        var db = StoreOptions.Db();
        var batch = new Option<int>("--batch") { Description = "Articles per transaction", DefaultValueFactory = _ => 32 };
        var cmd = new Command("ingest", "Code articles and store them with their events; articles already stored are skipped") { inputs, db, batch };
        cmd.SetAction(async (pr, ct) =>
        {
            var paths = pr.GetValue(inputs) ?? [];
            if (pr.GetValue(batch) < 1) return StoreOptions.Fail("--batch must be at least 1");
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: false, ct);
            if (store is null) return 2;
            var items = Composition.ReadInputs(paths.Length == 0 ? ["-"] : paths);
            var summary = await JobProgress.RunAsync("ingest", null, report =>
                new IngestRunner(store, Composition.CreateCoder(), pr.GetValue(batch))
                {
                    OnProgress = s => report(s.ArticlesRead, $"{s.ArticlesStored} stored · {s.SkippedTotal} skipped · {s.Events} events"),
                }.RunAsync(items, ct));

            var counts = await store.CountAsync(ct);
            Console.WriteLine($"articles read: {summary.ArticlesRead}");
            Console.WriteLine($"articles stored: {summary.ArticlesStored}");
            Console.WriteLine($"articles skipped: {summary.SkippedTotal}" +
                (summary.Skipped.Count == 0 ? "" : " (" + string.Join(", ", summary.Skipped.Select(kv => $"{kv.Key}: {kv.Value}")) + ")"));
            Console.WriteLine($"events coded: {summary.Events}");
            Console.WriteLine($"new events: {summary.NewEvents}");
            Console.WriteLine($"merged reports: {summary.MergedReports}");
            Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions");
            foreach (var p in summary.Problems) Console.Error.WriteLine($"skipped {p}");
            foreach (var n in summary.Notes) Console.Error.WriteLine($"note {n}");
            // Like `code`: bad inputs are reported and the rest stored, and the exit status says something was left out.
            return summary.Failed > 0 ? 1 : 0;
        });
        return cmd;
    }
}
