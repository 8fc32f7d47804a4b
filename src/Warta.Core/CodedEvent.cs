namespace Warta.Core;

/// <summary>QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
public enum QuadClass { VerbalCooperation = 1, MaterialCooperation = 2, VerbalConflict = 3, MaterialConflict = 4 }

/// <summary>One coded event: who did what to whom, when and where, with the evidence.</summary>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="EventId">Derived id: article id + sentence + ordinal, stable across runs.</param>
/// <param name="Source">Who acted.</param>
/// <param name="Target">Whom it was done to (null for non-dyadic events).</param>
/// <param name="Cameo">CAMEO event code (leaf as found, e.g. "0312").</param>
/// <param name="Goldstein">Goldstein score of the code.</param>
/// <param name="Plover">PLOVER event type (our mapping).</param>
/// <param name="Sentence">The sentence span in the original text.</param>
/// <param name="Trigger">The span of the words that triggered the code.</param>
/// <param name="Rule">Id of the lexicon entry or rule that fired.</param>
/// <param name="Confidence">Probability the learned models give the event (null when the language has no models).</param>
public sealed record CodedEvent(
    string ArticleId,
    string EventId,
    ActorMention Source,
    ActorMention? Target,
    string Cameo,
    double Goldstein,
    QuadClass QuadClass,
    string Plover,
    EventDate Date,
    Place? Place,
    Span Sentence,
    Span Trigger,
    string Rule,
    string Language,
    bool Symmetric = false,
    double? Confidence = null)
{
    /// <summary>CAMEO root: the first two digits of the code.</summary>
    public string Root => Cameo[..2];
}

/// <summary>Everything Warta read from one article.</summary>
public sealed record CodedArticle(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<CodedEvent> Events,
    DateOnly? ReferenceDate,
    IReadOnlyList<Place>? Places = null);
