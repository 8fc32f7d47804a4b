using System.Runtime.CompilerServices;
using System.Text.Json;
using Warta.Core;
using Warta.Ingest.Fetching;
using Warta.Ingest.Html;
using Warta.Ingest.Inputs;

namespace Warta.Ingest;

/// <summary>What <see cref="ArticleReader"/> reads with.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Standard input for "-" (default: the console).</summary>
    public TextReader? Stdin { get; init; }

    /// <summary>Fetches http(s) inputs (default: a polite <see cref="PageFetcher"/> made for the run).</summary>
    public PageFetcher? Fetcher { get; init; }

    /// <summary>Reads web pages (default: the shipped boilerplate rules).</summary>
    public HtmlArticleExtractor? Extractor { get; init; }
}

/// <summary>
/// Reads articles from the inputs a user names: files, directories (recursively) and "-" for standard input.
/// Every problem becomes an <see cref="InputItem"/> with an <see cref="InputProblem"/> naming file and line;
/// reading always goes on with the next line, file or input.
/// </summary>
public static class ArticleReader
{
    /// <summary>Extensions picked up when walking a directory (compared case-insensitively).</summary>
    public static IReadOnlyList<string> DirectoryExtensions { get; } =
        [".txt", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz"];

    /// <summary>
    /// Reads every input in order. A plain-text file gives one article (Id = file name without directory and
    /// extension, Origin = path); a .jsonl/.ndjson file one article per line (streamed; Origin = "path:line");
    /// a .json file one object or an array of objects; "-" reads <paramref name="stdin"/> (or the console) as
    /// JSONL when its first non-blank character is "{", else as one plain-text article with Id "stdin".
    /// A file named explicitly with another extension is read as plain text.
    /// Web material: .html/.htm pages (Id = stem), http(s) URLs (Id = URL) and WARC archives (.warc, .warc.gz;
    /// Id = "stem@offset", Origin = "path@offset") give the extracted body with title, date, URL and outlet.
    /// </summary>
    public static IAsyncEnumerable<InputItem> ReadAsync(IReadOnlyList<string> inputs, TextReader? stdin = null,
        CancellationToken ct = default) =>
        ReadAsync(inputs, new ArticleReaderOptions { Stdin = stdin }, ct);

    /// <summary>Reads every input in order with explicit options (see the other overload).</summary>
    public static async IAsyncEnumerable<InputItem> ReadAsync(IReadOnlyList<string> inputs, ArticleReaderOptions options,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var extractor = options.Extractor ?? new HtmlArticleExtractor();
        PageFetcher? ownFetcher = null;
        try
        {
            foreach (var input in inputs)
            {
                ct.ThrowIfCancellationRequested();
                if (PageLoader.IsUrl(input))
                {
                    var fetcher = options.Fetcher ?? (ownFetcher ??= new PageFetcher());
                    await foreach (var item in WebInputs.ReadUrlAsync(input, fetcher, extractor, ct).ConfigureAwait(false))
                        yield return item;
                    continue;
                }
                await foreach (var item in ReadLocalAsync(input, options.Stdin, extractor, ct).ConfigureAwait(false))
                    yield return item;
            }
        }
        finally
        {
            ownFetcher?.Dispose();
        }
    }

    private static async IAsyncEnumerable<InputItem> ReadLocalAsync(string input, TextReader? stdin, HtmlArticleExtractor extractor,
        [EnumeratorCancellation] CancellationToken ct)
    {
        if (input == "-")
        {
            await foreach (var item in ReadStdinAsync(stdin ?? Console.In, ct).ConfigureAwait(false))
                yield return item;
        }
        else if (Directory.Exists(input))
        {
            await foreach (var item in ReadDirectoryAsync(input, extractor, ct).ConfigureAwait(false))
                yield return item;
        }
        else if (File.Exists(input))
        {
            await foreach (var item in ReadFileAsync(input, extractor, ct).ConfigureAwait(false))
                yield return item;
        }
        else
        {
            yield return InputItem.Fail(input, InputMessages.NoSuchPath);
        }
    }

    /// <summary>Reads one file by its extension.</summary>
    public static IAsyncEnumerable<InputItem> ReadFileAsync(string path, HtmlArticleExtractor? extractor = null, CancellationToken ct = default)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".warc") || name.EndsWith(".warc.gz"))
            return WebInputs.ReadWarcAsync(path, extractor ?? new HtmlArticleExtractor(), ct);
        if (name.EndsWith(".html") || name.EndsWith(".htm") || name.EndsWith(".html.gz") || name.EndsWith(".htm.gz"))
            return WebInputs.ReadHtmlFileAsync(path, extractor ?? new HtmlArticleExtractor(), ct);
        var ext = Path.GetExtension(name);
        return ext switch
        {
            ".jsonl" or ".ndjson" => ReadJsonlFileAsync(path, ct),
            ".json" => ReadJsonFileAsync(path, ct),
            _ => ReadTextFileAsync(path, ct),
        };
    }

    private static async IAsyncEnumerable<InputItem> ReadDirectoryAsync(string root, HtmlArticleExtractor extractor,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        // Each real directory is read once: a symbolic link back up the tree ("self -> .", "up -> ..") is not a new one.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            if (!seen.Add(RealPath(dir))) continue;
            string[] files, dirs;
            string? error = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = dirs = [];
                error = e.Message;
            }
            if (error is not null)
            {
                yield return InputItem.Fail(dir, InputMessages.UnreadableDirectory(error));
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!IsPickedUp(file)) continue;
                if (IsEmptyOrSpecial(file))
                {
                    // Not opened: a FIFO would block the run and a device could be endless (both report size 0).
                    yield return InputItem.Fail(file, InputMessages.EmptyOrNotRegular);
                    continue;
                }
                await foreach (var item in ReadFileAsync(file, extractor, ct).ConfigureAwait(false))
                    yield return item;
            }
            Array.Sort(dirs, StringComparer.Ordinal);
            for (var i = dirs.Length - 1; i >= 0; i--) pending.Push(dirs[i]);
        }
    }

    /// <summary>The directory with every symbolic link on its path resolved.</summary>
    private static string RealPath(string dir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
        try
        {
            var parent = Path.GetDirectoryName(full);
            var real = parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
            for (var hops = 0; hops < 40 && new DirectoryInfo(real).LinkTarget is { } target; hops++)
                real = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target, Path.GetDirectoryName(real) ?? "/"));
            return real;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return full; }
    }

    private static bool IsEmptyOrSpecial(string file)
    {
        try { return new FileInfo(file).Length == 0; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static bool IsPickedUp(string file)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.')) return false;
        return DirectoryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A whole file as strict UTF-8 text, or the problem that prevents it (unreadable, not UTF-8, empty).</summary>
    private static async Task<(string Text, string? Problem)> ReadNonEmptyUtf8Async(string path, int limit, CancellationToken ct)
    {
        var (bytes, readError) = await TryReadAllAsync(path, limit, ct).ConfigureAwait(false);
        if (readError is not null) return ("", readError);
        if (!StrictUtf8.TryDecode(bytes, 0, out var text, out var error)) return ("", error!);
        return string.IsNullOrWhiteSpace(text) ? ("", InputMessages.EmptyFile) : (text, null);
    }

    private static async IAsyncEnumerable<InputItem> ReadTextFileAsync(string path,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var (text, problem) = await ReadNonEmptyUtf8Async(path, InputLimits.MaxArticleBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            yield return InputItem.Fail(path, problem);
            yield break;
        }
        yield return InputItem.Of(new Article(Id: Stem(path), Text: text, Origin: path));
    }

    private static async IAsyncEnumerable<InputItem> ReadJsonlFileAsync(string path,
        [EnumeratorCancellation] CancellationToken ct)
    {
        FileStream? stream = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
        }
        if (stream is null)
        {
            yield return InputItem.Fail(path, InputMessages.Unreadable(error ?? "unknown error"));
            yield break;
        }
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in JsonlArticles.ReadAsync(stream, path, Stem(path), ct).ConfigureAwait(false))
                yield return item;
        }
    }

    private static async IAsyncEnumerable<InputItem> ReadJsonFileAsync(string path,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var (text, problem) = await ReadNonEmptyUtf8Async(path, InputLimits.MaxJsonFileBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            yield return InputItem.Fail(path, problem);
            yield break;
        }
        JsonDocument? doc = null;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            // Not one JSON value: perhaps JSON Lines under a .json name.
        }
        if (doc is null)
        {
            using var reader = new StringReader(text);
            var stem = Stem(path);
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                foreach (var item in JsonlArticles.FromLine(line, $"{path}:{number}", $"{stem}:{number}"))
                    yield return item;
            }
            yield break;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var el in doc.RootElement.EnumerateArray())
                {
                    i++;
                    foreach (var item in JsonlArticles.FromElement(el, $"{path}[{i}]", $"{Stem(path)}:{i}"))
                        yield return item;
                }
            }
            else
            {
                foreach (var item in JsonlArticles.FromElement(doc.RootElement, path, Stem(path)))
                    yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<InputItem> ReadStdinAsync(TextReader input,
        [EnumeratorCancellation] CancellationToken ct)
    {
        const string origin = "stdin";
        var reader = new BoundedTextReader(input);
        var head = new System.Text.StringBuilder();
        string? first = null;
        var blank = 0;
        var tooLong = false;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.TooLong) { tooLong = true; break; }
            if (string.IsNullOrWhiteSpace(line.Text)) { blank++; head.AppendLine(line.Text); continue; }
            first = line.Text;
            break;
        }
        if (tooLong)
        {
            yield return InputItem.Fail($"{origin}:{blank + 1}", InputMessages.TooLong(InputLimits.MaxArticleBytes));
            yield break;
        }
        if (first is null)
        {
            yield return InputItem.Fail(origin, InputMessages.EmptyInput);
            yield break;
        }
        if (first.TrimStart().StartsWith('{'))
        {
            var number = blank + 1;
            foreach (var item in JsonlArticles.FromLine(first, $"{origin}:{number}", $"{origin}:{number}"))
                yield return item;
            while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.TooLong)
                {
                    yield return InputItem.Fail($"{origin}:{number}", InputMessages.TooLong(InputLimits.MaxArticleBytes));
                    continue;
                }
                if (string.IsNullOrWhiteSpace(line.Text)) continue;
                foreach (var item in JsonlArticles.FromLine(line.Text, $"{origin}:{number}", $"{origin}:{number}"))
                    yield return item;
            }
            yield break;
        }
        head.AppendLine(first);
        var rest = await reader.ReadRestAsync(head.Length, ct).ConfigureAwait(false);
        if (rest is null)
        {
            yield return InputItem.Fail(origin, InputMessages.TooLong(InputLimits.MaxArticleBytes));
            yield break;
        }
        head.Append(rest);
        if (head.ToString().Contains('\0'))
        {
            yield return InputItem.Fail(origin, InputMessages.NulBytes);
            yield break;
        }
        yield return InputItem.Of(new Article(Id: origin, Text: head.ToString(), Origin: origin));
    }

    /// <summary>The file name without directory and extension (".warc.gz" counts as one extension).</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name);
    }

    private static async Task<(byte[] Bytes, string? Error)> TryReadAllAsync(string path, int limit, CancellationToken ct)
    {
        try
        {
            var bytes = await InputLimits.ReadFileAtMostAsync(path, limit, ct).ConfigureAwait(false);
            return bytes is null ? ([], InputMessages.TooLong(limit)) : (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], InputMessages.Unreadable(e.Message));
        }
    }
}
