using Warta.Core;
using Warta.Ingest.Inputs;

namespace Warta.Ingest.Tests;

public class ArticleReaderTests
{
    private static async Task<List<InputItem>> Read(IReadOnlyList<string> inputs, TextReader? stdin = null)
    {
        var items = new List<InputItem>();
        await foreach (var item in ArticleReader.ReadAsync(inputs, stdin, TestContext.Current.CancellationToken))
            items.Add(item);
        return items;
    }

    [Fact]
    public async Task PlainTextFileIsOneArticleNamedByItsStem()
    {
        using var dir = new TempDir();
        var path = dir.File("kabar-2021.txt", "Jakarta, CNN Indonesia -- Presiden bertemu menteri.\n");
        var items = await Read([path]);
        var a = Assert.Single(items).Article!;
        Assert.Equal("kabar-2021", a.Id);
        Assert.Equal(path, a.Origin);
        Assert.StartsWith("Jakarta, CNN Indonesia", a.Text);
    }

    [Fact]
    public async Task JsonlGivesOneArticlePerLineWithOptionalFields()
    {
        using var dir = new TempDir();
        var path = dir.File("dump.jsonl",
            """
            {"id":"a1","text":"Satu.","date":"2021-10-23","url":"https://x.test/1","title":"T1","lang":"id"}
            {"text":"Dua.","date":"2025-06-18T14:05+07:00"}

            {"text":"Tiga.","date":"2021-10-23T23:30:00-05:00","id":42}
            """);
        var items = await Read([path]);
        Assert.All(items, i => Assert.Null(i.Problem));
        Assert.Equal(3, items.Count);
        var a = items[0].Article!;
        Assert.Equal(("a1", "Satu.", new DateOnly(2021, 10, 23), "https://x.test/1", "T1", "id", $"{path}:1"),
            (a.Id, a.Text, a.PublicationDate, a.Url, a.Title, a.Language, a.Origin));
        Assert.Equal("dump:2", items[1].Article!.Id);
        Assert.Equal(new DateOnly(2025, 6, 18), items[1].Article!.PublicationDate);
        Assert.Equal("42", items[2].Article!.Id);
        Assert.Equal($"{path}:4", items[2].Article!.Origin);
        // The local date written in the value, not the UTC date (which would be the 24th).
        Assert.Equal(new DateOnly(2021, 10, 23), items[2].Article!.PublicationDate);
    }

    [Fact]
    public async Task BadJsonlLinesAreReportedAndReadingGoesOn()
    {
        using var dir = new TempDir();
        var path = dir.File("dump.jsonl",
            "{\"text\":\"ok 1\"}\n{not json\n{\"title\":\"no text\"}\n[1,2]\n{\"text\":\"ok 5\"}\n");
        var items = await Read([path]);
        Assert.Equal(5, items.Count);
        Assert.Equal("ok 1", items[0].Article!.Text);
        Assert.Equal($"{path}:2", items[1].Problem!.Origin);
        Assert.StartsWith("not JSON: ", items[1].Problem!.Message);
        Assert.Equal($"{path}:3: no \"text\" field", items[2].Problem!.ToString());
        Assert.Equal(InputMessages.NotAnObject, items[3].Problem!.Message);
        Assert.Equal("ok 5", items[4].Article!.Text);
    }

