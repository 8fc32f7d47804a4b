namespace Warta.Text.Syntax;

/// <summary>
/// What the tagger and parser see of each token: the hashed normalised word (lower case, digits
/// as 0, one kind of quote and dash), its prefixes and suffixes, and a shape computed from the
/// original form (capitalisation is the best evidence for a proper noun).
/// </summary>
internal sealed class TokenAtoms
{
    public const int Affixes = 4;

    public readonly int Count;
    public readonly long[] Word;
    public readonly int[] Shape;
    /// <summary>Prefix[k][i]: the first k+1 characters of token i's normalised form.</summary>
    public readonly long[][] Prefix = new long[Affixes][];
    public readonly long[][] Suffix = new long[Affixes][];
    /// <summary>PunctBefore[i]: how many punctuation tokens precede token i (length Count + 1).</summary>
    public readonly int[] PunctBefore;

    public TokenAtoms(IReadOnlyList<string> forms)
    {
        Count = forms.Count;
        Word = new long[Count];
        Shape = new int[Count];
        PunctBefore = new int[Count + 1];
        for (var k = 0; k < Affixes; k++)
        {
            Prefix[k] = new long[Count];
            Suffix[k] = new long[Count];
        }
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < Count; i++)
        {
            var form = forms[i] ?? "";
            var norm = form.Length <= buffer.Length ? buffer[..form.Length] : new char[form.Length];
            Normalise(form, norm);
            Word[i] = FeatureHash.Chars(norm);
            Shape[i] = ShapeOf(form);
            PunctBefore[i + 1] = PunctBefore[i] + (Shape[i] == PunctShape ? 1 : 0);
            for (var k = 0; k < Affixes; k++)
            {
                var len = Math.Min(k + 1, norm.Length);
                Prefix[k][i] = FeatureHash.Chars(norm[..len]);
                Suffix[k][i] = FeatureHash.Chars(norm[(norm.Length - len)..]);
            }
        }
    }

    /// <summary>Lower case; digits become 0; curly quotes and dashes become their plain forms.</summary>
    internal static void Normalise(ReadOnlySpan<char> form, Span<char> into)
    {
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            into[i] = c switch
            {
                >= '0' and <= '9' => '0',
                '\u2018' or '\u2019' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    public const int PunctShape = 7;

    /// <summary>
    /// 0 lower-case word, 1 capitalised, 2 all capitals, 3 other mixed case, 4 digits, 5 digits and
    /// letters, 6 digits and punctuation, 7 punctuation or symbols; +8 when a word has a hyphen inside.
    /// </summary>
    internal static int ShapeOf(string form)
    {
        int upper = 0, lower = 0, digit = 0, other = 0;
        var hyphen = false;
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            if (char.IsUpper(c)) upper++;
            else if (char.IsLetter(c)) lower++;
            else if (char.IsDigit(c)) digit++;
            else
            {
                other++;
                if (c == '-' && i > 0 && i < form.Length - 1) hyphen = true;
            }
        }
        var letters = upper + lower;
        int shape;
        if (letters == 0 && digit == 0) shape = 7;
        else if (letters == 0) shape = other == 0 ? 4 : 6;
        else if (digit > 0) shape = 5;
        else if (upper == 0) shape = 0;
        else if (lower == 0) shape = letters == 1 ? 1 : 2;
        else shape = char.IsUpper(form[0]) && upper == 1 ? 1 : char.IsUpper(form[0]) && hyphen ? 1 : 3;
        return hyphen && letters > 0 ? shape + 8 : shape;
    }
}
