using System.Globalization;
using Warta.Core;

namespace Warta.Text.Tokens;

/// <summary>
/// Splits text into word, number and punctuation tokens, each a span of the original text.
/// Language-neutral: letters (with inner apostrophes) form words, digits with inner '.' or ','
/// form numbers, every other non-space character is its own token. Hyphens are separate tokens,
/// so "al-Qaeda" and "Asia-Pasifik" match lexicon phrases tokenised the same way.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new Span(0, text.Length));

    public static List<Token> Tokenize(string text, Span range)
    {
        var tokens = new List<Token>(Math.Max(4, range.Length / 6));
        Tokenize(text, range, tokens);
        return tokens;
    }

    public static void Tokenize(string text, Span range, List<Token> into)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            var start = i;
            if (char.IsLetter(c) || IsMark(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    // Scraped text glues words: "RusiaVladimir" is two words (a lower-case letter then a capital).
                    if (char.IsUpper(d) && char.IsLower(text[i - 1]) && i - start >= 2 && i + 1 < end && char.IsLower(text[i + 1])) break;
                    // ... "RIPrabowo" an acronym then a name (the last capital of a run of capitals starts the name) ...
                    if (char.IsUpper(d) && i - start >= 2 && char.IsUpper(text[i - 1]) && char.IsUpper(text[i - 2])
                        && i + 2 < end && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2]) && UpperRun(text, start, i)) break;
                    // ... and "dilansirAFP" is a word then an acronym (but "eKTP", "iPhone" keep their one-letter prefix).
                    if (char.IsUpper(d) && i - start >= 3 && LowerRun(text, start, i) && i + 1 < end && char.IsUpper(text[i + 1])) break;
                    if (char.IsLetterOrDigit(d) || IsMark(d)) { i++; continue; }
                    // inner apostrophe: Ma'ruf, O'Brien; but a possessive "'s" is a token of its own (Japan's → Japan 's)
                    if (IsApostrophe(d) && i + 1 < end && char.IsLetter(text[i + 1])
                        && !(text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))) { i += 2; continue; }
                    break;
                }
                into.Add(new Token(new Span(start, i), Lower(text, start, i), TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsDigit(d)) { i++; continue; }
                    if ((d == '.' || d == ',') && i + 1 < end && char.IsDigit(text[i + 1])) { i += 2; continue; }
                    if (char.IsLetter(d)) { i++; continue; } // 10km, 2an, G20 stays a word below
                    break;
                }
                var kind = HasLetter(text, start, i) ? TokenKind.Word : TokenKind.Number;
                into.Add(new Token(new Span(start, i), Lower(text, start, i), kind));
            }
            else
            {
                i++;
                var kind = char.IsPunctuation(c) ? TokenKind.Punct : TokenKind.Symbol;
                into.Add(new Token(new Span(start, i), NormalisePunct(c), kind));
            }
        }
    }

    /// <summary>Tokenises a lexicon phrase into its normalised forms (the same rules as text).</summary>
    public static string[] Normalise(string phrase) => Tokenize(phrase).Select(t => t.Norm).ToArray();

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    private static bool HasLetter(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsLetter(text[k])) return true;
        return false;
    }

    private static string Lower(string text, int start, int end)
    {
        var length = end - start;
        // Fast path: already lower-case ASCII without apostrophe variants.
        var plain = true;
        for (var k = start; k < end && plain; k++)
        {
            var c = text[k];
            if (c >= 128 || char.IsUpper(c) || c == '`' ) plain = false;
        }
        if (plain) return text.Substring(start, length);
        return string.Create(length, (text, start), static (dst, s) =>
        {
            for (var k = 0; k < dst.Length; k++)
            {
                var c = s.text[s.start + k];
                dst[k] = c is '\u2019' or '`' ? '\'' : char.ToLowerInvariant(c);
            }
        });
    }

    private static string NormalisePunct(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => "\"",
        '\u2018' or '\u2019' or '`' => "'",
        '\u2013' or '\u2014' or '\u2012' or '\u2212' => "-",
        _ => c.ToString(),
    };

    private static bool LowerRun(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!char.IsLower(text[k])) return false;
        return true;
    }

    private static bool UpperRun(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!char.IsUpper(text[k])) return false;
        return true;
    }
}