    [Fact]
    public async Task InvalidUtf8FileNamesTheByteAndOffset()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("rusak.txt", [(byte)'a', (byte)'b', 0xC3, 0xA9, (byte)'c', 0xFF, (byte)'d']);
        var p = Assert.Single(await Read([path])).Problem!;
        Assert.Equal($"{path}: not valid UTF-8 (byte 0xFF at offset 5)", p.ToString());
    }

    [Fact]
    public async Task InvalidUtf8JsonlLineIsSkippedWithFileOffset()
    {
        using var dir = new TempDir();
        var line1 = "{\"text\":\"baik\"}\n"u8.ToArray();
        var line2 = new byte[] { (byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)'}', (byte)'\n' };
        var line3 = "{\"text\":\"juga baik\"}\n"u8.ToArray();
        var path = dir.Bytes("campur.jsonl", [.. line1, .. line2, .. line3]);
        var items = await Read([path]);
        Assert.Equal(3, items.Count);
        Assert.Equal($"{path}:2: not valid UTF-8 (byte 0xE9 at offset {line1.Length + 2})", items[1].Problem!.ToString());
        Assert.Equal("juga baik", items[2].Article!.Text);
    }

    [Fact]
    public async Task TruncatedUtf8SequenceAtEndIsInvalid()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("potong.txt", [(byte)'a', 0xE2, 0x82]);
        Assert.Equal($"{path}: not valid UTF-8 (byte 0xE2 at offset 1)", Assert.Single(await Read([path])).Problem!.ToString());
    }

    [Fact]
    public async Task BomIsSkipped()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Halo."u8.ToArray()]);
        Assert.Equal("Halo.", Assert.Single(await Read([path])).Article!.Text);
    }

    [Fact]
    public async Task EmptyFilesAreReported()
    {
        using var dir = new TempDir();
        var txt = dir.File("kosong.txt", "  \n");
        var jsonl = dir.File("kosong.jsonl", "\n\n");
        var items = await Read([txt, jsonl]);
        Assert.Equal([$"{txt}: empty file", $"{jsonl}: empty file"], items.Select(i => i.Problem!.ToString()));
    }

    [Fact]
    public async Task MissingPathIsReportedAndOthersStillRead()
    {
        using var dir = new TempDir();
        var ok = dir.File("ada.txt", "Ada.");
        var missing = Path.Combine(dir.Path, "tidak-ada.txt");
        var items = await Read([missing, ok]);
        Assert.Equal($"{missing}: no such file or directory", items[0].Problem!.ToString());
        Assert.Equal("ada", items[1].Article!.Id);
    }

    [Fact]
    public async Task DirectoriesAreWalkedRecursivelyInOrderPickingKnownExtensions()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "B.");
        dir.File("a.txt", "A.");
        dir.File("sub/c.jsonl", "{\"text\":\"C.\"}");
        dir.File("sub/deeper/d.txt", "D.");
        dir.File("notes.md", "ignored");
        dir.File(".hidden.txt", "ignored");
        var items = await Read([dir.Path]);
        Assert.Equal(["a", "b", "c:1", "d"], items.Select(i => i.Article!.Id));
    }

    [Fact]
    public async Task BadDateKeepsTheArticleAndSaysSo()
    {
        using var dir = new TempDir();
        var path = dir.File("d.jsonl", "{\"text\":\"x\",\"date\":\"kemarin\"}");
        var items = await Read([path]);
        Assert.Equal(2, items.Count);
        Assert.Contains("\"kemarin\" is not a date", items[0].Problem!.Message);
        Assert.Null(items[1].Article!.PublicationDate);
    }

    [Fact]
    public async Task JsonFileHoldsAnArrayOrOneObject()
    {
        using var dir = new TempDir();
        var arr = dir.File("arr.json", "[{\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]");
        var one = dir.File("one.json", "{\"text\":\"C\"}");
        var items = await Read([arr, one]);
        Assert.Equal(["arr:1", "b", "one"], items.Select(i => i.Article!.Id));
    }

    [Fact]
    public async Task StdinPlainTextIsOneArticle()
    {
        var items = await Read(["-"], new StringReader("\nBerita dari stdin.\nBaris dua.\n"));
        var a = Assert.Single(items).Article!;
        Assert.Equal("stdin", a.Id);
        Assert.Contains("Baris dua.", a.Text);
    }

    [Fact]
    public async Task StdinJsonlIsReadLineByLine()
    {
        var items = await Read(["-"], new StringReader("{\"text\":\"a\"}\nbukan json\n{\"text\":\"c\",\"id\":\"c\"}\n"));
        Assert.Equal("stdin:1", items[0].Article!.Id);
        Assert.Equal("stdin:2", items[1].Problem!.Origin);
        Assert.Equal("c", items[2].Article!.Id);
    }

    [Fact]
    public async Task EmptyStdinIsReported()
    {
        Assert.Equal("stdin: empty input", Assert.Single(await Read(["-"], new StringReader(""))).Problem!.ToString());
    }

    [Fact]
    public async Task LargeJsonlIsStreamed()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "besar.jsonl");
        await using (var w = new StreamWriter(path))
            for (var i = 0; i < 20_000; i++)
                await w.WriteLineAsync($"{{\"id\":\"n{i}\",\"text\":\"Berita nomor {i}.\"}}");
        var count = 0;
        await foreach (var item in ArticleReader.ReadAsync([path], ct: TestContext.Current.CancellationToken))
        {
            Assert.Equal($"n{count}", item.Article!.Id);
            count++;
        }
        Assert.Equal(20_000, count);
    }
}

public class PublicationDatesTests
{
    [Theory]
    [InlineData("2021-10-23", 2021, 10, 23)]
    [InlineData("2025-06-18T14:05+07:00", 2025, 6, 18)]
    [InlineData("2021-10-23T23:59:59.123Z", 2021, 10, 23)]
    [InlineData("2021-10-23 08:00:00", 2021, 10, 23)]
    [InlineData("20211023", 2021, 10, 23)]
    [InlineData("Sat, 23 Oct 2021 22:00:00 -0500", 2021, 10, 23)]
    public void Parses(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), PublicationDates.Parse(value));

    [Theory]
    [InlineData("")]
    [InlineData("kemarin")]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-30")]
    [InlineData("10/11/2021")]
    public void RejectsWhatIsNotADate(string value) => Assert.Null(PublicationDates.Parse(value));
}
