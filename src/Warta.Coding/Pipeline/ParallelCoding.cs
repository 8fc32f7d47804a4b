using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>One input item after coding: the coded article, or the problem that kept it out.</summary>
public readonly record struct CodingResult(CodedArticle? Coded, InputProblem? Problem);

/// <summary>
/// Codes a stream of articles on all cores while keeping input order: items are read in batches,
/// each batch is coded in parallel, results come out in the order they went in. Memory stays bounded
/// by the batch size whatever the input size.
/// </summary>
public static class ParallelCoding
{
    public static async IAsyncEnumerable<CodingResult> CodeAsync(
        IAsyncEnumerable<InputItem> items, IArticleCoder coder, int batchSize = 256,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var batch = new List<InputItem>(batchSize);
        await foreach (var item in items.WithCancellation(ct))
        {
            batch.Add(item);
            if (batch.Count < batchSize) continue;
            foreach (var r in CodeBatch(batch, coder)) yield return r;
            batch.Clear();
        }
        foreach (var r in CodeBatch(batch, coder)) yield return r;
    }

    private static CodingResult[] CodeBatch(List<InputItem> batch, IArticleCoder coder)
    {
        var results = new CodingResult[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var item = batch[i];
            if (item.Article is not { } article) { results[i] = new CodingResult(null, item.Problem); return; }
            try { results[i] = new CodingResult(coder.Code(article), null); }
            catch (Exception ex)
            {
                // A bug must not cost the rest of the run: the article is reported and skipped.
                results[i] = new CodingResult(null, new InputProblem(article.Origin ?? article.Id, $"coding failed: {ex.GetType().Name}: {ex.Message}"));
            }
        });
        return results;
    }
}
