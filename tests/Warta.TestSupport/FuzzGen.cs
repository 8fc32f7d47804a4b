using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Warta.TestSupport;

/// <summary>
/// FsCheck generators of hostile input for the property tests: any UTF-16 text (lone surrogates, controls, bidi
/// overrides, NUL), news-like text built from words, dates, brackets and markers the coder reacts to, and raw bytes.
/// <see cref="Runs"/> scales the number of cases with WARTA_FUZZ_SCALE (default 1) for long runs.
/// </summary>
public static class FuzzGen
{
    /// <summary>Pieces the cleaner, segmenter and coder react to, mixed with hostile ones.</summary>
    private static readonly string[] Pieces =
    [
        "Presiden", "Joko Widodo", "bertemu", "Rusia", "menyerang", "Amerika Serikat", "di", "Jakarta", "pada", "oleh",
        "tidak", "akan", "kedua negara", "negara itu", "ia", "mereka", "mengecam", "serangan", "Menteri Luar Negeri", "PBB",
        "NATO", "The", "United States", "condemned", "strike", "on Monday", "Senin (12/3/2024)", "Rabu (18/6/2926)",
        "(20/10)", "Ramadan", "1 Syawal 1445 H", "31/12/9999", "99/99/9999", "0/0/0", "tahun 2021", "awal Oktober",
        "pukul 10.00 WIB", "kemarin", "Jl.", "Dr.", "George W. Bush", "Baca Juga:", "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT", "[abc]", "(rin/abc)", "Jakarta, CNN Indonesia --", "\"", "\u201C", "\u201D", "'", "(", ")", "[", "]",
        ",", ".", "...", "?!", ":", ";", "-", "\u2014", "/", "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u00A0", "\u200B",
        "\u202E", "\u001B[2J", "\u0000", "\uD800", "\uDFFF", "\uFFFD", "\uFEFF", "\U0001F600", "-nya", "Putindi", "RusiaVladimir",
        "https://x.test/a?b=c", "@user", "#tag", "Rp 1.000.000", "12.000", "2021", "1945", "Ⅻ", "٣", "中国", "Россия",
    ];

    /// <summary>Any string: arbitrary UTF-16 code units, including lone surrogates, controls and NUL.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0x20, 0x7E)), (1, Gen.Choose(0, 0x1F)), (1, Gen.Choose(0x80, 0xFFFF))))
            .Select(codes => new string(codes.Select(c => (char)c).ToArray()));

    /// <summary>News-like text from the pieces above, joined with or without spaces.</summary>
    public static Gen<string> NewsLike { get; } =
        Gen.ArrayOf(Gen.Elements(Pieces)).Zip(Gen.Elements(" ", "", "\n"), (parts, sep) => string.Join(sep, parts));

    /// <summary>One long token or one long run of a piece (no spaces for the tokenizer to rest on).</summary>
    public static Gen<string> Long { get; } =
        Gen.Elements(Pieces).Zip(Gen.Choose(500, 5_000), (p, n) => new StringBuilder(p.Length * n).Insert(0, p, n).ToString());

    /// <summary>Hostile text of every kind above.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency((4, NewsLike), (3, AnyText), (1, Long));

    /// <summary>Raw bytes, or the UTF-8/UTF-16 bytes of hostile text.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.OneOf(
        Gen.ArrayOf(Gen.Choose(0, 255)).Select(b => b.Select(x => (byte)x).ToArray()),
        Text.Select(t => Encoding.UTF8.GetBytes(t)),
        Text.Select(t => Encoding.Unicode.GetBytes(t)));

    /// <summary>The number of cases for a property: <paramref name="normal"/> × WARTA_FUZZ_SCALE.</summary>
    public static int Runs(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("WARTA_FUZZ_SCALE"), out var scale) && scale > 0 ? normal * scale : normal;

    /// <summary>Checks <paramref name="property"/> for <paramref name="runs"/> cases; a failing case throws with the input shrunk.</summary>
    public static void Check<T>(Gen<T> gen, int runs, Action<T> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs(runs)).WithQuietOnSuccess(true),
            Prop.ForAll(gen.ToArbitrary(), (T value) => { property(value); return true; }));
}
