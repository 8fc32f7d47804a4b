using System.IO.Compression;
using System.Text;

namespace Warta.Fuzz;

/// <summary>What reading a generated input must give.</summary>
public enum Expectation
{
    /// <summary>At least one message names the file (its good lines or records, if any, are still coded).</summary>
    Problem,

    /// <summary>The file is read as articles, or named in a message: never lost in silence.</summary>
    Either,

    /// <summary>A good article: it must be coded.</summary>
    Article,
}

/// <summary>One generated input file.</summary>
/// <param name="Name">File name (its extension decides the reader).</param>
/// <param name="Kind">What is wrong with it ("random-bytes", "utf16-no-bom", …, "good-text").</param>
/// <param name="GoodIds">Ids of the good articles inside it, which must be coded (they all hold a codable event).</param>
public sealed record GeneratedInput(string Name, string Kind, byte[] Bytes, Expectation Expect, IReadOnlyList<string> GoodIds);

/// <summary>
/// Generates malformed inputs for the readers and the coder, deterministically from a seed: random bytes, invalid
/// UTF-8, UTF-16 without a byte-order mark, NUL bytes, JSON that is not text or not an object, truncated JSON, lying
/// charsets, deeply nested elements, truncated and bomb-like gzip, WARC records with wrong lengths, empty files, control
/// characters — with good articles among them. Large inputs (a 20 MB line, 100,000 nested elements, a gzip expanding to
/// 20 MB) come in sets: one set first, then one more per 5,000 inputs. All text is written here; nothing is copied.
/// </summary>
public static class MalformedInputs
{
    /// <summary>Sentences that each give at least one event (written for these tests).</summary>
    public static readonly string[] GoodSentences =
    [
        "Jakarta, Selasa (12/3/2024) -- Presiden Indonesia Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo untuk membahas kerja sama pertahanan.",
        "Menteri Luar Negeri Rusia mengecam serangan udara Israel terhadap Suriah pada Senin (11/3/2024).",
        "The United States condemned the Russian missile strike on Ukraine on Monday.",
    ];

    private const int HugeBytes = 20 * 1024 * 1024;
    private const int HugeNesting = 100_000;

    private delegate GeneratedInput Maker(Random rnd, string stem);

    private static readonly (string Kind, Maker Make)[] Small =
    [
        ("random-bytes", (r, s) => Bad(s + ".txt", "random-bytes", [0xFF, .. RandomBytes(r, r.Next(1, 4096))])),
        ("invalid-utf8", (r, s) => Bad(s + ".txt", "invalid-utf8", Insert(r, Utf8(Sentence(r)), [0xC3, 0x28]))),
        ("overlong-utf8", (r, s) => Bad(s + ".txt", "overlong-utf8", Insert(r, Utf8(Sentence(r)), [0xC0, 0xAF]))),
        ("encoded-surrogate", (r, s) => Bad(s + ".txt", "encoded-surrogate", Insert(r, Utf8(Sentence(r)), [0xED, 0xA0, 0x80]))),
        ("utf16-no-bom", (r, s) => Bad(s + ".txt", "utf16-no-bom", Encoding.Unicode.GetBytes(Sentence(r)))),
        ("utf16be-no-bom", (r, s) => Bad(s + ".txt", "utf16be-no-bom", Encoding.BigEndianUnicode.GetBytes(Sentence(r)))),
        ("nul-bytes", (r, s) => Bad(s + ".txt", "nul-bytes", Insert(r, Utf8(Sentence(r)), [0]))),
        ("empty", (_, s) => Bad(s + ".txt", "empty", [])),
        ("blank", (r, s) => Bad(s + ".txt", "blank", Utf8(new string(' ', r.Next(1, 50)) + "\n\t\r\n"))),
        ("jsonl-mixed", JsonlMixed),
        ("jsonl-deep-array", (r, s) => JsonlWithGood(r, s, "jsonl-deep-array", new string('[', r.Next(100, 5000)))),
        ("jsonl-deep-object", (r, s) => JsonlWithGood(r, s, "jsonl-deep-object", string.Concat(Enumerable.Repeat("{\"a\":", r.Next(100, 3000))))),
        ("json-truncated", (r, s) => Bad(s + ".json", "json-truncated", Cut(r, Utf8($"[{{\"text\": \"{Sentence(r)}\"}}, {{\"text\": \"{Sentence(r)}\"}}]")))),
        ("json-wrong-types", (r, s) => Bad(s + ".json", "json-wrong-types", Utf8(r.Next(4) switch
        {
            0 => "{\"text\": 42}",
            1 => "[1, \"dua\", null, {\"text\": [\"x\"]}]",
            2 => "{\"text\": \"\\udc00\"}",
            _ => "\"just a string\"",
        }))),
        ("html-lying-charset", HtmlLyingCharset),
        ("html-random", (r, s) => new GeneratedInput(s + ".html", "html-random", RandomBytes(r, r.Next(1, 8192)), Expectation.Either, [])),
        ("html-nested", (r, s) => new GeneratedInput(s + ".html", "html-nested", Utf8(Nested(r.Next(500, 5000), Sentence(r))), Expectation.Either, [])),
        ("html-gzip-truncated", (r, s) => new GeneratedInput(s + ".html.gz", "html-gzip-truncated", CutGzip(r, Gzip(Utf8(Page(Sentence(r))))), Expectation.Either, [])),
        ("html-gzip-not-gzip", (r, s) => Bad(s + ".html.gz", "html-gzip-not-gzip", [0x1F, 0x8B, .. RandomBytes(r, r.Next(0, 512))])),
        ("warc-length-too-long", (r, s) => WarcWithGood(r, s, "warc-length-too-long", block => block.Length + r.Next(1, 100_000))),
        ("warc-length-too-short", (r, s) => WarcWithGood(r, s, "warc-length-too-short", block => Math.Max(0, block.Length - r.Next(1, block.Length)))),
        ("warc-length-negative", (r, s) => WarcWithGood(r, s, "warc-length-negative", _ => -r.Next(1, 1000))),
        ("warc-length-huge", (r, s) => WarcWithGood(r, s, "warc-length-huge", _ => 2_000_000_000L + r.Next())),
        ("warc-random", (r, s) => Bad(s + ".warc", "warc-random", RandomBytes(r, r.Next(1, 4096)))),
        ("warc-gz-truncated", (r, s) => Bad(s + ".warc.gz", "warc-gz-truncated", CutGzip(r, Gzip([.. GoodWarcRecord(r), .. GoodWarcRecord(r)], CompressionLevel.NoCompression)))),
        ("control-characters", (r, s) => Good(s + ".txt", "control-characters", "\u001b]0;owned\u0007\u001b[2J\u202e" + Sentence(r) + "\u001b[0m")),
        ("good-text", (r, s) => Good(s + ".txt", "good-text", Sentence(r))),
        ("good-jsonl", (r, s) => new GeneratedInput(s + ".jsonl", "good-jsonl",
            Utf8(string.Join('\n', Enumerable.Range(1, 3).Select(i => Json(s + "-" + i, Sentence(r))))), Expectation.Article,
            [.. Enumerable.Range(1, 3).Select(i => s + "-" + i)])),
    ];

