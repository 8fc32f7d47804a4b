namespace Warta.Ingest.Inputs;

/// <summary>Every problem text the readers report, kept together so that tests assert them.</summary>
public static class InputMessages
{
    public const string NoSuchPath = "no such file or directory";
    public const string EmptyFile = "empty file";
    public const string EmptyInput = "empty input";
    public const string NoText = "no \"text\" field";
    public const string TextNotString = "\"text\" is not a string";
    public const string EmptyText = "\"text\" is empty";
    public const string NotAnObject = "not a JSON object";

    public static string NotUtf8(byte value, long offset) =>
        $"not valid UTF-8 (byte 0x{value:X2} at offset {offset})";

    public static string NotJson(string parserMessage) => $"not JSON: {parserMessage}";

    public static string BadDate(string value) =>
        $"\"date\" value \"{value}\" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time); article kept without a date";

    public static string Unreadable(string reason) => $"cannot be read: {reason}";

    public static string UnreadableDirectory(string reason) => $"directory cannot be read: {reason}";
}
