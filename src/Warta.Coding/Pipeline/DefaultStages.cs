using Warta.Core;
using Warta.Text.Cleaning;

namespace Warta.Coding.Pipeline;

/// <summary>The cleaning stage of Warta.Text: boilerplate, dateline and language.</summary>
public sealed class DocumentCleaningStage : ICleaningStage
{
    public Document Clean(Article article) => DocumentCleaner.Clean(article);
}

/// <summary>The coder with Warta's own stages.</summary>
public static class WartaCoder
{
    private static readonly Lazy<ArticleCoder> Shared = new(() =>
        new ArticleCoder(new DocumentCleaningStage(), new DateStage(), new GazetteerPlaceStage(), new LearnedEventStage()));

    /// <summary>One shared coder: data is loaded once, and coding is thread-safe.</summary>
    public static IArticleCoder Default => Shared.Value;
}

/// <summary>The learned event models shipped for a language (none: the grammar alone decides).</summary>
public sealed class LearnedEventStage : IEventStage
{
    public IEventDecider? For(string language) => Events.EventModels.For(language) is { } models ? new LearnedDecider(models) : null;
}

/// <summary>Runs learned models over one sentence's view.</summary>
public sealed class LearnedDecider(Events.LearnedEvents models) : IEventDecider
{
    public List<Events.SentenceEvent> Decide(string text, Sentence sentence, IReadOnlyList<Actors.ActorGroup> groups, List<Events.SentenceEvent> grammarEvents,
        IReadOnlyList<Span> suppressed, Candidates.ActorHistory earlier) =>
        models.Decide(models.Reader.View(text, sentence, groups, grammarEvents, suppressed, earlier));
}