    private static readonly (string Kind, Maker Make)[] Huge =
    [
        ("jsonl-20mb-line", (r, s) => JsonlWithGood(r, s, "jsonl-20mb-line", Json("long", new string('a', HugeBytes)))),
        ("text-20mb", (r, s) => Bad(s + ".txt", "text-20mb", Utf8(string.Concat(Enumerable.Repeat(Sentence(r) + " ", HugeBytes / 90))))),
        ("html-100k-nested", (r, s) => new GeneratedInput(s + ".html", "html-100k-nested", Utf8(Nested(HugeNesting, Sentence(r))), Expectation.Either, [])),
        ("jsonl-100k-nested", (r, s) => JsonlWithGood(r, s, "jsonl-100k-nested", new string('[', HugeNesting) + new string(']', HugeNesting))),
        ("html-gzip-bomb", (_, s) => Bad(s + ".html.gz", "html-gzip-bomb", Gzip(new byte[HugeBytes]))),
        ("warc-gzip-bomb", (r, s) => Bad(s + ".warc.gz", "warc-gzip-bomb", Gzip(WarcRecord("resource", "text/html", new byte[HugeBytes], HugeBytes)))),
    ];

    /// <summary>The kinds generated, small then large.</summary>
    public static IEnumerable<string> Kinds => Small.Select(k => k.Kind).Concat(Huge.Select(k => k.Kind));

    /// <summary><paramref name="count"/> inputs from <paramref name="seed"/>; with <paramref name="huge"/>, sets of large ones among them.</summary>
    public static IEnumerable<GeneratedInput> Generate(int count, int seed = 1, bool huge = true)
    {
        var rnd = new Random(seed);
        var hugeLeft = 0;
        for (var i = 0; i < count; i++)
        {
            if (huge && i % 5000 == 0) hugeLeft = Huge.Length;
            var stem = $"f{i:D5}";
            if (hugeLeft > 0)
            {
                yield return Huge[Huge.Length - hugeLeft--].Make(rnd, stem);
                continue;
            }
            yield return Small[rnd.Next(Small.Length)].Make(rnd, stem);
        }
    }

    /// <summary>Writes the inputs into <paramref name="folder"/> and a manifest (name, kind, expectation, good ids).</summary>
    public static IReadOnlyList<GeneratedInput> Write(string folder, IEnumerable<GeneratedInput> inputs)
    {
        Directory.CreateDirectory(folder);
        var written = new List<GeneratedInput>();
        var manifest = new StringBuilder("# name\tkind\texpect\tgood ids\n");
        foreach (var input in inputs)
        {
            File.WriteAllBytes(Path.Combine(folder, input.Name), input.Bytes);
            var goodIds = string.Join(",", input.GoodIds);
            manifest.Append($"{input.Name}\t{input.Kind}\t{input.Expect}\t{goodIds}\n");
            // The bytes are not kept: 10,000 inputs with their large ones would hold hundreds of MB.
            written.Add(input with { Bytes = [] });
        }
        File.WriteAllText(Path.Combine(folder, "manifest.tsv"), manifest.ToString());
        return written;
    }

