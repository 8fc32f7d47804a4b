using System.Diagnostics;
using Warta.Coding.Dates;
using Warta.Core;

namespace Warta.Coding.Tests.Dates;

/// <summary>Inputs that once crashed or could stall the date recogniser.</summary>
public sealed class DateRobustnessTests
{
    private static IReadOnlyList<TimeExpression> Find(string text, DateOnly? reference, string language = "id") =>
        DateRecognizer.For(language).Find(text, new Span(0, text.Length), reference);

    [Fact]
    public void Islamic_month_with_a_typod_year_outside_the_calendar_is_not_a_crash()
    {
        // The corpus holds "Rabu (18/6/2926)": a reference date the Um al-Qura calendar cannot convert.
        const string text = "Pertemuan itu digelar Rabu (18/6/2926) pada bulan Ramadan.";
        var found = Find(text, new DateOnly(2926, 6, 18));
        Assert.Contains(found, e => e.Span.Of(text) == "bulan Ramadan" || e.Span.Of(text) == "Ramadan");
    }

    [Theory]
    [InlineData(1600, 2, 29)]
    [InlineData(2400, 2, 29)]
    public void Hijri_holiday_with_a_leap_day_reference_outside_the_calendar_is_not_a_crash(int y, int m, int d)
    {
        var found = Find("Mereka bertemu menjelang Lebaran.", new DateOnly(y, m, d));
        Assert.NotNull(found);
    }

    [Theory]
    [InlineData("Mereka bertemu kemarin.", 1, 1, 1)]
    [InlineData("Mereka bertemu pekan lalu.", 1, 1, 3)]
    [InlineData("Mereka akan bertemu besok.", 9999, 12, 31)]
    [InlineData("Mereka akan bertemu bulan depan.", 9999, 12, 31)]
    public void A_relative_date_beyond_the_calendar_is_no_date_not_a_crash(string text, int y, int m, int d)
    {
        // Found by the coder property test: "kemarin" in an article dated 0001-01-01 threw from DateOnly.AddDays.
        var found = Find(text, new DateOnly(y, m, d));
        Assert.DoesNotContain(found, e => e.Value is { Date: { } day } && day.Year is 1 or 9999 && e.Span.Of(text) is "kemarin" or "besok");
    }

    [Fact]
    public void Digits_of_another_script_are_read_as_numbers_not_a_crash()
    {
        // Found by the coder property test: "\d" matches Arabic-Indic digits, which int.Parse refused.
        const string text = "Pertemuan digelar pada 1 Syawal 144٣ H dan Senin (1٢/3/2024).";
        Assert.NotNull(Find(text, new DateOnly(2024, 3, 12)));
        Assert.NotNull(Find("Senin (99999999999/3/2024)", new DateOnly(2024, 3, 12)));
    }

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
