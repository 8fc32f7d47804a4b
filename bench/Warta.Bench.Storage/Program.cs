using System.Diagnostics;
using System.Globalization;
using Warta.Bench.Storage;
using Warta.Storage;

// Storage benchmarks that print numbers (run in Release):
//   ingest    --db FILE --articles N [--from I] [--batch B] [--seed S] [--progress-ms MS]  (articles I..N-1)   synthetic articles (3 events each) through IngestRunner
//   bulk      --db FILE --articles N [--seed S]               the same into an empty store in one transaction (large stores fast)
//   relations --db FILE [--a CHN --b RUS] [--runs R]          the one-dyad, all-time relations query, by month/week/day
// The crash test of Warta.Storage.Tests runs "ingest" in a child process and kills it.
var command = args.FirstOrDefault() ?? "help";
string Opt(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
int Int(string name, int fallback) => int.Parse(Opt(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (command)
{
    case "ingest":
    {
        var db = Opt("db", "bench.db");
        var n = Int("articles", 10_000);
        var news = new SyntheticNews(Int("seed", 1));
        await using var store = await EventStore.OpenAsync(db);
        var sw = Stopwatch.StartNew();
        var lastReport = 0L;
        var progressMs = Int("progress-ms", 1000);
        var runner = new IngestRunner(store, new SyntheticNews.Coder(), Int("batch", 256))
        {
            OnProgress = s =>
            {
                if (sw.ElapsedMilliseconds - lastReport < progressMs) return;
                lastReport = sw.ElapsedMilliseconds;
                Console.WriteLine($"progress {s.ArticlesRead} read {s.ArticlesStored} stored");
            },
        };
        var summary = await runner.RunAsync(news.Articles(n, Int("from", 0)));
        sw.Stop();
        var counts = await store.CountAsync();
        Console.WriteLine($"done: read {summary.ArticlesRead}, stored {summary.ArticlesStored}, skipped {summary.SkippedTotal}, " +
                          $"coded events {summary.Events}, new events {summary.NewEvents}, merged reports {summary.MergedReports}");
        Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions");
        Console.WriteLine($"time {sw.Elapsed.TotalSeconds:0.0} s: {summary.ArticlesStored / Math.Max(sw.Elapsed.TotalSeconds, 1e-9):0} articles/s, " +
                          $"{summary.Events / Math.Max(sw.Elapsed.TotalSeconds, 1e-9):0} events/s");
        return 0;
    }
    case "bulk":
    {
        // A large store quickly: N synthetic articles merged and written in one transaction.
        var db = Opt("db", "bench.db");
        var n = Int("articles", 333_334);
        var news = new SyntheticNews(Int("seed", 1));
        var coder = new SyntheticNews.Coder();
        await using var store = (SqlEventStore)await EventStore.OpenAsync(db);
        var sw = Stopwatch.StartNew();
        var stored = await store.BulkLoadAsync(Enumerable.Range(0, n).Select(i =>
        {
            var a = news.Article(i);
            return new ArticleToStore(a, coder.Code(a), coder.Version);
        }));
        var counts = await store.CountAsync();
        Console.WriteLine($"bulk: {stored} articles in {sw.Elapsed.TotalSeconds:0.0} s; store: {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions");
        return 0;
    }
    case "relations":
    {
        await using var store = await EventStore.OpenAsync(Opt("db", "bench.db"));
        var counts = await store.CountAsync();
        Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events, {counts.Mentions} mentions");
        foreach (var by in new[] { Period.Month, Period.Week, Period.Day })
        {
            var times = new List<double>();
            IReadOnlyList<RelationsPeriod> result = [];
            for (var run = 0; run < Int("runs", 5); run++)
            {
                var sw = Stopwatch.StartNew();
                result = await store.RelationsAsync(new RelationsQuery(Opt("a", "CHN"), Opt("b", "RUS"), by));
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"relations {Opt("a", "CHN")}-{Opt("b", "RUS")} by {by}: {result.Count} periods, {result.Sum(p => p.Events)} events, " +
                              $"{result.Sum(p => p.ArticlesMentioningBoth)} articles mentioning both; first run {times[0]:0.0} ms, best {times.Min():0.0} ms");
        }
        var esw = Stopwatch.StartNew();
        var page = await store.EventsAsync(new EventQuery(Dyad: (Opt("a", "CHN"), Opt("b", "RUS")), Limit: 100));
        Console.WriteLine($"events page of dyad: {page.Items.Count} in {esw.Elapsed.TotalMilliseconds:0.0} ms");
        return 0;
    }
    default:
        Console.WriteLine("usage: ingest --db FILE --articles N [--batch B] [--seed S] | relations --db FILE [--a CHN --b RUS] [--runs R]");
        return command == "help" ? 0 : 2;
}