    private static GeneratedInput Bad(string name, string kind, byte[] bytes) => new(name, kind, bytes, Expectation.Problem, []);

    private static GeneratedInput Good(string name, string kind, string text) =>
        new(name, kind, Utf8(text), Expectation.Article, [name[..name.IndexOf('.')]]);

    private static GeneratedInput JsonlMixed(Random r, string s)
    {
        List<byte[]> lines =
        [
            Utf8("{\"text\": \"\\ud800\"}"),
            Utf8(r.Next(3) switch { 0 => "42", 1 => "null", _ => "[{\"text\": \"x\"}]" }),
            Utf8($"{{\"text\": \"{Sentence(r)}"),
            [0xFF, .. RandomBytes(r, r.Next(1, 200)).Where(b => b != (byte)'\n')],
            Utf8("{\"id\": 7}"),
            Utf8("{\"text\": \"   \"}"),
        ];
        var good = s + "-good";
        lines.Insert(r.Next(lines.Count + 1), Utf8(Json(good, Sentence(r))));
        return new GeneratedInput(s + ".jsonl", "jsonl-mixed", Join(lines), Expectation.Problem, [good]);
    }

    private static GeneratedInput JsonlWithGood(Random r, string s, string kind, string badLine)
    {
        var good = s + "-good";
        return new GeneratedInput(s + ".jsonl", kind, Utf8(badLine + "\n" + Json(good, Sentence(r)) + "\n"), Expectation.Problem, [good]);
    }

    private static GeneratedInput HtmlLyingCharset(Random r, string s)
    {
        var page = Page(Sentence(r));
        byte[] bytes = r.Next(3) switch
        {
            // Declared UTF-8, one Latin-1 byte inside.
            0 => Insert(r, Utf8(page.Replace("<head>", "<head><meta charset=\"utf-8\">")), [0xE9]),
            // Declared Shift_JIS, written in UTF-8.
            1 => Utf8(page.Replace("<head>", "<head><meta charset=\"shift_jis\">") + "<p>Dunia — “kutipan”</p>"),
            // Declared a charset that does not exist.
            _ => Utf8(page.Replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-nonsense-9\">")),
        };
        return new GeneratedInput(s + ".html", "html-lying-charset", bytes, Expectation.Either, []);
    }

    private static GeneratedInput WarcWithGood(Random r, string s, string kind, Func<byte[], long> length)
    {
        // A good record first (its article must be coded), then the record whose Content-Length lies.
        var first = GoodWarcRecord(r);
        var block = Utf8(Page(Sentence(r)));
        return new GeneratedInput(s + ".warc", kind, [.. first, .. WarcRecord("resource", "text/html", block, length(block))],
            Expectation.Problem, [s + "@0"]);
    }

    private static byte[] GoodWarcRecord(Random r)
    {
        var body = Utf8(Page(Sentence(r)));
        return WarcRecord("resource", "text/html; charset=utf-8", body, body.Length);
    }

    private static byte[] WarcRecord(string type, string contentType, byte[] block, long declaredLength) =>
    [
        .. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: https://kabar.contoh.test/a\r\n" +
                                   $"Content-Type: {contentType}\r\nContent-Length: {declaredLength}\r\n\r\n"),
        .. block,
        .. "\r\n\r\n"u8,
    ];

    private static string Page(string sentence) =>
        "<html><head><title>Berita</title></head><body><article>" +
        string.Concat(Enumerable.Repeat($"<p>{sentence}</p>", 3)) + "</article></body></html>";

    private static string Nested(int depth, string sentence) =>
        "<html><body><p>" + sentence + "</p>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "kata</body></html>";

    private static string Json(string id, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });

    private static string Sentence(Random r) => GoodSentences[r.Next(GoodSentences.Length)];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] RandomBytes(Random r, int n)
    {
        var b = new byte[n];
        r.NextBytes(b);
        return b;
    }

    private static byte[] Insert(Random r, byte[] bytes, byte[] bad)
    {
        var at = r.Next(bytes.Length + 1);
        return [.. bytes[..at], .. bad, .. bytes[at..]];
    }

    private static byte[] Cut(Random r, byte[] bytes) => bytes[..r.Next(1, Math.Max(2, bytes.Length - 1))];

    /// <summary>Cut before the gzip trailer (8 bytes of checksum and length) and the last compressed block.</summary>
    private static byte[] CutGzip(Random r, byte[] bytes) => bytes[..r.Next(1, Math.Max(2, bytes.Length - 24))];

    private static byte[] Join(List<byte[]> lines) => lines.SelectMany(l => l.Append((byte)'\n')).ToArray();

    /// <summary>
    /// Gzip of the bytes. A truncated archive is stored uncompressed, so that cutting it always cuts its records: cut
    /// compressed data can still hold every record whole (a gzip stream without its end is not refused by .NET).
    /// </summary>
    private static byte[] Gzip(byte[] bytes, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, level, leaveOpen: true)) gz.Write(bytes);
        return packed.ToArray();
    }
}
