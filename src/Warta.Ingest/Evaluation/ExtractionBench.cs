using System.IO.Compression;
using System.Text.Json;
using Warta.Ingest.Html;

namespace Warta.Ingest.Evaluation;

/// <summary>Score of one page, for error listings.</summary>
public sealed record PageScore(string Id, double Precision, double Recall, string? Detail = null);

/// <summary>Result of the ScrapingHub set.</summary>
public sealed record ScrapingHubResult(ExtractionScore Score, int Pages, int DatesFound, IReadOnlyList<PageScore> PerPage);

/// <summary>Result of trafilatura's set; counts are summed over documents.</summary>
public sealed record TrafilaturaResult(ExtractionScore Score, int Tp, int Fn, int Fp, int Tn, IReadOnlyList<PageScore> PerPage);

/// <summary>
/// Runs an extractor over the two benchmarks kept in the shared folder (extraction-bench/scrapinghub and
/// extraction-bench/trafilatura; their PROVENANCE.md describe the formats and scorings re-implemented here).
/// </summary>
public static class ExtractionBench
{
    /// <summary>Pages are gzip files; this reads one as bytes.</summary>
    public static byte[] ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    public static ScrapingHubResult RunScrapingHub(string dir, Func<string, string?, ExtractedPage> extract)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pairs = new List<(string, string)>();
        var per = new List<PageScore>();
        var dates = 0;
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var body = entry.Value.GetProperty("articleBody").GetString() ?? "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            var htmlPath = Path.Combine(dir, "html", entry.Name + ".html.gz");
            var predicted = "";
            if (File.Exists(htmlPath))
            {
                var bytes = ReadGzip(htmlPath);
                if (HtmlDecoding.TryDecode(bytes, null, out var page, out _))
                {
                    var result = extract(page.Text, url);
                    predicted = result.Text;
                    if (result.PublicationDate is not null) dates++;
                }
            }
            pairs.Add((body, predicted));
            var (tp, fp, fn) = ShingleScoring.Document(body, predicted);
            var (p, r) = ShingleScoring.PrecisionRecall(tp, fp, fn);
            per.Add(new PageScore(entry.Name, p ?? 0, r ?? 0, url));
        }
        return new ScrapingHubResult(ShingleScoring.Score(pairs), pairs.Count, dates, per);
    }

    public static TrafilaturaResult RunTrafilatura(string dir, Func<string, string?, ExtractedPage> extract)
    {
        using var eval = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "evaldata.json")));
        int tp = 0, fn = 0, fp = 0, tn = 0, docs = 0;
        var per = new List<PageScore>();
        foreach (var entry in eval.RootElement.EnumerateObject())
        {
            docs++;
            var file = entry.Value.GetProperty("file").GetString()!;
            var with = Strings(entry.Value, "with");
            var without = Strings(entry.Value, "without");
            string? output = null;
            var path = Path.Combine(dir, "html", file + ".gz");
            if (File.Exists(path))
            {
                try
                {
                    if (HtmlDecoding.TryDecode(ReadGzip(path), null, out var page, out _))
                        output = extract(page.Text, entry.Name).Text;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    output = null;
                }
            }
            var (a, b, c, d) = SnippetScoring.Document(output, with, without);
            tp += a; fn += b; fp += c; tn += d;
            per.Add(new PageScore(file, a + c == 0 ? 1 : (double)a / (a + c), a + b == 0 ? 1 : (double)a / (a + b),
                string.Join(" | ", with.Where(s => output is null || !SnippetScoring.Normalise(output).Contains(SnippetScoring.Normalise(s), StringComparison.Ordinal)).Select(s => "missing: " + s)
                    .Concat(without.Where(s => output is not null && SnippetScoring.Normalise(output).Contains(SnippetScoring.Normalise(s), StringComparison.Ordinal)).Select(s => "extra: " + s)))));
        }
        return new TrafilaturaResult(SnippetScoring.Score(tp, fn, fp, docs), tp, fn, fp, tn, per);
    }

    private static List<string> Strings(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
