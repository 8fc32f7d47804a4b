using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta relations A B --by day|week|month: events between two actors over time, with coverage.</summary>
public static class RelationsCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "First actor (root such as CHN, or code)" };
        var b = new Argument<string>("b") { Description = "Second actor" };
        var db = StoreOptions.Db();
        var by = new Option<string>("--by") { Description = "day, week or month", DefaultValueFactory = _ => "month" };
        var from = new Option<string>("--from") { Description = "First event date, yyyy-MM-dd" };
        var to = new Option<string>("--to") { Description = "Last event date, yyyy-MM-dd" };
        var directed = new Option<bool>("--directed") { Description = "Only events with A as source and B as target" };
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        var cmd = new Command("relations", "Relations between two actors per period: events by QuadClass, Goldstein, cooperation–conflict index, coverage")
            { a, b, db, by, from, to, directed, format };
        cmd.SetAction(async (pr, ct) =>
        {
            var fmt = pr.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("table" or "jsonl" or "csv")) return StoreOptions.Fail($"format '{fmt}' must be table, jsonl or csv");
            var values = new Dictionary<string, string?>
            {
                ["by"] = pr.GetValue(by), ["from"] = pr.GetValue(from), ["to"] = pr.GetValue(to),
                ["directed"] = pr.GetValue(directed) ? "true" : null,
            };
            var (query, error) = QueryParser.ParseRelations(pr.GetValue(a), pr.GetValue(b), k => values.GetValueOrDefault(k));
            if (query is null) return StoreOptions.Fail(error!);
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            var periods = await store.RelationsAsync(query, ct);
            string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
            switch (fmt)
            {
                case "jsonl":
                    foreach (var p in periods) Console.WriteLine(JsonSerializer.Serialize(p, Exporter.Json));
                    break;
                case "csv":
                    Console.WriteLine("period,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,mean_goldstein,sum_goldstein,coop_conflict_index,articles_mentioning_both");
                    foreach (var p in periods)
                        Console.WriteLine($"{p.Period},{p.Events},{string.Join(',', p.ByQuadClass)},{N(p.MeanGoldstein)},{N(p.SumGoldstein)},{N(p.CooperationConflictIndex)},{p.ArticlesMentioningBoth}");
                    break;
                default:
                    StoreOptions.WideWhenRedirected();
                    var table = new Table().AddColumns("period", "events", "verb.coop", "mat.coop", "verb.confl", "mat.confl", "mean G", "sum G", "coop−confl", "articles both");
                    foreach (var p in periods)
                        table.AddRow(p.Period, p.Events.ToString(CultureInfo.InvariantCulture), p.ByQuadClass[0].ToString(CultureInfo.InvariantCulture),
                            p.ByQuadClass[1].ToString(CultureInfo.InvariantCulture), p.ByQuadClass[2].ToString(CultureInfo.InvariantCulture),
                            p.ByQuadClass[3].ToString(CultureInfo.InvariantCulture), N(p.MeanGoldstein), N(p.SumGoldstein), N(p.CooperationConflictIndex),
                            p.ArticlesMentioningBoth.ToString(CultureInfo.InvariantCulture));
                    AnsiConsole.Write(table);
                    break;
            }
            return 0;
        });
        return cmd;
    }
}
