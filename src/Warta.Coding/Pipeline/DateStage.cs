using Warta.Coding.Dates;
using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>The date stage: the language's date recognizer.</summary>
public sealed class DateStage : ITimeStage
{
    public IReadOnlyList<TimeExpression> Find(string language, string text, Span range, DateOnly? reference) =>
        DateRecognizer.For(language).Find(text, range, reference);

    public DateOnly? LatestFullDate(string language, string text, IEnumerable<Span> spans) =>
        DateRecognizer.For(language).LatestFullDate(text, spans);

    public DateOnly? InferredReference(string language, string text, IEnumerable<Span> spans) =>
        DateRecognizer.For(language).InferredReference(text, spans);
}
