using Warta.Evaluation.Training;

namespace Warta.Evaluation.Tests.Training;

/// <summary>The partitions repeated cross-validation deals the train fold into.</summary>
public sealed class CrossValidationFoldsTests
{
    [Fact]
    public void The_first_partition_deals_articles_in_file_order()
    {
        Assert.Equal([0, 1, 2, 0, 1, 2, 0], CoderTrainer.Folds(7, 3, 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Later_partitions_are_seeded_shuffles_with_folds_of_even_size(int repeat)
    {
        var folds = CoderTrainer.Folds(171, 5, repeat);
        Assert.Equal(folds, CoderTrainer.Folds(171, 5, repeat));
        Assert.NotEqual(CoderTrainer.Folds(171, 5, 0), folds);
        Assert.NotEqual(CoderTrainer.Folds(171, 5, 3 - repeat), folds);
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToList();
        Assert.Equal(5, sizes.Count);
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
    }
}
