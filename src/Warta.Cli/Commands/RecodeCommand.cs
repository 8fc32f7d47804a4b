using System.CommandLine;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta recode --db [--all]: codes stored articles again with the current coder.</summary>
public static class RecodeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var all = new Option<bool>("--all") { Description = "Recode every article, not only those coded by another coder version" };
        var failed = new Option<bool>("--failed") { Description = "Recode only the articles whose coding failed at ingest" };
        var cmd = new Command("recode", "Re-code stored articles with the current coder and replace their events") { db, all, failed };
        cmd.SetAction(async (pr, ct) =>
        {
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            long? total = pr.GetValue(all) ? (await store.CountAsync(ct)).Articles : null;
            var result = await JobProgress.RunAsync("recode", total, report =>
                new RecodeRunner(store, Composition.CreateCoder()).RunAsync(pr.GetValue(all), n => report(n, null), ct, failedOnly: pr.GetValue(failed)));
            Console.WriteLine($"articles recoded: {result.ArticlesRecoded}");
            Console.WriteLine($"reports (mentions) now: {result.Mentions}");
            Console.WriteLine($"events: {result.EventsBefore} before, {result.EventsAfter} after");
            var failures = result.Failed ?? [];
            if (failures.Count > 0) Console.WriteLine($"articles whose coding failed again: {failures.Count}");
            foreach (var f in failures.Take(20)) Console.Error.WriteLine($"warta: {Warta.Core.Printable.Escape(f)}");
            return failures.Count > 0 ? 1 : 0;
        });
        return cmd;
    }
}
