using Warta.Core;

namespace Warta.Coding.Tests.Events;

/// <summary>
/// Acts output with their doer alone (settings.tsv "monadic_codes"), in sentences written by us: English lists stance
/// acts (demand, disapprove, reject, threaten, protest), Indonesian lists none and stays dyadic.
/// </summary>
public sealed class MonadicEventTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string language) =>
        WrittenText.Code("monadic", text, new DateOnly(2024, 1, 1), language).Events;

    [Fact]
    public void An_English_rejection_without_a_target_keeps_its_doer()
    {
        var e = Assert.Single(Code("Iran rejected the proposal on Monday.", "en"));
        Assert.Equal("IRN", e.Source.Code);
        Assert.Null(e.Target);
        Assert.Equal("12", e.Root);
    }

    [Fact]
    public void An_English_material_act_its_subject_does_keeps_its_doer()
    {
        // settings.tsv monadic_verb_codes: the verb's own subject right before it (a day between) is its doer
        var e = Assert.Single(Code("Egyptian police on Monday opened fire.", "en"));
        Assert.Equal("EGYCOP", e.Source.Code);
        Assert.Null(e.Target);
        Assert.Equal("19", e.Root);
        Assert.Equal("08", Assert.Single(Code("Five hundred Ugandan rebels surrendered last week.", "en")).Root);
    }

    [Fact]
    public void Words_announcing_an_act_stand_between_it_and_its_subject()
    {
        var e = Assert.Single(Code("The Kenyan president has agreed to resign.", "en"));
        Assert.StartsWith("KEN", e.Source.Code, StringComparison.Ordinal);
        Assert.Null(e.Target);
        Assert.Equal("08", e.Root);
    }

    [Fact]
    public void A_place_named_between_the_subject_and_its_verb_is_no_gap()
    {
        // (the determiner of "the Central African Republic" opens that actor, not a noun phrase of the act;
        // en/verb-objects.tsv: blocking a highway is obstructing passage, 144)
        var e = Assert.Single(Code("Rebels in the Central African Republic on Tuesday blocked the main highway.", "en"));
        Assert.Equal("CAFREB", e.Source.Code);
        Assert.Equal("144", e.Cameo);
    }

    [Fact]
    public void What_a_doer_sent_others_to_do_is_its_own_act()
    {
        // (function-words prepare-verb: the purpose of sending is announced, not only a purpose)
        Assert.Contains(Code("Japan sent inspectors to Iran to investigate the plant.", "en"), e => e.Source.Code == "JPN" && e.Root == "09");
    }

    [Fact]
    public void The_intent_of_a_verb_reaches_the_act_its_object_names()
    {
        // "will extend the night-time curfew": the curfew is announced, so it is a threat of one (13), not one imposed (17)
        Assert.Equal("13", Assert.Single(Code("Chad will extend the night-time curfew.", "en")).Root);
        Assert.Empty(Code("Chad would not tighten the naval blockade.", "en"));
    }

    [Fact]
    public void A_word_of_a_date_is_no_act()
    {
        // ("March" in "on 5 March" is the month, not a march)
        var events = Code("Serbia eased the curfew in Montenegro on 5 March.", "en");
        Assert.Equal("08", Assert.Single(events).Root);
    }

    [Fact]
    public void Forces_on_alert_are_a_military_alert()
    {
        var e = Assert.Single(Code("Israeli troops remained on alert in the West Bank.", "en"));
        Assert.Equal("152", e.Cameo);
    }

    [Fact]
    public void A_participle_clause_is_done_by_the_subject_it_hangs_on()
    {
        var events = Code("Egyptian police opened fire on Monday, killing one person and arresting twelve.", "en");
        Assert.Contains(events, e => e.Source.Code == "EGYCOP" && e.Root == "17");
        // (a gerund with "of" names an act: no act of the subject)
        Assert.DoesNotContain(Code("Egypt opposed the withdrawal, collection and monitoring of weapons.", "en"), e => e.Root == "09");
    }

    [Fact]
    public void Sending_inspectors_is_an_investigation()
    {
        // (en/verb-objects.tsv send-inspectors; 09 has no Indonesian spec row, so it is tested here)
        Assert.Contains(Code("The IAEA dispatched inspectors to Iran.", "en"), e => e.Source.Code == "IGOUNOIAE" && e.Target?.Code == "IRN" && e.Root == "09");
    }

    [Fact]
    public void An_English_material_act_named_by_a_noun_needs_a_target()
    {
        // (the subject stands before a noun phrase the act's word is in, not before a verb)
        Assert.DoesNotContain(Code("Ukraine says Russia was behind the chemical attacks.", "en"), e => e.Root == "19");
        Assert.Empty(Code("Russia is the subject of an agreement.", "en"));
    }

    [Fact]
    public void A_progressive_is_active_not_passive()
    {
        var e = Assert.Single(Code("Russia is holding talks.", "en"));
        Assert.Equal("RUS", e.Source.Code);
        Assert.Equal("04", e.Root);
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
