using System.Globalization;
using System.Text.Json;
using Warta.Core;
using Warta.TestSupport;

namespace Warta.Storage.Tests;

/// <summary>
/// The shared Indonesian corpus ingested twice gives the same store as once. The coder here is a stand-in that
/// codes a consultation between two countries named in an article, dated by publication; the real coder is
/// tested elsewhere. Skipped when ../shared is absent.
/// </summary>
public sealed class CorpusIdempotencyTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("warta-corpus-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    private sealed class CountryPairCoder : IArticleCoder
    {
        private static readonly (string Word, string Code)[] Countries =
            [("China", "CHN"), ("Rusia", "RUS"), ("Amerika Serikat", "USA"), ("Jepang", "JPN"), ("Malaysia", "MYS"), ("Indonesia", "IDN")];

        public string Version => "country-pair-1";

        public CodedArticle Code(Article article)
        {
            var found = Countries.Select(c => (c.Code, At: article.Text.IndexOf(c.Word, StringComparison.Ordinal), c.Word))
                .Where(c => c.At >= 0).OrderBy(c => c.At).Take(2).ToList();
            var actors = found.Select(c => new ActorMention(c.Code, c.Word, new Span(c.At, c.At + c.Word.Length), "actor:test")).ToList();
            var events = new List<CodedEvent>();
            if (actors.Count == 2 && article.PublicationDate is { } pub)
                events.Add(new CodedEvent(article.Id, article.Id + "#0", actors[0], actors[1], "040", 1, QuadClass.VerbalCooperation, "CONSULT",
                    new EventDate(pub, null, DatePrecision.Publication, null, "date:publication"), null,
                    new Span(0, Math.Min(article.Text.Length, 50)), actors[0].Span, "rule:test", "id", true));
            var doc = new Document(article, "id", [new Span(0, article.Text.Length)], [], null);
            return new CodedArticle(doc, [], actors, [], events, article.PublicationDate);
        }
    }

    private static async IAsyncEnumerable<InputItem> Read(string path)
    {
        var n = 0;
        await foreach (var line in File.ReadLinesAsync(path))
        {
            n++;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (S("id") is not { } id || S("text") is not { Length: > 0 } text) { yield return InputItem.Fail($"articles.jsonl:{n}", "no id or text"); continue; }
            DateOnly? date = S("date") is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) ? x : null;
            yield return InputItem.Of(new Article(id, text, date, S("url"), S("title"), "id", $"articles.jsonl:{n}"));
        }
    }

    [Fact]
    public async Task Ingesting_the_corpus_twice_gives_the_same_numbers_as_once()
    {
        var path = SharedData.PathOrSkip("data/corpus-id/articles.jsonl");
        var ct = TestContext.Current.CancellationToken;
        await using var store = await EventStore.OpenAsync(Path.Combine(dir, "corpus.db"), ct);
        var first = await new IngestRunner(store, new CountryPairCoder(), 128).RunAsync(Read(path), ct);
        var once = await store.CountAsync(ct);
        Assert.True(once.Events > 0, "the stand-in coder found no events");
        var second = await new IngestRunner(store, new CountryPairCoder(), 128).RunAsync(Read(path), ct);
        Assert.Equal(once, await store.CountAsync(ct));
        Assert.Equal(0, second.ArticlesStored);
        Assert.Equal(first.ArticlesRead, second.SkippedTotal);
        Assert.Empty(await store.CheckAsync(ct));
    }
}
