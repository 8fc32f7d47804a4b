using System.Diagnostics;
using System.Text.Json;
using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.Fuzz;
using Warta.Ingest;

namespace Warta.Cli.Tests;

/// <summary>
/// The generated malformed-input corpus (tools/fuzz-inputs): every input is read or named in a message, no exception
/// escapes, no input hangs, and the good articles among the bad ones are coded. The default run generates
/// <see cref="DefaultCount"/> inputs (with one set of large ones: a 20 MB line, 100,000 nested elements, gzip bombs);
/// WARTA_FUZZ_COUNT=10000 runs the full measurement, where the CLI also runs as its own process and its peak RSS is
/// measured (WARTA_FUZZ_REPORT=FILE writes the figures).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MalformedCorpusTests : IDisposable
{
    private const int DefaultCount = 300;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static int Count =>
        int.TryParse(Environment.GetEnvironmentVariable("WARTA_FUZZ_COUNT"), out var n) && n > 0 ? n : DefaultCount;

    private static bool Full => Environment.GetEnvironmentVariable("WARTA_FUZZ_COUNT") is not null;

    private (string Folder, IReadOnlyList<GeneratedInput> Inputs) Corpus()
    {
        var folder = Path.Combine(_folder.Path, "corpus");
        return (folder, MalformedInputs.Write(folder, MalformedInputs.Generate(Count, seed: 12)));
    }

    private static void Report(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        if (Environment.GetEnvironmentVariable("WARTA_FUZZ_REPORT") is { Length: > 0 } file) File.AppendAllText(file, line + "\n");
    }

    [Fact]
    public async Task Every_generated_input_is_read_or_named_and_the_good_ones_are_coded()
    {
        var (folder, inputs) = Corpus();
        var coder = WartaCoder.Default;
        int exceptions = 0, hangs = 0;
        var slowest = TimeSpan.Zero;
        var wrong = new List<string>();
        foreach (var input in inputs)
        {
            var path = Path.Combine(folder, input.Name);
            var watch = Stopwatch.StartNew();
            var work = Task.Run(async () =>
            {
                var items = new List<(InputItem Item, CodedArticle? Coded)>();
                await foreach (var item in ArticleReader.ReadAsync([path], TextReader.Null))
                    items.Add((item, item.Article is { } a ? coder.Code(a) : null));
                return items;
            }, TestContext.Current.CancellationToken);
            if (await Task.WhenAny(work, Task.Delay(HangLimit, TestContext.Current.CancellationToken)) != work)
            {
                hangs++;
                wrong.Add($"{input.Name} ({input.Kind}): no answer within {HangLimit}");
                continue;
            }
            if (watch.Elapsed > slowest) slowest = watch.Elapsed;
            if (work.IsFaulted)
            {
                exceptions++;
                wrong.Add($"{input.Name} ({input.Kind}): {work.Exception!.InnerException}");
                continue;
            }
            var results = await work;
            var named = results.Any(r => r.Item.Problem is { } p && p.Origin.StartsWith(path, StringComparison.Ordinal));
            var coded = results.Where(r => r.Coded is not null).Select(r => r.Item.Article!.Id).ToHashSet();
            if (results.Count == 0) wrong.Add($"{input.Name} ({input.Kind}): nothing read and nothing said");
            if (input.Expect == Expectation.Problem && !named) wrong.Add($"{input.Name} ({input.Kind}): not named in a message");
            foreach (var id in input.GoodIds.Where(id => !coded.Contains(id))) wrong.Add($"{input.Name} ({input.Kind}): good article {id} not coded");
            foreach (var (item, result) in results.Where(r => r.Coded is not null))
                if (input.GoodIds.Contains(item.Article!.Id) && result!.Events.Count == 0) wrong.Add($"{input.Name}: good article {item.Article.Id} gave no event");
        }
        Report($"in-process: {inputs.Count} generated inputs ({string.Join(", ", inputs.GroupBy(i => i.Expect).Select(g => $"{g.Count()} {g.Key}"))}): " +
               $"{exceptions} exceptions, {hangs} hangs (> {HangLimit.TotalSeconds} s), slowest input {slowest.TotalSeconds:0.0} s, {wrong.Count} unmet expectations");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public async Task The_cli_codes_a_folder_of_generated_inputs_names_every_bad_one_and_exits_1()
    {
        var (folder, inputs) = Corpus();
        var (exit, output, error, peakRss, elapsed) = Full ? await RunCliProcessAsync(folder) : await RunInProcessAsync(folder);
        var coded = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article_id").GetString()).ToHashSet();
        var wrong = new List<string>();
        foreach (var input in inputs)
        {
            var path = Path.Combine(folder, input.Name);
            if (input.Expect == Expectation.Problem && !error.Contains(path, StringComparison.Ordinal)) wrong.Add($"{input.Name} ({input.Kind}): not named");
            foreach (var id in input.GoodIds.Where(id => !coded.Contains(id))) wrong.Add($"{input.Name} ({input.Kind}): good article {id} not coded");
        }
        var rss = peakRss is { } r ? $"{r / (1024 * 1024)} MB" : "not measured (in-process)";
        Report($"warta code on {inputs.Count} generated inputs: exit {exit}, {elapsed.TotalSeconds:0} s, peak RSS {rss}, " +
               $"{error.Split('\n').Count(l => l.StartsWith("warta: skipped", StringComparison.Ordinal))} skipped, {coded.Count} articles with events, {wrong.Count} unmet expectations");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.DoesNotContain("coding failed", error);
        Assert.DoesNotContain('\u001b', error); // control characters from the inputs are escaped
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
        if (peakRss is { } peak) Assert.True(peak < 1024L * 1024 * 1024, $"peak RSS {peak / (1024 * 1024)} MB");
    }

    private static async Task<(int, string, string, long?, TimeSpan)> RunInProcessAsync(string folder)
    {
        var watch = Stopwatch.StartNew();
        var run = await CliRunner.RunAsync("code", folder, "--format", "jsonl");
        return (run.ExitCode, run.Out, run.Error, null, watch.Elapsed);
    }

    /// <summary>The CLI as its own process (the built warta.dll), with its peak resident set read from /proc while it runs.</summary>
    private static async Task<(int, string, string, long?, TimeSpan)> RunCliProcessAsync(string folder)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "warta.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "code", folder, "--format", "jsonl" }) start.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error, peak, watch.Elapsed);
    }

    /// <summary>VmHWM of a running process (Linux), in bytes; 0 when it cannot be read.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return 0;
    }
}
