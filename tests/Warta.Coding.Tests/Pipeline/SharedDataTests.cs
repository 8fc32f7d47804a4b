using Warta.Coding.Dates;
using Warta.Coding.Grammar;
using Warta.Languages;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>Language data is built once and shared read-only by every worker, however many ask for it at once.</summary>
public sealed class SharedDataTests
{
    private static T[] AllAtOnce<T>(Func<T> get)
    {
        const int threads = 16;
        using var start = new Barrier(threads);
        var results = new T[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = get();
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return results;
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Tables_asked_for_by_many_threads_at_once_are_one_instance(string language)
    {
        Assert.Single(AllAtOnce(() => DateRecognizer.For(language)).Distinct());
        Assert.Single(AllAtOnce(() => FunctionWords.For(language)).Distinct());
        Assert.Single(AllAtOnce(() => LanguageSettings.Load(language)).Distinct());
    }
}
