using System.CommandLine;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>warta export --format gdelt|plover|csv|parquet|jsonl [--output FILE] [filters].</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<string>("--format") { Description = "gdelt (GDELT 2.0 event table TSV), plover (JSON), csv, parquet or jsonl", DefaultValueFactory = _ => "csv" };
        var output = new Option<string>("--output", "-o") { Description = "File to write (default: standard output)" };
        var filters = StoreOptions.Filters();
        var cmd = new Command("export", "Export stored events as GDELT TSV, PLOVER JSON, CSV, Parquet or JSON Lines") { db, format, output };
        foreach (var f in filters) cmd.Options.Add(f);
        cmd.SetAction(async (pr, ct) =>
        {
            if (Exporter.ParseFormat(pr.GetValue(format)!) is not { } fmt) return StoreOptions.Fail(Errors.BadFormat(pr.GetValue(format)!));
            var (query, error) = StoreOptions.ParseFilters(pr, filters, QueryParser.MaxLimit);
            if (query is null) return StoreOptions.Fail(error!);
            await using var store = await StoreOptions.OpenAsync(pr.GetValue(db)!, mustExist: true, ct);
            if (store is null) return 2;
            var path = pr.GetValue(output);
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            var n = await Exporter.WriteAsync(store.AllEventsAsync(query, ct), fmt, stream, ct);
            if (path is not null) Console.Error.WriteLine($"{n} events written to {path}");
            return 0;
        });
        return cmd;
    }
}
