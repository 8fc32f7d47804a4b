using System.Text.Json;

namespace Warta.Cli.Tests;

/// <summary>
/// One happening reported in two languages: an Indonesian and an English report written by us of the same meeting
/// (Japanese and Australian foreign ministers, Tokyo, Monday 3 March 2025) become one stored event with both
/// mentions; a report of another happening in the other language stays apart.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CrossLanguageMergeTests : IDisposable
{
    private const string Indonesian = "{\"id\": \"id-1\", \"lang\": \"id\", \"date\": \"2025-03-04\", \"url\": \"https://example.id/berita/1\", \"text\": "
        + "\"Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Australia di Tokyo, Senin (3/3/2025). Keduanya membahas kerja sama maritim.\"}";
    private const string English = "{\"id\": \"en-1\", \"lang\": \"en\", \"date\": \"2025-03-04\", \"url\": \"https://example.com/news/1\", \"text\": "
        + "\"Japan's foreign minister met the Australian foreign minister in Tokyo on Monday, officials said.\"}";
    private const string OtherHappening = "{\"id\": \"en-2\", \"lang\": \"en\", \"date\": \"2025-03-04\", \"url\": \"https://example.com/news/2\", \"text\": "
        + "\"Japan accused Australia of breaking a fishing agreement on Monday.\"}";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_indonesian_and_an_english_report_of_one_meeting_are_one_event_with_two_mentions()
    {
        var input = _folder.File("pair.jsonl", Indonesian + "\n" + English + "\n" + OtherHappening + "\n");
        var db = Path.Combine(_folder.Path, "warta.db");
        var ingest = await CliRunner.RunAsync("ingest", input, "--db", db);
        Assert.Equal(0, ingest.ExitCode);

        var exported = Path.Combine(_folder.Path, "events.jsonl"); // (jsonl on standard output is not captured in-process)
        Assert.Equal(0, (await CliRunner.RunAsync("export", "--db", db, "--format", "jsonl", "--output", exported)).ExitCode);
        var events = File.ReadAllLines(exported).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // The meeting reported in both languages is one event, with the Indonesian report's "Keduanya membahas …" (a
        // mutual act of the same pair, day and city) among its reports.
        var meeting = Assert.Single(events, e => e.GetProperty("cameo_root").GetString() == "04");
        Assert.Equal(("JPN", "AUS"), (meeting.GetProperty("source_root").GetString(), meeting.GetProperty("target_root").GetString()));
        Assert.Equal(3, meeting.GetProperty("num_mentions").GetInt32());
        Assert.Equal(2, meeting.GetProperty("num_articles").GetInt32());

        // The accusation shares actors and day but not the CAMEO root: it is an event of its own.
        Assert.Contains(events, e => e.GetProperty("cameo_root").GetString() == "11" && e.GetProperty("num_mentions").GetInt32() == 1);
    }
}
