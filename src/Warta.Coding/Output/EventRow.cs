using System.Globalization;
using Warta.Core;

namespace Warta.Coding.Output;

/// <summary>A flat row of one event, for CSV and tables.</summary>
public sealed record EventRow(
    string ArticleId, string EventId, string SourceCode, string SourceText, string TargetCode, string TargetText,
    string Cameo, string Root, double Goldstein, int QuadClass, string Plover, string Date, string DateEnd,
    string DatePrecision, string Place, string PlaceCountry, string PlaceKind, string Trigger, int SpanStart, int SpanEnd,
    string Rule, string Language, string Sentence, double? Confidence)
{
    public static EventRow From(CodedEvent e, string text) => new(
        e.ArticleId, e.EventId, e.Source.Code, e.Source.Span.Of(text), e.Target?.Code ?? "", e.Target?.Span.Of(text) ?? "",
        e.Cameo, e.Root, e.Goldstein, (int)e.QuadClass, e.Plover,
        Format(e.Date.Date), Format(e.Date.End), e.Date.Precision.ToString().ToLowerInvariant(),
        e.Place?.Name ?? "", e.Place?.Country ?? "", e.Place?.Kind.ToString().ToLowerInvariant() ?? "",
        e.Trigger.Of(text), e.Trigger.Start, e.Trigger.End, e.Rule, e.Language, e.Sentence.Of(text), e.Confidence);

    /// <summary>The CSV header: the fields in order, snake_case (as the JSONL output names them).</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
        typeof(EventRow).GetConstructors()[0].GetParameters().Select(p => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)).ToArray();

    private static string Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
