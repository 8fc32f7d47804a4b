using Warta.Core;

namespace Warta.Cli;

/// <summary>Where the commands get the coder and the input readers from. Filled in when the parts are wired together.</summary>
public static class Composition
{
    /// <summary>The article coder used by ingest, recode and the server's ingest endpoint.</summary>
    public static IArticleCoder CreateCoder() => throw new NotImplementedException("wired by the lead");

    /// <summary>Reads articles from files, folders, URLs or "-" (stdin); problems come back as items, not exceptions.</summary>
    public static IAsyncEnumerable<InputItem> ReadInputs(IReadOnlyList<string> inputs) => throw new NotImplementedException("wired by the lead");
}
