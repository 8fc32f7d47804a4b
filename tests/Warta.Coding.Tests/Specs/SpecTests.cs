using Warta.Coding.Pipeline;
using Warta.Languages;

namespace Warta.Coding.Tests.Specs;

/// <summary>
/// Runs every row of events-id.tsv and events-en.tsv through <see cref="WartaCoder.Default"/> and compares the set of
/// (source root, target root, CAMEO root) of its dyadic events with the expected set. Cases listed in
/// known-gaps.txt are skipped with their reason when they fail, so the gaps stay visible without turning the suite red.
/// </summary>
public sealed class SpecTests
{
    public static IEnumerable<TheoryDataRow<string>> Rows() =>
        EventSpec.Cases.Select(c => new TheoryDataRow<string>(c.Id) { TestDisplayName = $"{c.File}:{c.Line} {c.Id}" });

    [Theory]
    [MemberData(nameof(Rows))]
    public void Case_gives_the_expected_events(string id)
    {
        var spec = EventSpec.Case(id);
        var (_, coded) = EventSpec.Code(WartaCoder.Default, spec);
        var difference = EventSpec.Difference(spec, coded);
        var gap = EventSpec.KnownGaps.GetValueOrDefault(id);

        if (difference is null)
        {
            if (gap is not null)
                TestContext.Current.AddWarning($"{id} is listed in {EventSpec.KnownGapsFile} but now passes: remove it from the list");
            return;
        }
        if (gap is not null) Assert.Skip($"known gap: {gap}. {difference}");
        Assert.Fail($"{spec}: \"{spec.Text}\": {difference}");
    }

    [Fact]
    public void English_cases_run_through_the_same_engine_as_Indonesian_ones()
    {
        // One coder instance for both languages; the caller names no language: the coder detects English and
        // codes it with the English folder's data through the same stages.
        var coder = WartaCoder.Default;
        Assert.Same(coder, WartaCoder.Default);
        var english = EventSpec.Cases.Where(c => c.Language == "en").ToList();
        Assert.True(english.Count >= 15, $"{english.Count} English cases");
        Assert.All(english, c =>
        {
            var (article, _) = EventSpec.Code(coder, c, detect: true);
            Assert.Equal("en", article.Document.Language);
            Assert.NotEmpty(article.Sentences);
        });
        // The English spec asks the engine for nothing the Indonesian spec does not: every root it expects is expected there too.
        var sameRoots = EventSpec.Cases.Where(c => c.Language == "en").Select(c => c.Expected.Select(e => e.Root)).SelectMany(r => r).Distinct();
        Assert.All(sameRoots, root => Assert.Contains(EventSpec.Cases, c => c.Language == "id" && c.Expected.Any(e => e.Root == root)));
    }

    /// <summary>The coder detects the language of each spec text by itself (the cases above declare it).</summary>
    [Fact]
    public void Spec_texts_are_detected_in_their_own_language()
    {
        var wrong = EventSpec.Cases.Select(c => (c.Id, c.Language, Detected: EventSpec.Code(WartaCoder.Default, c, detect: true).Article.Document.Language))
            .Where(x => x.Detected != x.Language).Select(x => $"{x.Id} detected as '{x.Detected}'").ToList();
        EventSpec.PassOrKnownGap("language-detection", wrong);
    }

    [Fact]
    public void Spec_files_load_with_unique_ids_named_by_language()
    {
        foreach (var file in EventSpec.Files)
        {
            var cases = EventSpec.Load(file);
            Assert.NotEmpty(cases);
            var prefix = file["events-".Length..^".tsv".Length] + "-";
            Assert.All(cases, c => Assert.StartsWith(prefix, c.Id, StringComparison.Ordinal));
        }
        var duplicates = EventSpec.Cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.True(EventSpec.Cases.Count(c => c.Id.StartsWith("id-", StringComparison.Ordinal)) >= 60);
        Assert.True(EventSpec.Cases.Count(c => c.Id.StartsWith("en-", StringComparison.Ordinal)) >= 15);
    }

