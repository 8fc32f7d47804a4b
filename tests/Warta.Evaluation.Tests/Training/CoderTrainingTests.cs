using Warta.Coding.Events;
using Warta.Evaluation.Gold;
using Warta.Evaluation.Training;
using Warta.TestSupport;

namespace Warta.Evaluation.Tests.Training;

/// <summary>`warta train coder` reproduces the shipped models byte for byte from ../shared (skipped without it), and the
/// data they were trained from is the data shipped with them.</summary>
public sealed class CoderTrainingTests
{
    [Fact]
    public void Training_on_the_train_fold_reproduces_the_shipped_model_files()
    {
        var gold = SharedData.PathOrSkip("data/gold/train-id.jsonl");
        var train = CoderTrainer.TrainFold(GoldFile.Read(gold), "id");
        var annotations = Path.Combine(Repository.Root, "data/training/id/annotations.jsonl");
        var extra = TrainingAnnotations.Read(annotations, Path.Combine(SharedData.Root!, "data"));
        var trained = CoderTrainer.Run(train, extra, "id", CoderTrainer.DefaultFolds, repeats: CoderTrainer.DefaultRepeats).Trained;
        var folder = Path.Combine(Path.GetTempPath(), "warta-coder-" + Guid.NewGuid().ToString("N"));
        try
        {
            CoderTrainer.Save(trained, folder, CoderTrainer.Note(train.Count, Path.GetFileName(gold), extra.Count, "data/training/id/annotations.jsonl"), annotations);
            foreach (var file in EventModels.TrainedFiles)
            {
                var shipped = Warta.Languages.DataFiles.ReadAllText(EventModels.PathOf("id", file));
                Assert.True(shipped == File.ReadAllText(Path.Combine(folder, file)), $"{file} differs from the shipped model: run 'warta train coder'");
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>Runs without ../shared: a change to the data the models read (lexicons, actors, places, glue words …)
    /// or to the annotations, committed without retraining, fails here.</summary>
    [Fact]
    public void The_shipped_models_were_trained_from_the_data_shipped_with_them()
    {
        var file = EventModels.PathOf("id", EventModels.InputsFile);
        var shipped = ModelInputs.Load(file, Warta.Languages.DataFiles.ReadAllText(file));
        var now = ModelInputs.Of("id", Path.Combine(Repository.Root, "data/training/id/annotations.jsonl"));
        Assert.NotEmpty(now);
        foreach (var (input, digest) in now)
            Assert.True(shipped.TryGetValue(input, out var was) && was == digest, $"the {input} changed since the models were trained: run 'warta train coder'");
    }
}
