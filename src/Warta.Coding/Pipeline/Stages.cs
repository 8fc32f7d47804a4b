using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>Cleans an article into a document: body spans, removed boilerplate, dateline, language.</summary>
public interface ICleaningStage { Document Clean(Article article); }

/// <summary>Finds time expressions in a range of the text, normalised against the reference date.</summary>
public interface ITimeStage
{
    IReadOnlyList<TimeExpression> Find(string language, string text, Span range, DateOnly? reference);
    DateOnly? LatestFullDate(string language, string text, IEnumerable<Span> spans);

    /// <summary>A reference date inferred from weekdays and day numbers when the text has no full date, or null.</summary>
    DateOnly? InferredReference(string language, string text, IEnumerable<Span> spans) => null;
}

/// <summary>Finds places mentioned in a sentence's tokens, and resolves a bare name (a dateline).</summary>
public interface IPlaceStage
{
    IReadOnlyList<Place> Find(string language, string text, IReadOnlyList<Token> tokens);
    Place? Resolve(string language, string name);

    /// <summary>The country with this code as a place, or null when unknown.</summary>
    Place? Country(string language, string code) => null;

    /// <summary>The place names of one word that the stage knows in a language ("teheran", "gaza"), lower-case.</summary>
    IEnumerable<string> OneWordNames(string language);
}

/// <summary>Decides a sentence's events from what the grammar read and the actors found (the learned event models).</summary>
public interface IEventDecider
{
    /// <param name="suppressed">Spans of the grammar's triggers it found negated, denied, only a purpose or a wish.</param>
    /// <param name="earlier">The actors of the article's earlier sentences.</param>
    List<Events.SentenceEvent> Decide(string text, Sentence sentence, IReadOnlyList<Actors.ActorGroup> groups, List<Events.SentenceEvent> grammarEvents,
        IReadOnlyList<Span> suppressed, Candidates.ActorHistory earlier);

    /// <summary>
    /// Whether the decider is also given the sentences whose events are dropped anyway (repeated word for word, off-topic).
    /// Coding skips them; training reads every sentence as the pipeline saw it.
    /// </summary>
    bool SeesDroppedSentences => false;
}

/// <summary>The event decider of a language, or null to keep the grammar's events as they are.</summary>
public interface IEventStage { IEventDecider? For(string language); }
