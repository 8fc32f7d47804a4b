using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Warta.Coding.Output;
using Warta.Coding.Pipeline;
using Warta.Ingest;

namespace Warta.Cli.Commands;

/// <summary>`warta code [inputs] --format table|jsonl|csv`: codes articles and prints their events.</summary>
public static class CodeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var minConfidence = new Option<double?>("--min-confidence")
        {
            Description = "Print only events whose confidence (the learned models' probability, 0-1) is at least this; events of a language without models have none and are kept",
        };
        minConfidence.Validators.Add(r => { if (r.GetValue(minConfidence) is < 0 or > 1) r.AddError("--min-confidence must be between 0 and 1"); });
        var command = new Command("code", "Code articles into events and print them") { inputs, format, minConfidence };
        command.SetAction(async (parse, ct) =>
        {
            var items = ArticleReader.ReadAsync(parse.GetValue(inputs)!, Console.In, ct);
            var skipped = 0;
            var writer = EventWriters.Create(parse.GetValue(format)!, Console.Out);
            await foreach (var result in ParallelCoding.CodeAsync(items, WartaCoder.Default, ct: ct))
            {
                if (result.Problem is { ArticleKept: true } note)
                {
                    // The article itself follows and is coded: a note, not a skipped input.
                    Console.Error.WriteLine($"warta: note {note}");
                    continue;
                }
                if (result.Problem is { } problem)
                {
                    skipped++;
                    Console.Error.WriteLine($"warta: skipped {problem}");
                    continue;
                }
                writer.Write(ConfidenceFilter.Apply(result.Coded!, parse.GetValue(minConfidence)));
            }
            writer.Finish();
            if (skipped > 0) Console.Error.WriteLine($"warta: {skipped} input(s) skipped");
            return skipped > 0 ? 1 : 0;
        });
        return command;
    }
}
