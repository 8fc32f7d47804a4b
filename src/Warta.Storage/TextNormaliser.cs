using System.Security.Cryptography;
using System.Text;

namespace Warta.Storage;

/// <summary>Normalises article text for duplicate detection: lower case, whitespace collapsed, trimmed.</summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Hex SHA-256 of the normalised text.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));

    /// <summary>Short hex digest of any key (the first 16 hex digits of its SHA-256).</summary>
    public static string ShortHash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
