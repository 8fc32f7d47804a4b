namespace Warta.Ingest.Inputs;

/// <summary>One line of a byte stream, without its line terminator.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Offset">Byte offset of the line's first byte in the stream.</param>
/// <param name="Bytes">The line's bytes ("\n" and a trailing "\r" removed).</param>
/// <param name="TooLong">The line is longer than the reader's cap; its bytes were not kept.</param>
public readonly record struct ByteLine(int Number, long Offset, ReadOnlyMemory<byte> Bytes, bool TooLong = false);

/// <summary>Splits a stream into lines of bytes, streaming, so that each line is decoded and judged on its own.</summary>
public static class ByteLines
{
    /// <summary>
    /// Reads lines lazily; the memory of a line is valid until the next one is requested. A line longer than
    /// <paramref name="maxLine"/> bytes comes back empty with <see cref="ByteLine.TooLong"/> set (memory stays bounded);
    /// reading stops after a run of <paramref name="maxRun"/> bytes without a line break (an endless input).
    /// </summary>
    public static async IAsyncEnumerable<ByteLine> ReadAsync(Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default,
        int maxLine = InputLimits.MaxArticleBytes, long maxRun = InputLimits.MaxJsonFileBytes)
    {
        var tooLong = false;
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var number = 1;
        long offset = 0, lineStart = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                if (!tooLong && line.Length + (i - start) > maxLine) tooLong = true;
                if (!tooLong) line.Write(buffer, start, i - start);
                yield return tooLong ? new ByteLine(number++, lineStart, ReadOnlyMemory<byte>.Empty, true) : new ByteLine(number++, lineStart, Trim(line));
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
                lineStart = offset + i + 1;
            }
            if (!tooLong && line.Length + (n - start) > maxLine) { tooLong = true; line.SetLength(0); }
            if (!tooLong) line.Write(buffer, start, n - start);
            offset += n;
            if (tooLong && offset - lineStart > maxRun) break;
        }
        if (tooLong) yield return new ByteLine(number, lineStart, ReadOnlyMemory<byte>.Empty, true);
        else if (line.Length > 0) yield return new ByteLine(number, lineStart, Trim(line));
    }

    private static ReadOnlyMemory<byte> Trim(MemoryStream line)
    {
        var mem = new ReadOnlyMemory<byte>(line.GetBuffer(), 0, (int)line.Length);
        return mem.Length > 0 && mem.Span[^1] == (byte)'\r' ? mem[..^1] : mem;
    }
}
