using Warta.Coding.Events;
using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>What the stages found in one sentence: the input of dating, placing and context rules.</summary>
public sealed record SentenceReading(
    Sentence Sentence,
    List<SentenceEvent> Events,
    IReadOnlyList<Place> Places,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<Span> Triggers);
