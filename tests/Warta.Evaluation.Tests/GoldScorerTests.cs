using Warta.Core;
using Warta.Evaluation.Gold;

namespace Warta.Evaluation.Tests;

public class GoldScorerTests
{
    // A small gold article written for these tests: two required events, one optional, one forbidden dyad.
    private const string GoldLine = """
        {"id":"t1","date":"2024-03-05","text":"Kata satu. Kata dua. Kata tiga.","events":[
          {"source":"CHN","target":"RUS","symmetric":true,"codes":["062","060"],"required":true,"date":"2024-03-01","date_end":"2024-03-03","date_precision":"day","place":{"name":"Laut Jepang","country":null,"kind":"sea"},"evidence":"x"},
          {"source":"RUSGOV","target":"USA","symmetric":false,"codes":["111"],"required":true,"date":"2024-03-04","date_precision":"day","place":{"name":"Moskow","country":"RUS","kind":"city"},"evidence":"y"},
          {"source":"JPN","target":"CHN","symmetric":false,"codes":["090"],"required":false,"date":null,"date_precision":"unknown","place":null,"evidence":"z"}],
         "forbidden":[{"source":"PRK","target":"*","why":"related link"}]}
        """;

    private static GoldArticle Gold => GoldFile.Parse(GoldLine.ReplaceLineEndings(" "));

    private static CodedEvent Event(string source, string target, string cameo, DateOnly? date = null, Place? place = null) =>
        new("t1", Guid.NewGuid().ToString(), new ActorMention(source, source, new Span(0, 4), "test"),
            new ActorMention(target, target, new Span(5, 9), "test"), cameo, 0, QuadClass.VerbalCooperation, "",
            new EventDate(date, null, date is null ? DatePrecision.Unknown : DatePrecision.Day, null, "test"),
            place, new Span(0, 10), new Span(0, 4), "test", "id");

    [Fact]
    public void Symmetric_gold_matches_either_order_and_root_level_ignores_the_leaf()
    {
        var score = GoldScorer.Score(Gold, [Event("RUSMIL", "CHN", "061")], MatchLevel.Root);
        Assert.Equal(OutcomeKind.MatchedRequired, score.Outcomes[0].Kind);
        var leaf = GoldScorer.Score(Gold, [Event("RUSMIL", "CHN", "061")], MatchLevel.Leaf);
        Assert.Equal(OutcomeKind.FalsePositive, leaf.Outcomes[0].Kind);
    }

    [Fact]
    public void Directed_gold_does_not_match_reversed_actors()
    {
        var score = GoldScorer.Score(Gold, [Event("USA", "RUS", "111")], MatchLevel.Root);
        Assert.Equal(OutcomeKind.FalsePositive, score.Outcomes[0].Kind);
    }

    [Fact]
    public void Optional_matches_and_duplicates_are_left_out_of_precision()
    {
        var events = new[]
        {
            Event("RUSGOV", "USAGOV", "112"),   // required (root 11)
            Event("RUS", "USA", "111"),         // duplicate of the same happening
            Event("JPN", "CHN", "090"),         // optional
            Event("IDN", "MYS", "190"),         // false positive
        };
        var score = GoldScorer.Score(Gold, events, MatchLevel.Root);
        Assert.Equal([OutcomeKind.MatchedRequired, OutcomeKind.Duplicate, OutcomeKind.MatchedOptional, OutcomeKind.FalsePositive],
            score.Outcomes.Select(o => o.Kind));
        Assert.Equal(1, score.MatchedRequired);
        Assert.Equal(2, score.Counted);
    }

    [Fact]
    public void Forbidden_events_are_false_positives_and_counted_once_per_entry()
    {
        var score = GoldScorer.Score(Gold, [Event("PRK", "UKR", "190"), Event("PRKMIL", "RUS", "042")], MatchLevel.Root);
        Assert.All(score.Outcomes, o => Assert.Equal(OutcomeKind.Forbidden, o.Kind));
        Assert.Equal(1, score.ForbiddenHits);
    }

    [Theory]
    [InlineData("IGOUNO", "IGOUNOREFHCR", true)]
    [InlineData("IGOUNOREFHCR", "IGOUNO", true)]
    [InlineData("IMGMUSISI", "IMGMUSALQ", false)]
    [InlineData("IGOUNO", "IGO", false)]
    [InlineData("AFGREB", "AFGGOV", true)]
    [InlineData("RUS", "RUSGOV", true)]
    public void Actor_roots_compare_as_the_gold_readme_says(string gold, string system, bool expected) =>
        Assert.Equal(expected, ActorMatch.Matches(gold, system));

    [Fact]
    public void Dates_within_a_gold_span_are_right_and_places_compare_by_country_or_sea_name()
    {
        var sea = new Place("Laut Jepang", "Sea of Japan", null, PlaceKind.Sea, 40, 135, null, "test");
        var moscow = new Place("Moskow", "Moscow", "RUS", PlaceKind.City, 55.7, 37.6, null, "test");
        var score = GoldScorer.Score(Gold,
            [Event("CHN", "RUS", "062", new DateOnly(2024, 3, 2), sea), Event("RUSGOV", "USA", "111", new DateOnly(2024, 3, 5), moscow)],
            MatchLevel.Root);
        Assert.Equal([true, false], score.Outcomes.Select(o => GoldScorer.DateCorrect(o)!.Value));
        Assert.Equal([true, true], score.Outcomes.Select(o => GoldScorer.PlaceCorrect(o)!.Value));
    }

    [Fact]
    public void Evaluator_sums_figures_over_articles()
    {
        var coder = new FixedCoder([Event("CHN", "RUS", "062", new DateOnly(2024, 3, 1)), Event("IDN", "MYS", "190")]);
        var report = Evaluator.Run([Gold], coder);
        var root = report.Level(MatchLevel.Root);
        Assert.Equal(0.5, root.Precision, 3);
        Assert.Equal(0.5, root.Recall, 3);
        Assert.Equal(1, report.DatesRight);
        Assert.Equal(1, report.DatesScored);
    }

    [Fact]
    public void A_malformed_gold_line_names_file_and_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, [GoldLine.ReplaceLineEndings(" "), "{not json"]);
        var ex = Assert.Throws<InvalidDataException>(() => GoldFile.Read(path).ToList());
        Assert.StartsWith($"{path}:2:", ex.Message);
        File.Delete(path);
    }

    private sealed class FixedCoder(IReadOnlyList<CodedEvent> events) : IArticleCoder
    {
        public string Version => "fixed";
        public CodedArticle Code(Article article) =>
            new(new Document(article, "id", [], [], null), [], [], [], events, null);
    }

    [Fact]
    public void Date_accuracy_is_told_for_each_rule_that_decided_the_date()
    {
        static CodedEvent Dated(string source, string target, string cameo, DateOnly date, string rule) =>
            Event(source, target, cameo, date) with { Date = new EventDate(date, null, DatePrecision.Day, null, rule) };
        var score = GoldScorer.Score(Gold, [Dated("RUSGOV", "USA", "111", new DateOnly(2024, 3, 4), "date:b"),
            Dated("CHN", "RUS", "061", new DateOnly(2024, 3, 10), "date:a")], MatchLevel.Root);
        var report = new EvaluationReport(1, [], 0, 0, 0, 0, 0, [score], []);
        Assert.Equal([new RuleAccuracy.Row("date:a", 0, 1), new RuleAccuracy.Row("date:b", 1, 1)], RuleAccuracy.Dates(report));
    }
}
