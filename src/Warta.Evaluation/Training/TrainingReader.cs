using Warta.Coding.Actors;
using Warta.Coding.Candidates;
using Warta.Coding.Events;
using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.Evaluation.Gold;

namespace Warta.Evaluation.Training;

/// <summary>A gold article with the view of each of its sentences as the pipeline read them.</summary>
public sealed record TrainingArticle(GoldArticle Gold, IReadOnlyList<SentenceView> Views);

/// <summary>Runs the pipeline (grammar only) over gold articles and keeps each sentence's view for learning.</summary>
public static class TrainingReader
{
    private sealed class Capture(CandidateReader reader) : IEventStage, IEventDecider
    {
        public List<SentenceView> Views { get; } = [];
        public IEventDecider For(string language) => this;

        // (the models learn from every sentence, as they did before coding skipped the repeated and off-topic ones)
        public bool SeesDroppedSentences => true;

        public List<SentenceEvent> Decide(string text, Sentence sentence, IReadOnlyList<ActorGroup> groups, List<SentenceEvent> grammarEvents,
            IReadOnlyList<Span> suppressed, ActorHistory earlier)
        {
            Views.Add(reader.View(text, sentence, groups, grammarEvents, suppressed, earlier));
            return grammarEvents;
        }
    }

    public static List<TrainingArticle> Read(IEnumerable<GoldArticle> gold, string language)
    {
        var result = new List<TrainingArticle>();
        foreach (var g in gold)
        {
            var capture = new Capture(EventModels.Reader(language));
            var coder = new ArticleCoder(new DocumentCleaningStage(), new DateStage(), new GazetteerPlaceStage(), capture);
            coder.Code(g.Article);
            result.Add(new TrainingArticle(g, capture.Views));
        }
        return result;
    }
}
