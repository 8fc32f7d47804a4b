using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.Ingest;

namespace Warta.Cli;

/// <summary>Where the commands get the coder and the input readers from.</summary>
public static class Composition
{
    /// <summary>The article coder used by code, ingest, recode and the server's ingest endpoint.</summary>
    public static IArticleCoder CreateCoder() => WartaCoder.Default;

    /// <summary>Reads articles from files, folders, URLs, web archives or "-" (stdin); problems come back as items, not exceptions.</summary>
    public static IAsyncEnumerable<InputItem> ReadInputs(IReadOnlyList<string> inputs) => ArticleReader.ReadAsync(inputs, Console.In);
}
