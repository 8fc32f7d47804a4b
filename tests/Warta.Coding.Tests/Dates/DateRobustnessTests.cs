using System.Diagnostics;
using Warta.Coding.Dates;
using Warta.Core;

namespace Warta.Coding.Tests.Dates;

/// <summary>Inputs that once crashed or could stall the date recogniser.</summary>
public sealed class DateRobustnessTests
{
    private static IReadOnlyList<TimeExpression> Find(string text, DateOnly? reference, string language = "id") =>
        DateRecognizer.For(language).Find(text, new Span(0, text.Length), reference);

    public static TheoryData<string> Hostile() => new()
    {
        "Rabu" + new string(' ', 30_000) + "x",
        "17 Oktober" + new string(' ', 30_000) + "x",
        "Oktober" + new string('\n', 30_000) + ",x",
        "pukul 06.18" + new string(' ', 30_000) + "x",
        "(17" + new string(' ', 30_000) + "x",
        new string('7', 30_000) + " hari",
        string.Concat(Enumerable.Repeat("Rabu ", 6_000)),
        string.Concat(Enumerable.Repeat("17/10/", 5_000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_ranges_are_matched_in_linear_time(string text)
    {
        Find("Rabu (20/10/2021)", new DateOnly(2021, 10, 20)); // patterns built outside the measurement
        var watch = Stopwatch.StartNew();
        Find(text, new DateOnly(2021, 10, 20));
        Find(text, new DateOnly(2021, 10, 20), "en");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
