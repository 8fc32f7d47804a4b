using System.IO.Compression;
using System.Text;

namespace Warta.Ingest.Warc;

/// <summary>
/// Reads WARC files (ISO 28500, versions 1.0 and 1.1), plain or gzip-compressed with one member per record or
/// one for the whole file (CC-NEWS publishes concatenated members; .NET's GZipStream reads them in sequence).
/// Offsets are those of the uncompressed stream.
/// </summary>
public sealed class WarcReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxBlock;
    private long _position;

    /// <param name="stream">The WARC bytes, plain or gzip.</param>
    /// <param name="maxBlock">Blocks longer than this are skipped (read and dropped), never held in memory.</param>
    public WarcReader(Stream stream, int maxBlock = Inputs.InputLimits.MaxPageBytes)
    {
        _maxBlock = maxBlock;
        var buffered = new BufferedStream(stream, 64 * 1024);
        _stream = IsGzip(buffered) ? new BufferedStream(new GZipStream(buffered, CompressionMode.Decompress), 64 * 1024) : buffered;
    }

    public static WarcReader Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));

    private static bool IsGzip(BufferedStream s)
    {
        // Peek two bytes without consuming them: BufferedStream keeps them in its buffer after a seek back.
        if (!s.CanSeek)
        {
            return false;
        }
        var start = s.Position;
        var b1 = s.ReadByte();
        var b2 = s.ReadByte();
        s.Position = start;
        return b1 == 0x1F && b2 == 0x8B;
    }

    /// <summary>Every record in order; a malformed record throws <see cref="FormatException"/> naming its offset.</summary>
    public IEnumerable<WarcRecord> Records()
    {
        while (Next() is { } record) yield return record;
    }

    /// <summary>The next record, or null at the end.</summary>
    public WarcRecord? Next()
    {
        string? version;
        long offset;
        do
        {
            offset = _position;
            version = ReadLine();
            if (version is null) return null;
        } while (version.Length == 0);
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            throw new FormatException($"offset {offset}: expected a WARC version line, found \"{Shorten(version)}\"");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            var line = ReadLine() ?? throw new FormatException($"offset {offset}: the file ends inside the record's header");
            if (line.Length == 0) break;
            if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"offset {offset}: bad header line \"{Shorten(line)}\"");
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            throw new FormatException($"offset {offset}: missing or bad Content-Length");
        if (length > _maxBlock)
        {
            // Content-Length is not trusted with memory: a lying or huge record is read past in chunks.
            var skip = new byte[64 * 1024];
            for (var left = length; left > 0;)
            {
                var n = _stream.Read(skip, 0, (int)Math.Min(skip.Length, left));
                if (n == 0) throw new FormatException($"offset {offset}: the file ends inside the record's block ({length - left} of {length} bytes)");
                left -= n;
            }
            _position += length;
            return new WarcRecord(offset, version.Trim(), headers, [], length);
        }
        var block = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = _stream.Read(block, read, (int)length - read);
            if (n == 0) throw new FormatException($"offset {offset}: the file ends inside the record's block ({read} of {length} bytes)");
            read += n;
        }
        _position += length;
        return new WarcRecord(offset, version.Trim(), headers, block);
    }

    /// <summary>A line as Latin-1 text without its CR LF; null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var b = _stream.ReadByte();
            if (b < 0) return sb.Length == 0 ? null : sb.ToString();
            _position++;
            if (b == '\n') break;
            sb.Append((char)b);
            if (sb.Length > 64 * 1024) throw new FormatException($"offset {_position}: header line longer than 64 KB");
        }
        if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
        return sb.ToString();
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    public void Dispose() => _stream.Dispose();
}
