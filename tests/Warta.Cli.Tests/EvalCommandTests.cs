using Warta.TestSupport;

namespace Warta.Cli.Tests;

/// <summary>`warta eval`: scores printed for a small hand-written gold file, and a run over the shared development set.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    public void Dispose() => _temp.Dispose();

    // Written for this test: one article with one required event the coder finds, and one forbidden pair it must not produce.
    private const string Gold =
        """{"id": "uji-1", "lang": "id", "date": "2022-02-25", "text": "Rusia menyerang Ukraina pada Kamis (24/2/2022).", "events": [{"source": "RUS", "target": "UKR", "symmetric": false, "codes": ["190"], "required": true, "date": "2022-02-24", "date_end": null, "date_precision": "day", "place": null, "evidence": "Rusia menyerang Ukraina"}], "forbidden": [{"source": "UKR", "target": "*", "why": "Ukraine does nothing here"}]}""";

    [Fact]
    public async Task Eval_prints_precision_recall_and_date_accuracy_of_a_gold_file()
    {
        var path = _temp.File("gold.jsonl", Gold + "\n");
        var run = await CliRunner.RunAsync("eval", path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("articles: 1", run.Out, StringComparison.Ordinal);
        var root = Assert.Single(run.OutLines, l => l.StartsWith("Root", StringComparison.Ordinal));
        Assert.Contains("1.000", root, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("date accuracy:  1.000", StringComparison.Ordinal));
        Assert.Contains("forbidden hits: 0", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_by_rule_tells_the_date_accuracy_of_the_rule_that_dated_the_event()
    {
        var path = _temp.File("gold.jsonl", Gold + "\n");
        var run = await CliRunner.RunAsync("eval", path, "--by-rule");
        Assert.True(run.ExitCode == 0, run.Error);
        var header = run.OutLines.ToList().FindIndex(l => l.StartsWith("date rule", StringComparison.Ordinal));
        Assert.True(header >= 0, run.Out);
        var row = run.OutLines.ElementAt(header + 1);
        Assert.StartsWith("date:", row, StringComparison.Ordinal);
        Assert.Contains("1/1", row, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("place rule", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_errors_show_a_wrong_place_and_date_with_the_rule_that_chose_them_and_the_sentence()
    {
        // the gold puts the attack on another day and somewhere the sentence does not name, so the coder's are wrong
        var gold = Gold.Replace("\"place\": null", "\"place\": {\"name\": \"Kharkiv\", \"country\": \"UKR\", \"kind\": \"city\"}", StringComparison.Ordinal)
            .Replace("Ukraina pada Kamis", "Ukraina di Moskow pada Kamis", StringComparison.Ordinal)
            .Replace("\"date\": \"2022-02-24\"", "\"date\": \"2022-02-20\"", StringComparison.Ordinal);
        var path = _temp.File("gold.jsonl", gold + "\n");
        var run = await CliRunner.RunAsync("eval", path, "--errors");
        Assert.True(run.ExitCode == 0, run.Error);
        var line = Assert.Single(run.OutLines, l => l.StartsWith("PLACE", StringComparison.Ordinal));
        Assert.Contains("got Moskow (RUS; place:", line, StringComparison.Ordinal);
        Assert.Contains("gold Kharkiv (UKR) in: Rusia menyerang Ukraina di Moskow pada Kamis", line, StringComparison.Ordinal);
        var date = Assert.Single(run.OutLines, l => l.StartsWith("DATE", StringComparison.Ordinal));
        Assert.Contains("(date:", date, StringComparison.Ordinal);
        Assert.Contains("in: Rusia menyerang Ukraina di Moskow pada Kamis", date, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_of_a_missing_gold_file_says_so_and_fails()
    {
        var path = Path.Combine(_temp.Path, "nowhere.jsonl");
        var run = await CliRunner.RunAsync("eval", path);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_over_the_development_set_codes_every_article()
    {
        var path = SharedData.PathOrSkip("data/gold/dev-id.jsonl");
        var articles = File.ReadLines(path).Count(l => !string.IsNullOrWhiteSpace(l));
        var run = await CliRunner.RunAsync("eval", path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"articles: {articles}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("coder failed", run.Error, StringComparison.Ordinal);
    }
}
