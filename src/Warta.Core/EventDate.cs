namespace Warta.Core;

public enum DatePrecision { Day, Month, Year, Publication, Unknown }

/// <summary>When an event happened as far as the text says.</summary>
/// <param name="Date">First day (null when unknown).</param>
/// <param name="End">Last day of a range, when the text gives one.</param>
/// <param name="Span">The expression in the text that gave it, if any.</param>
/// <param name="Rule">Which pattern produced it ("date:dayname-paren", "date:publication").</param>
public sealed record EventDate(DateOnly? Date, DateOnly? End, DatePrecision Precision, Span? Span, string Rule)
{
    public static EventDate Unknown { get; } = new(null, null, DatePrecision.Unknown, null, "date:none");
}

/// <summary>A time expression found in text and normalised against a reference date.</summary>
/// <param name="Span">The expression in the original text.</param>
/// <param name="Value">Resolved date (range) and precision.</param>
/// <param name="IsReportDate">True for a date that dates the report, not an event ("dilansir AFP, Kamis (21/10/2021)").</param>
public sealed record TimeExpression(Span Span, EventDate Value, bool IsReportDate = false);
