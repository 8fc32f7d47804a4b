using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Warta.Ingest.Inputs;

/// <summary>Strict UTF-8 decoding: invalid bytes are an error that names the first bad byte, never a replacement character.</summary>
public static class StrictUtf8
{
    /// <summary>UTF-8 without BOM emission that throws on invalid bytes.</summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, skipping a leading BOM.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="baseOffset">Offset of <paramref name="bytes"/> in its file, added to the offset in the error.</param>
    /// <param name="text">The decoded text on success.</param>
    /// <param name="error">The error text on failure ("not valid UTF-8 (byte 0xFF at offset 12)").</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, long baseOffset, out string text, out string? error)
    {
        var skip = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var source = bytes[skip..];
        if (source.Contains((byte)0))
        {
            text = "";
            error = InputMessages.NulBytes;
            return false;
        }
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(1, source.Length));
        try
        {
            var status = Utf8.ToUtf16(source, rented, out var read, out var written, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text = new string(rented, 0, written);
                error = null;
                return true;
            }
            // InvalidData, or NeedMoreData for a sequence cut at the end: the bad byte is at `read`.
            var at = Math.Min(read, source.Length - 1);
            text = "";
            error = InputMessages.NotUtf8(source[at], baseOffset + skip + at);
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
