using Warta.Coding.Events;
using Warta.Evaluation.Gold;
using Warta.Evaluation.Training;
using Warta.TestSupport;

namespace Warta.Evaluation.Tests.Training;

/// <summary>`warta train coder` reproduces the shipped models byte for byte from ../shared (skipped without it).</summary>
public sealed class CoderTrainingTests
{
    [Fact]
    public void Training_on_the_train_fold_reproduces_the_shipped_model_files()
    {
        var gold = SharedData.PathOrSkip("data/gold/train-id.jsonl");
        var train = FoldSelection.Select(GoldFile.Read(gold), FoldSelection.Train).ToList();
        var articles = TrainingReader.Read(train, "id");
        var best = CoderTrainer.Choose(CoderTrainer.CrossValidate(articles, "id", CoderTrainer.DefaultFolds));
        var trained = CoderTrainer.Train(articles, "id", best.Thresholds);
        var folder = Path.Combine(Path.GetTempPath(), "warta-coder-" + Guid.NewGuid().ToString("N"));
        try
        {
            CoderTrainer.Save(trained, folder, CoderTrainer.Note(train.Count, Path.GetFileName(gold)));
            foreach (var file in new[] { EventModels.TriggerFile, EventModels.EventFile, EventModels.CodeFile, EventModels.DecisionFile })
            {
                var shipped = Warta.Languages.DataFiles.ReadAllText(EventModels.PathOf("id", file));
                Assert.True(shipped == File.ReadAllText(Path.Combine(folder, file)), $"{file} differs from the shipped model: run 'warta train coder'");
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
