using Warta.Languages;
using Warta.Text.Names;

namespace Warta.Text.Tests.Names;

public class NameTrainingRecipeTests
{
    [Fact]
    public void The_shipped_recipe_reads_and_holds_a_file_out()
    {
        var recipe = NameTrainingRecipe.ForLanguage("id");

        Assert.NotNull(recipe);
        Assert.NotEmpty(recipe.Training);
        Assert.NotNull(recipe.HeldOut);
        Assert.DoesNotContain(recipe.Training, f => f.Path == recipe.HeldOut.Path);
        Assert.All(recipe.Training, f => Assert.All(f.Kinds.Values, k => Assert.Contains(k, NameTrainingRecipe.KnownKinds)));
    }

    [Theory]
    [InlineData("file\tuse\tkinds\na.txt\ttrain\tPER=PERSON\n", "PER=PERSON")]
    [InlineData("file\tuse\tkinds\na.txt\tdev\tPER=PER\n", "use 'dev'")]
    [InlineData("file\tuse\tkinds\na.txt\theld-out\tPER=PER\n", "no training files")]
    [InlineData("file\tuse\tkinds\na.txt\ttrain\tPER=PER\nb.txt\theld-out\tPER=PER\nc.txt\theld-out\tPER=PER\n", "second held-out")]
    public void A_wrong_recipe_is_an_error_that_says_what_is_wrong(string text, string expected)
    {
        var ex = Assert.Throws<DataFileException>(() => NameTrainingRecipe.Parse("names-training.tsv", text));
        Assert.Contains(expected, ex.Message);
    }
}
