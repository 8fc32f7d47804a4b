using System.Runtime.CompilerServices;
using Warta.Coding.Dates;
using Warta.Core;
using Warta.Languages;

namespace Warta.Coding.Tests.Dates;

/// <summary>Runs every row of date-spec.tsv: input text and reference date → expected expression and value.</summary>
public sealed class DateSpecTests
{
    private static readonly TsvTable Spec = TsvTable.Parse("date-spec.tsv", File.ReadAllText(SpecPath()));

    /// <summary>The spec beside this file (copied to the output folder when the project copies it, else read from the source tree).</summary>
    private static string SpecPath([CallerFilePath] string source = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Dates", "date-spec.tsv");
        return File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(source)!, "date-spec.tsv");
    }

    public static IEnumerable<TheoryDataRow<int>> Rows() =>
        Spec.Rows.Select(r => new TheoryDataRow<int>(r.Line) { TestDisplayName = $"date-spec.tsv:{r.Line} {r["expression"]}" });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_is_recognised_as_specified(int line)
    {
        var row = Spec.Rows.Single(r => r.Line == line);
        var text = row.Required("text");
        DateOnly? reference = row["reference"] == "-" ? null : row.Date("reference");
        var found = DateRecognizer.For(row.Required("language")).Find(text, new Span(0, text.Length), reference);

        var expected = row.Required("expression");
        var match = found.SingleOrDefault(e => e.Span.Of(text) == expected);
        Assert.True(match is not null,
            $"expected '{expected}' in \"{text}\"; found: {string.Join(", ", found.Select(e => $"'{e.Span.Of(text)}'"))}");

        Assert.Equal(row["date"] == "-" ? null : row.Date("date"), match.Value.Date);
        Assert.Equal(row.Date("end"), match.Value.End);
        Assert.Equal(Enum.Parse<DatePrecision>(row.Required("precision")), match.Value.Precision);
        Assert.Equal(row["report"] == "y", match.IsReportDate);
        Assert.Equal(match.Span, match.Value.Span);
        if (row["rule"].Length > 0) Assert.Equal(row["rule"], match.Value.Rule);
    }

    [Fact]
    public void Spans_point_into_the_original_text_inside_the_range()
    {
        const string text = "Pembukaan. Polisi menangkap pelaku Minggu (17/10/2021). Sidang digelar Rabu (20/10/2021).";
        var second = text.IndexOf("Sidang", StringComparison.Ordinal);
        var found = DateRecognizer.For("id").Find(text, new Span(second, text.Length), new DateOnly(2021, 10, 24));
        var only = Assert.Single(found);
        Assert.Equal("Rabu (20/10/2021)", only.Span.Of(text));
    }

    [Fact]
    public void Latest_full_date_ignores_relative_and_partial_dates()
    {
        const string text = "Senin (18/10/2021) rapat. Kemarin, Rabu (20/10), lalu 19 Oktober 2021 dan 2022.";
        var latest = DateRecognizer.For("id").LatestFullDate(text, [new Span(0, text.Length)]);
        Assert.Equal(new DateOnly(2021, 10, 19), latest);
    }

    [Fact]
    public void Latest_full_date_is_null_without_one()
    {
        const string text = "Rapat digelar kemarin dan Rabu (20/10).";
        Assert.Null(DateRecognizer.For("id").LatestFullDate(text, [new Span(0, text.Length)]));
    }

    [Fact]
    public void Reference_is_inferred_from_weekdays_after_the_latest_year_named()
    {
        // Monday 8 May and Wednesday 3 May fall on those weekdays in 2017, the first such year after 2014.
        const string text = "Perundingan mandek pada 2014. Senin (8/5) ia bereaksi. Pertemuan digelar Rabu (3/5).";
        Assert.Equal(new DateOnly(2017, 5, 8), DateRecognizer.For("id").InferredReference(text, [new Span(0, text.Length)]));
    }

    [Fact]
    public void Reference_may_fall_in_the_year_before_the_latest_named_when_that_one_is_ahead()
    {
        // Wednesday 4 October: 2017 (the year before the 2018 the plan runs to), not 2023 (the next such year after 2018).
        const string text = "Harga anjlok sejak 2014. Raja tiba di Moskow pada Rabu (4/10). Pemangkasan produksi berlaku hingga akhir 2018.";
        Assert.Equal(new DateOnly(2017, 10, 4), DateRecognizer.For("id").InferredReference(text, [new Span(0, text.Length)]));
    }

    [Fact]
    public void Reference_is_not_inferred_without_a_year_or_when_no_year_fits()
    {
        var recognizer = DateRecognizer.For("id");
        const string noYear = "Senin (8/5) ia bereaksi.";
        Assert.Null(recognizer.InferredReference(noYear, [new Span(0, noYear.Length)]));
        const string clash = "Pada 2014. Senin (8/5) dan Senin (9/5).";
        Assert.Null(recognizer.InferredReference(clash, [new Span(0, clash.Length)]));
    }

    [Fact]
    public void Recogniser_is_cached_per_language()
    {
        Assert.Same(DateRecognizer.For("id"), DateRecognizer.For("id"));
        Assert.NotSame(DateRecognizer.For("id"), DateRecognizer.For("en"));
    }
}

/// <summary>Runs date-spec-negative.tsv: words that look like dates but are not.</summary>
public sealed class DateNegativeSpecTests
{
    private static readonly TsvTable Spec = TsvTable.Parse("date-spec-negative.tsv", File.ReadAllText(SpecPath()));

    private static string SpecPath([CallerFilePath] string source = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Dates", "date-spec-negative.tsv");
        return File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(source)!, "date-spec-negative.tsv");
    }

    public static IEnumerable<TheoryDataRow<int>> Rows() =>
        Spec.Rows.Select(r => new TheoryDataRow<int>(r.Line) { TestDisplayName = $"date-spec-negative.tsv:{r.Line} {r["words"]}" });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Words_are_not_a_time_expression(int line)
    {
        var row = Spec.Rows.Single(r => r.Line == line);
        var text = row.Required("text");
        var words = row.Required("words");
        var at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the text");
        var span = new Span(at, at + words.Length);
        var found = DateRecognizer.For(row.Required("language")).Find(text, new Span(0, text.Length), new DateOnly(2021, 10, 21));
        Assert.DoesNotContain(found, e => e.Span.Overlaps(span));
    }
}
