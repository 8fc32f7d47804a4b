using Warta.Core;

namespace Warta.Coding.Events;

/// <summary>An event read from one sentence, before dates, places and ids are attached.</summary>
/// <param name="Confidence">The probability the learned models give the event, or null when no model weighed it.</param>
public sealed record SentenceEvent(
    ActorMention Source, ActorMention? Target, string Cameo, Span Trigger, string Rule, bool Symmetric, double? Confidence = null)
{
    /// <summary>A verb of the clause named the act (not a noun: "the agreement", "the killing").</summary>
    public bool Verbal { get; init; }
}
