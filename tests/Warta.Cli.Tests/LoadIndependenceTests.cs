using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// The result of coding is a function of the articles and the data, never of the machine's load: the same inputs
/// coded with every core kept busy by other threads give byte-identical (sorted) JSONL to an idle run.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class LoadIndependenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The bundled examples plus every sentence of the event specs, each as an article with its date.</summary>
    private string Articles()
    {
        var lines = new List<string>();
        foreach (var spec in new[] { "events-id.tsv", "events-en.tsv" })
        {
            var path = Path.Combine(Repository.Root, "tests", "Warta.Coding.Tests", "Specs", spec);
            foreach (var row in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("case\t", StringComparison.Ordinal)))
            {
                var cols = row.Split('\t');
                lines.Add(JsonSerializer.Serialize(new { id = cols[0], date = cols[1], text = cols[2] }));
            }
        }
        return _folder.File("specs.jsonl", string.Join('\n', lines));
    }

    private static async Task<string[]> Code(string jsonl)
    {
        var run = await CliRunner.RunAsync("code", Repository.Examples, jsonl, "--format", "jsonl");
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(lines, StringComparer.Ordinal);
        return lines;
    }

    [Fact]
    public async Task Coding_under_full_CPU_load_gives_the_same_events_as_idle()
    {
        var input = Articles();
        string[] loaded;
        // Loaded first, so that any first-use work (building tables, compiling patterns) also happens under load.
        using (var load = new BusyThreads(Environment.ProcessorCount * 2)) loaded = await Code(input);
        var idle = await Code(input);
        Assert.True(idle.Length > 100, $"{idle.Length} events");
        Assert.Equal(idle, loaded);
    }

    /// <summary>Threads that spin until disposed, saturating every core.</summary>
    private sealed class BusyThreads : IDisposable
    {
        private volatile bool _stop;
        private readonly Thread[] _threads;

        public BusyThreads(int count)
        {
            _threads = Enumerable.Range(0, count).Select(_ => new Thread(Spin) { IsBackground = true }).ToArray();
            foreach (var t in _threads) t.Start();
        }

        private void Spin()
        {
            var x = 0UL;
            while (!_stop) x = x * 6364136223846793005UL + 1442695040888963407UL;
            GC.KeepAlive(x);
        }

        public void Dispose()
        {
            _stop = true;
            foreach (var t in _threads) t.Join();
        }
    }
}
