using Warta.Core;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>Whom a use of force is aimed at when neither its sentence nor the one before names another state, in articles written by us.</summary>
public sealed class ArticleTargetTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) =>
        WrittenText.Code("article-target", text, new DateOnly(2024, 10, 10)).Events;

    private const string Story =
        "Ketegangan antara Korea Utara dan Korea Selatan meningkat sejak awal bulan.\n" +
        "Pemerintah Korea Selatan memanggil duta besar Korea Utara di Seoul, Senin (7/10/2024).\n" +
        "Presiden Korea Selatan mengecam Korea Utara atas peluncuran balon sampah.\n" +
        "Sebuah kapal patroli terlihat di perairan barat pada Selasa pagi.\n";

    [Fact]
    public void Force_with_no_target_in_reach_is_aimed_at_the_state_the_article_is_about()
    {
        var events = Code(Story + "Militer Korea Selatan kemudian menembakkan tembakan peringatan, Rabu (9/10/2024).");
        Assert.Contains(events, e => e.Root == "19" && e.Source.Code.StartsWith("KOR") && e.Target?.Code == "PRK" && e.Rule.Contains("+article-target"));
    }

    [Fact]
    public void No_state_of_the_article_leads_clearly_so_the_force_stays_untargeted()
    {
        var events = Code("Jepang dan China berselisih soal kepulauan itu.\nJepang memprotes China.\nChina menolak protes Jepang.\n" +
                          "Sebuah kapal patroli terlihat di perairan barat pada Selasa pagi.\n" +
                          "Militer Korea Selatan kemudian menembakkan tembakan peringatan, Rabu (9/10/2024).");
        Assert.DoesNotContain(events, e => e.Rule.Contains("+article-target"));
    }
}
