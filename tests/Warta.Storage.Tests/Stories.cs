using Warta.Core;
using static Warta.Storage.Tests.Make;

namespace Warta.Storage.Tests;

/// <summary>
/// Short articles written for these tests: several outlets report the same meeting of the Chinese and
/// Russian foreign ministers in Moscow on 21 October 2021, each differently; other articles report other
/// happenings that must stay apart.
/// </summary>
public static class Stories
{
    public static readonly Article Antara = new("antara-1",
        "Menteri Luar Negeri China Wang Yi bertemu Menteri Luar Negeri Rusia Sergey Lavrov di Moskow, Kamis (21/10/2021). Keduanya membahas kerja sama energi.",
        new DateOnly(2021, 10, 21), "https://www.antaranews.com/berita/1", "Wang Yi bertemu Lavrov", "id", "test", "antaranews.com");

    public static readonly Article Kompas = new("kompas-7",
        "Wang Yi mengadakan pembicaraan dengan Lavrov. Pertemuan itu berlangsung hangat.",
        new DateOnly(2021, 10, 22), "https://internasional.kompas.com/read/7", "Pembicaraan China-Rusia", "id", "test", "kompas.com");

    public static readonly Article Reuters = new("reuters-3",
        "Russia and China held talks in Russia in October, officials said. The ministers agreed to meet again.",
        new DateOnly(2021, 11, 2), "https://www.reuters.com/world/3", "Russia, China talks", "en", "test", "reuters.com");

    public static readonly Article Antara2 = new("antara-2",
        "Di Moskow, Lavrov dan Wang Yi kembali bertemu pada 21 Oktober 2021 untuk membahas Afghanistan.",
        new DateOnly(2021, 10, 23), "https://www.antaranews.com/berita/2", "Lavrov dan Wang Yi", "id", "test", "antaranews.com");

    /// <summary>A different meeting: Beijing, four days later.</summary>
    public static readonly Article Xinhua = new("xinhua-9",
        "Chinese and Russian officials met in Beijing on 25 October 2021 to discuss trade.",
        new DateOnly(2021, 10, 25), "https://english.news.cn/9", "Officials meet in Beijing", "en", "test", "news.cn");

    /// <summary>Same day, same actors, but a clash, not a meeting (another CAMEO root).</summary>
    public static readonly Article Tempo = new("tempo-4",
        "Rusia menuduh China melanggar kesepakatan perbatasan pada 21 Oktober 2021.",
        new DateOnly(2021, 10, 21), "https://www.tempo.co/4", "Rusia menuduh China", "id", "test", "tempo.co");

    /// <summary>Same day and actors but in Saint Petersburg: an incompatible place.</summary>
    public static readonly Article Detik = new("detik-5",
        "Delegasi Rusia dan China bertemu di St Petersburg pada 21 Oktober 2021.",
        new DateOnly(2021, 10, 21), "https://news.detik.com/5", "Delegasi bertemu", "id", "test", "detik.com");

    public static IReadOnlyList<Article> All => [Antara, Kompas, Reuters, Antara2, Xinhua, Tempo, Detik];

    public static IReadOnlyDictionary<string, IReadOnlyList<CodedEvent>> Events(bool improved = false) => new Dictionary<string, IReadOnlyList<CodedEvent>>
    {
        [Antara.Id] = [Event(Antara, 0, "CHNGOV", "Wang Yi", "RUSGOV", "Sergey Lavrov", "040", Day("2021-10-21"), Moscow, "bertemu", symmetric: true)],
        [Kompas.Id] = [Event(Kompas, 0, "CHNGOV", "Wang Yi", "RUSGOV", "Lavrov", "040", Published("2021-10-22"), null, "mengadakan pembicaraan", symmetric: true)],
        [Reuters.Id] = improved
            ? [Event(Reuters, 0, "RUS", "Russia", "CHN", "China", "040", Month("2021-10-01"), Russia, "held talks", symmetric: true),
               Event(Reuters, 1, "RUS", "Russia", "CHN", "China", "057", Month("2021-10-01"), Russia, "agreed", symmetric: true)]
            : [Event(Reuters, 0, "RUS", "Russia", "CHN", "China", "040", Month("2021-10-01"), Russia, "held talks", symmetric: true)],
        [Antara2.Id] = [Event(Antara2, 0, "RUSGOV", "Lavrov", "CHNGOV", "Wang Yi", "040", Day("2021-10-21"), Moscow, "bertemu", symmetric: true)],
        [Xinhua.Id] = [Event(Xinhua, 0, "CHNGOV", "Chinese", "RUSGOV", "Russian", "040", Day("2021-10-25"), Beijing, "met", symmetric: true)],
        [Tempo.Id] = [Event(Tempo, 0, "RUS", "Rusia", "CHN", "China", "112", Day("2021-10-21"), null, "menuduh")],
        [Detik.Id] = [Event(Detik, 0, "RUSGOV", "Rusia", "CHNGOV", "China", "040", Day("2021-10-21"), StPetersburg, "bertemu", symmetric: true)],
    };

    public static async IAsyncEnumerable<InputItem> Inputs(IEnumerable<Article> articles)
    {
        foreach (var a in articles) { await Task.Yield(); yield return InputItem.Of(a); }
    }
}
