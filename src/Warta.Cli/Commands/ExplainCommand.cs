using System.CommandLine;
using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.Ingest;

namespace Warta.Cli.Commands;

/// <summary>`warta explain FILE`: shows, sentence by sentence, what each stage found and why.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("explain", "Show the sentences, actors, times and events found in articles") { inputs };
        command.SetAction(async (parse, ct) =>
        {
            var skipped = 0;
            await foreach (var item in ArticleReader.ReadAsync(parse.GetValue(inputs)!, Console.In, ct))
            {
                if (item.Problem is { ArticleKept: true } note) { Console.Error.WriteLine($"warta: note {note}"); continue; }
                if (item.Problem is { } p) { skipped++; Console.Error.WriteLine($"warta: skipped {p}"); continue; }
                Print(WartaCoder.Default.Code(item.Article!));
            }
            return skipped > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(CodedArticle coded)
    {
        // Everything taken from the input is shown through Show: control characters escaped, so the input cannot drive
        // the terminal; dates are ISO (yyyy-MM-dd).
        var doc = coded.Document;
        var text = doc.Text;
        Console.WriteLine($"# {Show(doc.Article.Id)}  language={doc.Language} reference={Iso(coded.ReferenceDate) ?? "none"}");
        if (doc.Dateline is { } dl) Console.WriteLine($"  dateline: \"{Show(dl.Span.Of(text))}\" place={Show(dl.PlaceText)} outlet={Show(dl.Outlet)}");
        foreach (var r in doc.Removed) Console.WriteLine($"  removed ({r.Reason}): \"{Show(Short(r.Span.Of(text)))}\"");
        foreach (var s in coded.Sentences)
        {
            Console.WriteLine($"[{s.Index} p{s.Paragraph} s{s.Section}] {Show(s.Span.Of(text))}");
            foreach (var a in coded.Actors.Where(a => s.Span.Contains(a.Span)))
                Console.WriteLine($"    actor {a.Code} \"{Show(a.Span.Of(text))}\" ({a.Rule})");
            foreach (var t in coded.Times.Where(t => s.Span.Contains(t.Span)))
                Console.WriteLine($"    time \"{Show(t.Span.Of(text))}\" = {Iso(t.Value.Date)}..{Iso(t.Value.End)} {t.Value.Precision} ({t.Value.Rule}){(t.IsReportDate ? " report" : "")}");
            foreach (var p in (coded.Places ?? []).Where(p => s.Span.Contains(p.Span!.Value)))
                Console.WriteLine($"    place {p.Country ?? "-"} \"{Show(p.Span!.Value.Of(text))}\" {p.Kind} ({p.Rule})");
            foreach (var e in coded.Events.Where(e => e.Sentence == s.Span))
                Console.WriteLine($"    EVENT {e.Source.Code} -{e.Cameo}-> {e.Target?.Code} \"{Show(e.Trigger.Of(text))}\" ({e.Rule}) date={Iso(e.Date.Date)}..{Iso(e.Date.End)} {e.Date.Precision} ({e.Date.Rule}) place={Show(e.Place?.Name)}/{e.Place?.Country} ({e.Place?.Rule})");
        }
    }

    /// <summary>Input text on one line with control characters escaped.</summary>
    private static string Show(string? s) => s is null ? "" : Printable.Escape(s.ReplaceLineEndings(" "));

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Short(string s) => s.Length <= 80 ? s.ReplaceLineEndings(" ") : s[..77].ReplaceLineEndings(" ") + "...";
}
