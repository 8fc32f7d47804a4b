namespace Warta.Core;

/// <summary>An input that could not be read as an article; reported, never fatal for the run.</summary>
/// <param name="Origin">File and line ("dump.jsonl:7") or path.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="ArticleKept">
/// The article was read all the same (a "date" that is no date, an unknown "lang"): a note for the user, not a skipped
/// input; it does not make a run fail.
/// </param>
public sealed record InputProblem(string Origin, string Message, bool ArticleKept = false)
{
    /// <summary>"origin: message", with control characters escaped: input bytes never reach the terminal raw.</summary>
    public override string ToString() => Printable.Escape($"{Origin}: {Message}");
}

/// <summary>Text from an input made safe to print on a terminal.</summary>
public static class Printable
{
    /// <summary>
    /// Control characters (C0 but tab, DEL, C1), which can retitle or clear a terminal (ESC sequences), become visible
    /// escapes such as "\x1B"; so do bidirectional overrides, which can reorder what is shown.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Safe)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\t' || !IsUnsafe(c)) sb.Append(c);
            else if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool IsUnsafe(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static readonly System.Buffers.SearchValues<char> Safe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c == '\t' || !IsUnsafe(c)).ToArray());
}

/// <summary>One item read from an input: an article, or the problem that replaced it.</summary>
public readonly record struct InputItem(Article? Article, InputProblem? Problem)
{
    public static InputItem Of(Article article) => new(article, null);
    public static InputItem Fail(string origin, string message) => new(null, new InputProblem(origin, message));

    /// <summary>A note about an article that is read all the same (it follows as its own item).</summary>
    public static InputItem Note(string origin, string message) => new(null, new InputProblem(origin, message, ArticleKept: true));
}
