namespace Warta.Cli.Tests;

/// <summary>The plain progress lines long jobs write when their output is not a terminal.</summary>
[Collection(ConsoleCollection.Name)]
public class JobProgressTests
{
    [Fact]
    public void A_line_says_how_far_the_job_got_and_with_a_total_how_long_is_left()
    {
        Assert.Equal("recode: 400/1,000 (40%) in 12 s, about 18 s left", JobProgress.Line("recode", 400, 1000, TimeSpan.FromSeconds(12)));
        Assert.Equal("ingest: 1,234 in 5 s · 1200 stored", JobProgress.Line("ingest", 1234, null, TimeSpan.FromSeconds(5), "1200 stored"));
        Assert.Equal("recode: 0/10 (0%) in 1 s", JobProgress.Line("recode", 0, 10, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Plain_lines_are_written_at_the_interval_while_the_job_runs()
    {
        var interval = JobProgress.PlainInterval;
        var error = Console.Error;
        using var captured = new StringWriter();
        try
        {
            JobProgress.PlainInterval = TimeSpan.Zero;
            Console.SetError(captured);
            var result = await JobProgress.RunAsync("bench", 3, report =>
            {
                for (var i = 1; i <= 3; i++) report(i, null);
                return Task.FromResult(42);
            });
            Assert.Equal(42, result);
        }
        finally
        {
            Console.SetError(error);
            JobProgress.PlainInterval = interval;
        }
        Assert.Contains("warta: bench: 3/3 (100%) in 0 s", captured.ToString());
    }
}
