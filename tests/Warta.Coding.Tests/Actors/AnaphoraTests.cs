using Warta.Core;

namespace Warta.Coding.Tests.Actors;

/// <summary>What "keduanya" (the two of them) stands for, in articles written by us.</summary>
public sealed class AnaphoraTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) =>
        WrittenText.Code("anaphora", text, new DateOnly(2025, 6, 4)).Events;

    [Fact]
    public void A_pair_named_just_before_is_the_pair()
    {
        var events = Code("Menteri Luar Negeri Jepang menerima Menteri Luar Negeri Vietnam di Tokyo.\n\nKeduanya kemudian menggelar pertemuan bilateral.");
        Assert.Contains(events, e => e.Root == "04" && e.Source.Root is "JPN" or "VNM" && e.Target!.Root is "JPN" or "VNM");
    }

    [Fact]
    public void States_named_paragraphs_before_are_not_the_two_suspects_arrested()
    {
        const string text = "Presiden Rusia bertemu Presiden China di Beijing pekan lalu.\n\n"
                            + "Harga cabai di pasar Medan naik tajam.\n\n"
                            + "Pedagang mengeluhkan sepinya pembeli.\n\n"
                            + "Keduanya ditangkap polisi di rumahnya masing-masing.";
        Assert.DoesNotContain(Code(text), e => e.Root == "17");
    }
}
