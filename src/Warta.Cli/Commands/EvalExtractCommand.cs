using System.CommandLine;
using System.Globalization;
using Warta.Ingest.Evaluation;
using Warta.Ingest.Html;

namespace Warta.Cli.Commands;

/// <summary><c>warta eval-extract [--path DIR] [--set scrapinghub|trafilatura|both] [--errors N]</c>: scores body extraction.</summary>
public static class EvalExtractCommand
{
    public static Command Create()
    {
        var path = new Option<string>("--path")
        {
            Description = "Folder holding scrapinghub/ and trafilatura/ (the shared extraction benchmark)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "extraction-bench"),
        };
        var set = new Option<string>("--set") { Description = "scrapinghub, trafilatura or both", DefaultValueFactory = _ => "both" };
        var errors = new Option<int>("--errors") { Description = "List the N worst pages of each set", DefaultValueFactory = _ => 0 };
        var cmd = new Command("eval-extract", "Score article extraction on the ScrapingHub and trafilatura benchmarks");
        cmd.Options.Add(path);
        cmd.Options.Add(set);
        cmd.Options.Add(errors);
        cmd.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(path)!;
            var which = parseResult.GetValue(set) ?? "both";
            var worst = parseResult.GetValue(errors);
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"{root}: no such folder (give the benchmark folder with --path)");
                return 2;
            }
            var extractor = new HtmlArticleExtractor();
            var inv = CultureInfo.InvariantCulture;
            if (which is "both" or "scrapinghub")
            {
                var r = ExtractionBench.RunScrapingHub(Path.Combine(root, "scrapinghub"), extractor.Extract);
                Console.WriteLine(string.Create(inv, $"scrapinghub  pages {r.Pages}  F1 {r.Score.F1:0.000}  precision {r.Score.Precision:0.000}  recall {r.Score.Recall:0.000}  dates found {r.DatesFound}/{r.Pages}"));
                foreach (var p in r.PerPage.OrderBy(p => 2 * p.Precision * p.Recall / Math.Max(1e-9, p.Precision + p.Recall)).Take(worst))
                    Console.WriteLine(string.Create(inv, $"  P {p.Precision:0.00} R {p.Recall:0.00}  {p.Id}  {p.Detail}"));
            }
            if (which is "both" or "trafilatura")
            {
                var r = ExtractionBench.RunTrafilatura(Path.Combine(root, "trafilatura"), extractor.Extract);
                Console.WriteLine(string.Create(inv, $"trafilatura  pages {r.Score.Documents}  F1 {r.Score.F1:0.000}  precision {r.Score.Precision:0.000}  recall {r.Score.Recall:0.000}  (tp {r.Tp} fn {r.Fn} fp {r.Fp} tn {r.Tn})"));
                foreach (var p in r.PerPage.Where(p => p.Precision < 1 || p.Recall < 1).OrderBy(p => p.Precision + p.Recall).Take(worst))
                    Console.WriteLine(string.Create(inv, $"  P {p.Precision:0.00} R {p.Recall:0.00}  {p.Id}  {p.Detail}"));
            }
            return 0;
        });
        return cmd;
    }
}
