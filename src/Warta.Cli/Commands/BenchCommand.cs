using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Warta.Coding.Pipeline;
using Warta.Ingest;

namespace Warta.Cli.Commands;

/// <summary>`warta bench [inputs]`: codes the inputs end to end and prints articles per second.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Articles to code (default: ../shared/data/corpus-id/articles.jsonl)", Arity = ArgumentArity.ZeroOrMore };
        var slowest = new Option<int>("--slowest") { Description = "Also list the N slowest articles", DefaultValueFactory = _ => 0 };
        var command = new Command("bench", "Measure end-to-end coding throughput (articles/s)") { inputs, slowest };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(inputs) is { Length: > 0 } given ? given : [Path.Combine("..", "shared", "data", "corpus-id", "articles.jsonl")];
            var coder = WartaCoder.Default;
            coder.Code(new Core.Article("warmup", "Presiden Rusia bertemu Presiden China di Moskow pada Senin (1/1/2024)."));
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            var pauseBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var watch = Stopwatch.StartNew();
            long articles = 0, events = 0, chars = 0, problems = 0;
            await JobProgress.RunAsync("bench", null, async report =>
            {
                await foreach (var r in ParallelCoding.CodeAsync(ArticleReader.ReadAsync(paths, Console.In, ct), coder, ct: ct))
                {
                    if (r.Coded is { } c) { articles++; events += c.Events.Count; chars += c.Document.Text.Length; }
                    // A note comes before its article, which is coded and counted; anything else was not coded: say why.
                    else if (r.Problem is { ArticleKept: true } note) Console.Error.WriteLine($"warta: note {note}");
                    else
                    {
                        problems++;
                        Console.Error.WriteLine($"warta: skipped {r.Problem}");
                    }
                    report(articles + problems, string.Create(CultureInfo.InvariantCulture, $"{articles / Math.Max(0.001, watch.Elapsed.TotalSeconds):0} articles/s"));
                }
                return articles;
            });
            watch.Stop();
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{articles} articles, {events} events, {problems} skipped in {seconds:0.00} s: {articles / seconds:0} articles/s, {chars / seconds / 1e6:0.00} MB/s of text ({Environment.ProcessorCount} cores)"));
            // Allocation and collector figures are the same on a busy machine and a quiet one; wall time is not.
            var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allocated {(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / Math.Max(1.0, articles) / 1e6:0.00} MB per article; collections gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}; paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:0.00} s"));
            var n = parse.GetValue(slowest);
            if (n > 0)
            {
                var timings = new List<(string Id, double Ms, int Chars, int Sentences)>();
                await foreach (var item in ArticleReader.ReadAsync(paths, Console.In, ct))
                {
                    if (item.Article is not { } a) continue;
                    var sw = Stopwatch.StartNew();
                    var coded = coder.Code(a);
                    timings.Add((a.Id, sw.Elapsed.TotalMilliseconds, coded.Document.Text.Length, coded.Sentences.Count));
                }
                // (the size says whether an article is slow for its length: a long page, or a short one dense with actors)
                foreach (var (id, ms, length, sentences) in timings.OrderByDescending(t => t.Ms).Take(n))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:0.0} ms  {id}  ({length:N0} characters, {sentences} sentences)"));
            }
            return 0;
        });
        return command;
    }
}
