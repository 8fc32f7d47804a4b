namespace Warta.Ingest.Inputs;

/// <summary>Every problem text the readers report, kept together so that tests assert them.</summary>
public static class InputMessages
{
    public const string NoSuchPath = "no such file or directory";
    public const string EmptyFile = "empty file";
    public const string EmptyOrNotRegular = "empty file, or not a regular file (FIFO, device): skipped";
    public const string EmptyInput = "empty input";
    public const string NoText = "no \"text\" field";
    public const string TextNotString = "\"text\" is not a string";
    public const string EmptyText = "\"text\" is empty";
    public const string NotAnObject = "not a JSON object";

    public static string NotUtf8(byte value, long offset) =>
        $"not valid UTF-8 (byte 0x{value:X2} at offset {offset})";

    public static string NotJson(string parserMessage) => $"not JSON: {parserMessage}";

    /// <summary>A JSON string that cannot be text, such as a lone surrogate escape.</summary>
    public static string NotText(string readerMessage) => $"a JSON string is not valid text: {readerMessage}";

    public const string NulBytes = "contains NUL bytes: not text (UTF-16 without a byte-order mark, or a binary file?)";

    public static string TooLong(long limit) => $"longer than {limit / (1024 * 1024)} MB: not read (an article is far shorter)";

    /// <summary>A compressed page or HTTP body that expands beyond the cap (a compression bomb).</summary>
    public static string DecompressedTooLong(long limit) => "decompressed " + TooLong(limit);

    /// <summary>A web archive none of whose records is an HTML page (a 200 response or a resource).</summary>
    public static string NoHtmlRecords(int records) => $"no HTML page among its {records} record(s)";

    public static string BadDate(string value) =>
        $"\"date\" value \"{value}\" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time); article kept without a date";

    public static string UnknownLanguage(string value, IEnumerable<string> known) =>
        $"\"lang\" value \"{value}\" is not a language Warta reads ({string.Join(", ", known)}); the language is detected instead";

    public static string Unreadable(string reason) => $"cannot be read: {reason}";

    public static string UnreadableDirectory(string reason) => $"directory cannot be read: {reason}";
}
