using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>The date stage (wired to the date recognizer once it lands).</summary>
public sealed class DateStage : ITimeStage
{
    public IReadOnlyList<TimeExpression> Find(string language, string text, Span range, DateOnly? reference) => [];
    public DateOnly? LatestFullDate(string language, string text, IEnumerable<Span> spans) => null;
}
