using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Warta.Ingest.Fetching;
using Warta.Ingest.Html;

namespace Warta.Cli.Commands;

/// <summary><c>warta extract PAGE.html|URL [--format json|text]</c>: prints the article read from one web page.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var page = new Argument<string>("page") { Description = "An HTML file (.html, .htm, optionally .gz) or an http(s) URL" };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "json" };
        var cmd = new Command("extract", "Print the article (title, body, date, author, outlet, language) of a web page");
        cmd.Arguments.Add(page);
        cmd.Options.Add(format);
        cmd.SetAction(async (parseResult, ct) =>
        {
            var input = parseResult.GetValue(page)!;
            var loaded = await PageLoader.LoadAsync(input, ct);
            if (loaded.Error is not null)
            {
                Console.Error.WriteLine($"{input}: {loaded.Error}");
                return 1;
            }
            var result = new HtmlArticleExtractor().Extract(loaded.Html!, loaded.Url);
            if (parseResult.GetValue(format) == "text")
            {
                if (result.Title is not null) Console.WriteLine(result.Title + "\n");
                Console.WriteLine(result.Text);
                return 0;
            }
            var json = JsonSerializer.Serialize(new
            {
                title = result.Title,
                date = result.PublicationDate?.ToString("yyyy-MM-dd"),
                date_source = result.DateSource.ToString(),
                author = result.Author,
                outlet = result.SiteName,
                language = result.Language,
                canonical_url = result.CanonicalUrl,
                url = result.Url,
                charset = loaded.Charset,
                text = result.Text,
            }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Console.WriteLine(json);
            return 0;
        });
        return cmd;
    }
}
