using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Warta.Cli;

/// <summary>
/// Progress of a long job (ingest, recode, bench): a Spectre.Console progress bar when both outputs are a terminal, else
/// a plain line on standard error every <see cref="PlainInterval"/> ("warta: recode: 400/1,000 (40%) in 12 s, about 18 s
/// left"), so that logs of unattended runs show how far a job got without flooding them.
/// </summary>
public static class JobProgress
{
    /// <summary>How often a plain progress line is written.</summary>
    public static TimeSpan PlainInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="job"/>, which reports the items done so far and a short detail.</summary>
    public static async Task<T> RunAsync<T>(string label, long? total, Func<Action<long, string?>, Task<T>> job)
    {
        if (!Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total ?? 1));
                    task.IsIndeterminate = total is null;
                    var result = await job((done, detail) =>
                    {
                        task.Value = total is null ? 0 : done;
                        task.Description = Markup.Escape(detail is null ? $"{label}: {done:N0}" : $"{label}: {done:N0} · {detail}");
                    });
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        var watch = Stopwatch.StartNew();
        var next = PlainInterval;
        return await job((done, detail) =>
        {
            if (watch.Elapsed < next) return;
            next = watch.Elapsed + PlainInterval;
            Console.Error.WriteLine("warta: " + Line(label, done, total, watch.Elapsed, detail));
        });
    }

    /// <summary>One plain progress line: items done (of the total), time so far and, with a total, the time left.</summary>
    public static string Line(string label, long done, long? total, TimeSpan elapsed, string? detail = null)
    {
        var c = CultureInfo.InvariantCulture;
        var line = total is { } t && t > 0
            ? string.Create(c, $"{label}: {done:N0}/{t:N0} ({100.0 * done / t:0}%) in {elapsed.TotalSeconds:0} s")
              + (done > 0 && done < t ? string.Create(c, $", about {elapsed.TotalSeconds * (t - done) / done:0} s left") : "")
            : string.Create(c, $"{label}: {done:N0} in {elapsed.TotalSeconds:0} s");
        return detail is null ? line : $"{line} · {detail}";
    }
}
