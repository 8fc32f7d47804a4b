using System.Globalization;
using CsvHelper;
using Spectre.Console;
using Warta.Coding.Output;
using Warta.Core;

namespace Warta.Cli.Commands;

/// <summary>Writes coded articles in one of the output formats.</summary>
public abstract class EventWriter
{
    public abstract void Write(CodedArticle article);
    public virtual void Finish() { }
}

public static class EventWriters
{
    public static EventWriter Create(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonlWriter(output),
        "csv" => new CsvEventWriter(output),
        _ => new TableWriter(),
    };

    private sealed class JsonlWriter(TextWriter output) : EventWriter
    {
        public override void Write(CodedArticle article)
        {
            foreach (var e in article.Events) output.WriteLine(EventJson.ToJson(e, article.Document.Text));
        }
        public override void Finish() => output.Flush();
    }

    private sealed class CsvEventWriter : EventWriter
    {
        private readonly CsvWriter _csv;
        public CsvEventWriter(TextWriter output)
        {
            _csv = new CsvWriter(output, CultureInfo.InvariantCulture);
            // The same snake_case names as the JSONL output (article_id, event_id, source_code, …).
            foreach (var name in EventRow.ColumnNames) _csv.WriteField(name);
            _csv.NextRecord();
        }
        public override void Write(CodedArticle article)
        {
            foreach (var e in article.Events) { _csv.WriteRecord(EventRow.From(e, article.Document.Text)); _csv.NextRecord(); }
        }
        public override void Finish() => _csv.Flush();
    }

    private sealed class TableWriter : EventWriter
    {
        private readonly Table _table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Article") { Width = 18 })
            .AddColumn(new TableColumn("Source") { Width = 20 })
            .AddColumn(new TableColumn("Action") { Width = 20 })
            .AddColumn(new TableColumn("Target") { Width = 20 })
            .AddColumn(new TableColumn("Date") { Width = 22 })
            .AddColumn(new TableColumn("Place") { Width = 18 })
            .AddColumn(new TableColumn("Evidence") { Width = 60 });
        private int _rows;

        public override void Write(CodedArticle article)
        {
            var text = article.Document.Text;
            foreach (var e in article.Events)
            {
                _rows++;
                var date = e.Date.Date is { } d
                    ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (e.Date.End is { } end ? ".." + end.ToString("MM-dd", CultureInfo.InvariantCulture) : "") + $" ({e.Date.Precision.ToString().ToLowerInvariant()})"
                    : "?";
                _table.AddRow(
                    Markup.Escape(Show(e.ArticleId)),
                    Markup.Escape($"{e.Source.Code}\n{Show(e.Source.Span.Of(text))}"),
                    Markup.Escape($"{e.Cameo} {e.Plover}\n{Show(e.Trigger.Of(text))}"),
                    Markup.Escape($"{e.Target?.Code}\n{Show(e.Target?.Span.Of(text))}"),
                    Markup.Escape(date),
                    Markup.Escape(e.Place is { } p ? $"{Show(p.Name)} ({p.Country ?? p.Kind.ToString().ToLowerInvariant()})" : ""),
                    Markup.Escape(Show(Excerpt(e.Sentence.Of(text)))));
            }
        }

        public override void Finish()
        {
            // Piped output has no terminal width; give the table room instead of wrapping every cell.
            if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 180);
            if (_rows == 0) { AnsiConsole.MarkupLine("[grey]no events[/]"); return; }
            AnsiConsole.Write(_table);
            AnsiConsole.MarkupLine($"[grey]{_rows} event(s)[/]");
        }

        private static string Excerpt(string s) => s.Length <= 120 ? s : s[..117] + "...";

        /// <summary>Input text made safe for the terminal: control characters (ESC sequences) escaped, lines joined.</summary>
        private static string Show(string? s) => s is null ? "" : Printable.Escape(s.ReplaceLineEndings(" "));
    }
}
