using Warta.Core;
using Warta.Storage;
using Warta.Storage.Tests;
using static Warta.Storage.Tests.Make;

namespace Warta.Server.Tests.Dashboard;

/// <summary>
/// The store the dashboard tests open: the hand-written stories of the store tests (China and Russia, October 2021)
/// plus articles written for these tests — a joint patrol in the Sea of Japan in November, an accusation in December,
/// and an article whose title, text, actor names and URL hold markup and scripts that must never run.
/// </summary>
public static class DashboardStories
{
    public static readonly Place SeaOfJapan = new("Laut Jepang", "Sea of Japan", null, PlaceKind.Sea, 40.0, 135.0, null, "place:gazetteer");

    public static readonly Article Patrol = new("dash-patrol",
        "Kapal perang China dan Rusia berpatroli bersama di Laut Jepang pada 18 November 2021. Patroli itu berlangsung tiga hari.",
        new DateOnly(2021, 11, 19), "https://example.org/warta/patroli", "Patroli bersama di Laut Jepang", "id", "test", "contoh.id");

    public static readonly Article Accusation = new("dash-accuse",
        "Rusia menuduh China melanggar perjanjian dagang pada 6 Desember 2021. China membantah tuduhan itu.",
        new DateOnly(2021, 12, 7), "https://example.org/warta/tuduhan", "Rusia menuduh China", "id", "test", "contoh.id");

    /// <summary>What the hostile article tries to run; the page must show these as text and run none of them.</summary>
    /// (No full stop inside them: the hand-written coder ends a sentence at the first one.)
    public const string ScriptInTitle = "<script>__wartaXss = 'title'; document['title'] = 'pwned'</script>";
    public const string ImageInText = "<img src=x onerror=\"__wartaXss='img'\">";
    public const string ScriptInText = "<script>__wartaXss = 'text'</script>";
    public const string HostileSource = "Menteri \"<b onmouseover=alert(1)>Wang</b>\" Yi";

    public static readonly Article Hostile = new("dash-xss",
        $"{ImageInText} {HostileSource} bertemu Lavrov di Moskow pada 20 Desember 2021 {ScriptInText}. 'Kutipan' & \"tanda petik\" tetap teks.",
        new DateOnly(2021, 12, 21), "javascript:__wartaXss='link'", $"{ScriptInTitle} \"Judul\" & 'kutipan' <i>miring</i>", "id", "test", "contoh.id");

    public static IReadOnlyList<Article> All => [.. Stories.All, Patrol, Accusation, Hostile];

    public static IReadOnlyDictionary<string, IReadOnlyList<CodedEvent>> Events()
    {
        var events = new Dictionary<string, IReadOnlyList<CodedEvent>>(Stories.Events())
        {
            [Patrol.Id] = [Event(Patrol, 0, "CHNMIL", "China", "RUSMIL", "Rusia", "061", Day("2021-11-18"), SeaOfJapan, "berpatroli bersama", symmetric: true)],
            [Accusation.Id] = [Event(Accusation, 0, "RUS", "Rusia", "CHN", "China", "112", Day("2021-12-06"), null, "menuduh")],
            [Hostile.Id] = [Event(Hostile, 0, "CHNGOV", HostileSource, "RUSGOV", "Lavrov", "040", Day("2021-12-20"), Moscow, "bertemu", symmetric: true)],
        };
        return events;
    }

    /// <summary>Writes the store (through the ingest path, with the hand-written coder) into a file.</summary>
    public static async Task BuildAsync(string db, CancellationToken ct)
    {
        await using var store = await EventStore.OpenAsync(db, ct);
        await new IngestRunner(store, new FakeCoder(Events())).RunAsync(Stories.Inputs(All), ct);
    }

    /// <summary>Short names the server is given for the codes above (the CLI gives the whole codebook).</summary>
    public static readonly IReadOnlyDictionary<string, string> CameoLabels = new Dictionary<string, string>
    {
        ["040"] = "consult or meet, unspecified", ["057"] = "sign a formal agreement", ["061"] = "cooperate economically", ["112"] = "accuse",
    };
}
