using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta show EVENT_ID: one event, its reports and why they were merged.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("event-id") { Description = "An event id as listed by 'warta events'" };
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print the event and its mentions as JSON" };
        var cmd = new Command("show", "Show one event with its reports (mentions) and why they were merged") { id, db, json };
        cmd.SetAction(async (pr, ct) =>
        {
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            var detail = await store.GetEventAsync(pr.GetValue(id)!, ct);
            if (detail is null) return StoreOptions.Fail($"no event '{pr.GetValue(id)}' in the store");
            if (pr.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(detail, new JsonSerializerOptions(Exporter.Json) { WriteIndented = true }));
                return 0;
            }
            var e = detail.Event;
            string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
            Console.WriteLine($"event {e.Id}");
            Console.WriteLine($"  {e.SourceCode} ({e.SourceName}) → {e.TargetCode ?? "-"} ({e.TargetName ?? "-"})");
            Console.WriteLine($"  CAMEO {e.Cameo} (root {e.CameoRoot}), {e.Plover}, QuadClass {(int)e.QuadClass}, Goldstein {e.Goldstein.ToString(CultureInfo.InvariantCulture)}");
            Console.WriteLine($"  date {D(e.Date)}{(e.DateEnd is null ? "" : ".." + D(e.DateEnd))} ({e.Precision}), place {e.PlaceCanonical ?? "-"} {e.Country ?? ""}");
            Console.WriteLine($"  {e.NumMentions} mentions, {e.NumSources} sources, {e.NumArticles} articles; key {e.MergeKey}");
            foreach (var m in detail.Mentions)
            {
                var x = m.Mention;
                Console.WriteLine();
                Console.WriteLine($"  [{x.ArticleId}#{x.Ordinal}] {x.Outlet} {D(x.PublicationDate)} {x.Url}");
                Console.WriteLine($"    {x.SourceCode} → {x.TargetCode ?? "-"} {x.Cameo} by {x.Rule}; date {D(x.Date)} ({x.Precision}, {x.DateRule}); place {x.PlaceCanonical ?? "-"}");
                Console.WriteLine($"    sentence {x.Sentence}: {m.SentenceText}");
                Console.WriteLine($"    trigger {x.Trigger}: {m.TriggerText}");
                Console.WriteLine($"    why: {x.MergeReason}");
            }
            return 0;
        });
        return cmd;
    }
}
