namespace Warta.Ingest.Warc;

/// <summary>One WARC record: its named fields and its content block.</summary>
/// <param name="Offset">Offset of the record's first byte in the uncompressed stream.</param>
/// <param name="Version">"WARC/1.0" or "WARC/1.1".</param>
/// <param name="Headers">Named fields (case-insensitive names).</param>
/// <param name="Block">The content block (Content-Length bytes).</param>
/// <param name="SkippedLength">When the block was larger than the reader's cap: its declared length (the block was skipped, not kept).</param>
public sealed record WarcRecord(long Offset, string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block, long? SkippedLength = null)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string? Type => Header("WARC-Type");
    public string? TargetUri => Header("WARC-Target-URI");
    public string? RecordId => Header("WARC-Record-ID");
    public string? Date => Header("WARC-Date");
    public string? ContentType => Header("Content-Type");
}
