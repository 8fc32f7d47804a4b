using Warta.Core;

namespace Warta.Coding.Events;

/// <summary>An event read from one sentence, before dates, places and ids are attached.</summary>
public sealed record SentenceEvent(
    ActorMention Source, ActorMention? Target, string Cameo, Span Trigger, string Rule, bool Symmetric);
