namespace Warta.Ingest.Inputs;

/// <summary>
/// Size caps on what is read, so that an endless input (<c>/dev/zero</c>), a lying length field or a compression bomb
/// ends in a message instead of exhausting memory. Every cap is far above what a real article or page needs.
/// </summary>
public static class InputLimits
{
    /// <summary>One article's text: a plain-text file, a JSONL line, standard input.</summary>
    public const int MaxArticleBytes = 4 * 1024 * 1024;

    /// <summary>One web page: a saved page after decompression, a WARC record's block.</summary>
    public const int MaxPageBytes = 16 * 1024 * 1024;

    /// <summary>A .json file (one object or an array of articles), read whole.</summary>
    public const int MaxJsonFileBytes = 256 * 1024 * 1024;

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes of a stream; null when it holds more (the rest is not read).
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > limit) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>A file's bytes up to <paramref name="limit"/>; null when it is larger (devices and pipes are read the same way).</summary>
    public static async Task<byte[]?> ReadFileAtMostAsync(string path, int limit, CancellationToken ct)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAtMostAsync(stream, limit, ct).ConfigureAwait(false);
        }
    }
}
