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
        var command = new Command("code", "Code articles into events and print them") { inputs, format };
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
                writer.Write(result.Coded!);
            }
            writer.Finish();
            if (skipped > 0) Console.Error.WriteLine($"warta: {skipped} input(s) skipped");
            return skipped > 0 ? 1 : 0;
        });
        return command;
    }
}
