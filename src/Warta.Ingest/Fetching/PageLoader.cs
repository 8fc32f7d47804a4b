using System.IO.Compression;
using Warta.Ingest.Html;

namespace Warta.Ingest.Fetching;

/// <summary>A page's decoded HTML, or why there is none.</summary>
public sealed record LoadedPage(string? Html, string? Url, string? Charset, string? Error);

/// <summary>Loads one page from a file (.html, .htm, optionally gzip-compressed) or an http(s) URL, decoding its charset.</summary>
public static class PageLoader
{
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static async Task<LoadedPage> LoadAsync(string input, CancellationToken ct = default, PageFetcher? fetcher = null)
    {
        if (IsUrl(input))
        {
            var own = fetcher is null;
            fetcher ??= new PageFetcher();
            try
            {
                var result = await fetcher.FetchAsync(input, null, ct).ConfigureAwait(false);
                return FromFetch(result);
            }
            finally
            {
                if (own) fetcher.Dispose();
            }
        }
        if (!File.Exists(input)) return new LoadedPage(null, null, null, "no such file");
        byte[] bytes;
        try
        {
            // Capped before and after decompression: a gzip bomb or an endless file ends in a message, not in memory.
            bytes = await Inputs.InputLimits.ReadFileAtMostAsync(input, Inputs.InputLimits.MaxPageBytes, ct).ConfigureAwait(false)
                    ?? throw new InvalidDataException(Inputs.InputMessages.TooLong(Inputs.InputLimits.MaxPageBytes));
            if (input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                bytes = await Inputs.InputLimits.ReadAtMostAsync(gz, Inputs.InputLimits.MaxPageBytes, ct).ConfigureAwait(false)
                        ?? throw new InvalidDataException(Inputs.InputMessages.DecompressedTooLong(Inputs.InputLimits.MaxPageBytes));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new LoadedPage(null, null, null, "cannot be read: " + e.Message);
        }
        return Decode(bytes, null, null);
    }

    /// <summary>The page of a fetch result, or its error.</summary>
    public static LoadedPage FromFetch(FetchResult result)
    {
        if (!result.IsOk) return new LoadedPage(null, result.Url, null, result.Error ?? result.Status.ToString());
        return Decode(result.Body!, HtmlDecoding.CharsetOfContentType(result.ContentType), result.Url);
    }

    public static LoadedPage Decode(byte[] bytes, string? httpCharset, string? url)
    {
        if (bytes.Length == 0) return new LoadedPage(null, url, null, "empty page");
        return HtmlDecoding.TryDecode(bytes, httpCharset, out var page, out var error)
            ? new LoadedPage(page.Text, url, page.Charset, null)
            : new LoadedPage(null, url, null, error);
    }
}
