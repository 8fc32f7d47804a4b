using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Events;

/// <summary>
/// Acts output with their doer alone (settings.tsv "monadic_codes"), in sentences written by us: English lists stance
/// acts (demand, disapprove, reject, threaten, protest), Indonesian lists none and stays dyadic.
/// </summary>
public sealed class MonadicEventTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string language) =>
        WartaCoder.Default.Code(new Article("monadic", text, new DateOnly(2024, 1, 1), Language: language)).Events;

    [Fact]
    public void An_English_rejection_without_a_target_keeps_its_doer()
    {
        var e = Assert.Single(Code("Iran rejected the proposal on Monday.", "en"));
        Assert.Equal("IRN", e.Source.Code);
        Assert.Null(e.Target);
        Assert.Equal("12", e.Root);
    }

    [Fact]
    public void An_English_act_outside_the_monadic_codes_needs_a_target()
    {
        Assert.Empty(Code("Russia launched missiles on Monday.", "en"));
    }

    [Fact]
    public void An_untargeted_act_told_again_beside_the_same_kind_of_act_on_someone_is_not_repeated()
    {
        var events = Code("Japan criticised China on Monday and issued a sharp rebuke.", "en");
        Assert.All(events, e => Assert.NotNull(e.Target));
        Assert.Contains(events, e => e.Source.Code == "JPN" && e.Target?.Code == "CHN" && e.Root == "11");
    }

    [Fact]
    public void Indonesian_outputs_dyadic_events_only()
    {
        Assert.Empty(Code("Iran menolak usulan itu pada hari Senin.", "id"));
    }
}
