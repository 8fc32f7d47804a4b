using System.IO.Compression;
using System.Text;

namespace Warta.Ingest.Warc;

/// <summary>An HTTP response as stored in a WARC response record.</summary>
/// <param name="BodyOverCap">The body decompresses to more than the page cap (a compression bomb): <see cref="Body"/> is empty.</param>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, bool BodyOverCap = false)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var v) ? v : null;

    /// <summary>Parses status line, headers and body; de-chunks and decompresses (gzip, deflate, br) the body.</summary>
    public static HttpResponse? Parse(byte[] block)
    {
        var end = IndexOf(block, "\r\n\r\n"u8, out var sepLength);
        if (end < 0) return null;
        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var statusLine = head[0].Trim();
        if (!statusLine.StartsWith("HTTP/", StringComparison.Ordinal)) return null;
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], out var status)) return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in head.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var prev) ? prev + ", " + value : value;
        }
        var body = block.AsSpan(end + sepLength).ToArray();
        try
        {
            if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                body = Dechunk(body) ?? body;
            if (headers.TryGetValue("Content-Encoding", out var ce))
                body = Decompress(body, ce.Trim().ToLowerInvariant()) ?? body;
        }
        catch (BodyOverCapException)
        {
            return new HttpResponse(status, headers, [], BodyOverCap: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Crawlers often store the body already decoded while keeping the header: keep the bytes as they are.
        }
        return new HttpResponse(status, headers, body);
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> crlf2, out int sepLength)
    {
        var i = data.AsSpan().IndexOf(crlf2);
        sepLength = 4;
        if (i >= 0) return i;
        sepLength = 2;
        return data.AsSpan().IndexOf("\n\n"u8);
    }

    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var pos = 0;
        while (pos < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', pos);
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, pos, lineEnd - pos).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0) return null;
            pos = lineEnd + 1;
            if (size == 0) return output.ToArray();
            if (size > body.Length - pos) return null;
            output.Write(body, pos, size);
            pos += size;
            while (pos < body.Length && (body[pos] == '\r' || body[pos] == '\n')) pos++;
        }
        return output.ToArray();
    }

    private static byte[]? Decompress(byte[] body, string encoding)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => body.Length > 2 && body[0] == 0x1F && body[1] == 0x8B ? new GZipStream(new MemoryStream(body), CompressionMode.Decompress) : null,
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) return null;
        using (decoder)
        {
            // A compression bomb stops at the page cap.
            return Inputs.InputLimits.ReadAtMostAsync(decoder, Inputs.InputLimits.MaxPageBytes, CancellationToken.None).GetAwaiter().GetResult()
                   ?? throw new BodyOverCapException();
        }
    }

    private sealed class BodyOverCapException : Exception;
}
