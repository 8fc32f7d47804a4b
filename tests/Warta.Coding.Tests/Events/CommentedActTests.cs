using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Events;

/// <summary>
/// The grammar alone (no learned models) on a comment about an act whose doer is named after a relative passive verb,
/// in sentences written by us: the comment is aimed at that doer.
/// </summary>
public sealed class CommentedActTests
{
    private static readonly ArticleCoder Grammar = new(new DocumentCleaningStage(), new DateStage(), new GazetteerPlaceStage());

    private static IReadOnlyList<CodedEvent> Code(string text) =>
        Grammar.Code(new Article("commented", text, new DateOnly(2024, 5, 14), Language: "id")).Events;

    [Theory]
    [InlineData("Pemerintah Malaysia mengecam serangan yang dilancarkan Myanmar di perbatasan.", "MYS", "MMR", "11")]
    [InlineData("Jepang memuji langkah yang diambil oleh Korea Selatan.", "JPN", "KOR", "05")]
    public void A_comment_on_an_act_is_aimed_at_its_doer(string text, string source, string target, string root)
    {
        var e = Assert.Single(Code(text));
        Assert.Equal((source, target, root), (e.Source.Root, e.Target?.Root, e.Root));
    }

    [Fact]
    public void An_act_whose_doer_is_not_named_after_a_passive_verb_gives_no_target()
    {
        // (an active verb after "yang": the act's own doer is the noun before it, not a target of the comment)
        Assert.DoesNotContain(Code("Pemerintah Malaysia mengecam serangan yang menewaskan warga Myanmar."), e => e.Target?.Root == "MMR" && e.Root == "11");
    }
}
