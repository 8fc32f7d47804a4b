namespace Warta.Evaluation.Gold;

/// <summary>Selects the articles of one fold of a training gold file ("train" or "test").</summary>
public static class FoldSelection
{
    public const string Train = "train";
    public const string Test = "test";

    /// <summary>The articles of <paramref name="fold"/>, or all of them when it is null.</summary>
    public static IEnumerable<GoldArticle> Select(IEnumerable<GoldArticle> articles, string? fold)
    {
        if (fold is null) return articles;
        if (fold is not (Train or Test)) throw new ArgumentException($"unknown fold '{fold}': use train or test");
        return articles.Where(a => a.Fold == fold);
    }

    /// <summary>True when some articles are of the test fold (whose errors must not be read).</summary>
    public static bool HasTestFold(IEnumerable<GoldArticle> articles) => articles.Any(a => a.Fold == Test);
}
