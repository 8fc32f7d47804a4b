using Warta.Coding.Events;
using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Events;

public sealed class LearnedEventsTests
{
    [Fact]
    public void The_shipped_Indonesian_models_load_and_English_has_none()
    {
        var models = EventModels.For("id");
        Assert.NotNull(models);
        Assert.InRange(models!.Thresholds.Event, 0.0, 1.0);
        Assert.Null(EventModels.For("en"));
    }

    [Fact]
    public void Every_event_of_a_language_with_models_has_a_confidence_between_0_and_1()
    {
        // Written for this test.
        var article = new Article("uji", "Rusia menyerang Ukraina pada Kamis (24/2/2022). Menteri Luar Negeri Rusia bertemu Menteri Luar Negeri China di Beijing.",
            new DateOnly(2022, 2, 25), null, null, "id", "uji");
        var events = WartaCoder.Default.Code(article).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.InRange(e.Confidence ?? -1, 0.0, 1.0));
    }

    [Fact]
    public void Events_of_a_language_without_models_have_no_confidence()
    {
        var article = new Article("test", "Russia attacked Ukraine on Thursday.", new DateOnly(2022, 2, 25), null, null, "en", "test");
        var events = WartaCoder.Default.Code(article).Events;
        Assert.All(events, e => Assert.Null(e.Confidence));
    }

    [Fact]
    public void Decision_thresholds_are_read_and_a_missing_one_is_an_error()
    {
        var t = EventModels.ReadThresholds("decision.tsv", "setting\tvalue\nevent\t0.6\nkeep_rule\t0.05\nopen_target\t0.3\n");
        Assert.Equal(new DecisionThresholds(0.6, 0.05, 0.3), t);
        var ex = Assert.Throws<InvalidDataException>(() => EventModels.ReadThresholds("decision.tsv", "setting\tvalue\nevent\t0.6\n"));
        Assert.Contains("keep_rule", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_thresholds_read_back()
    {
        using var writer = new StringWriter();
        EventModels.WriteThresholds(writer, new DecisionThresholds(0.45, 0.02, 0.2), "note");
        Assert.Equal(new DecisionThresholds(0.45, 0.02, 0.2), EventModels.ReadThresholds("decision.tsv", writer.ToString()));
    }
}