    [Fact]
    public void Known_gaps_name_existing_cases_with_a_reason()
    {
        // Besides spec cases: "reference-article-places" (ReferenceArticleTests), "language-detection" (above), and
        // "example-<file>" for an example article (tests/Warta.Cli.Tests).
        var ids = EventSpec.Cases.Select(c => c.Id).Append("reference-article-places").Append("language-detection").ToHashSet(StringComparer.Ordinal);
        Assert.All(EventSpec.KnownGaps, g =>
        {
            if (!g.Key.StartsWith("example-", StringComparison.Ordinal)) Assert.Contains(g.Key, ids);
            Assert.False(string.IsNullOrWhiteSpace(g.Value), $"{g.Key} has no reason");
        });
    }

    [Theory]
    [InlineData("RUS>UKR:19", "RUS", "UKR", "19", false)]
    [InlineData("~CHN>RUS:06", "CHN", "RUS", "06", true)]
    [InlineData(" IGOUNO>PSE:02 ", "IGOUNO", "PSE", "02", false)]
    public void Expected_events_parse(string text, string source, string target, string root, bool symmetric) =>
        Assert.Equal(new ExpectedEvent(source, target, root, symmetric), ExpectedEvent.Parse(text));

    [Theory]
    [InlineData("RUS>UKR")]
    [InlineData("RUS>UKR:190")]
    [InlineData(">UKR:19")]
    [InlineData("RUS>:19")]
    [InlineData("RUS-UKR:19")]
    public void Malformed_expected_events_are_rejected_with_file_and_line(string expected)
    {
        var text = $"case\treference_date\ttext\texpected\nid-x\t2021-10-23\tTeks.\t{expected}\n";
        var ex = Assert.Throws<DataFileException>(() => EventSpec.Parse("bad.tsv", text));
        Assert.StartsWith("bad.tsv:2:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RUS", "RUSGOV", true)]
    [InlineData("AFG", "AFGREB", true)]
    [InlineData("IGOUNO", "IGOUNOREFHCR", true)]
    [InlineData("IMGMUSISI", "IMGMUSALQ", false)]
    [InlineData("IGOUNO", "IGO", false)]
    [InlineData("RUS", "UKRMIL", false)]
    public void Actors_are_compared_at_root_level(string expected, string coded, bool same) =>
        Assert.Equal(same, ExpectedEvent.SameActor(expected, coded));

    [Fact]
    public void Symmetric_events_match_either_order_and_others_only_one()
    {
        var dyad = new CodedDyad("RUSMIL", "CHNMIL", "06", "rule", "latihan");
        Assert.True(ExpectedEvent.Parse("~CHN>RUS:06").Matches(dyad));
        Assert.False(ExpectedEvent.Parse("CHN>RUS:06").Matches(dyad));
        Assert.False(ExpectedEvent.Parse("~CHN>RUS:04").Matches(dyad));
    }

    [Fact]
    public void Comparison_is_exact_set_equality()
    {
        var spec = new SpecCase("t.tsv", 2, "id-t", new DateOnly(2021, 10, 23), "x", [ExpectedEvent.Parse("RUS>UKR:19")]);
        Assert.Null(EventSpec.Difference(spec, [new CodedDyad("RUSMIL", "UKR", "19", "r", "t"), new CodedDyad("RUS", "UKRMIL", "19", "r", "t")]));
        Assert.Contains("unexpected", EventSpec.Difference(spec, [new CodedDyad("RUS", "UKR", "19", "r", "t"), new CodedDyad("UKR", "RUS", "11", "r", "t")]));
        Assert.Contains("missing", EventSpec.Difference(spec, []));
        var none = spec with { Expected = [] };
        Assert.Null(EventSpec.Difference(none, []));
    }

    [Fact]
    public void Known_gaps_file_format()
    {
        var gaps = EventSpec.LoadKnownGaps("# comment\n\nid-a: reason one\nid-b:reason: with colon\n");
        Assert.Equal("reason one", gaps["id-a"]);
        Assert.Equal("reason: with colon", gaps["id-b"]);
        Assert.Throws<DataFileException>(() => EventSpec.LoadKnownGaps("id-a reason without colon\n"));
        Assert.Throws<DataFileException>(() => EventSpec.LoadKnownGaps("id-a: one\nid-a: two\n"));
    }
}
