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
        var cmd = new Command("recode", "Re-code stored articles with the current coder and replace their events") { db, all };
        cmd.SetAction(async (pr, ct) =>
        {
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            var result = await new RecodeRunner(store, Composition.CreateCoder()).RunAsync(pr.GetValue(all), ct: ct);
            Console.WriteLine($"articles recoded: {result.ArticlesRecoded}");
            Console.WriteLine($"reports (mentions) now: {result.Mentions}");
            Console.WriteLine($"events: {result.EventsBefore} before, {result.EventsAfter} after");
            return 0;
        });
        return cmd;
    }
}
