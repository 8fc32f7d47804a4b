using System.CommandLine;
using Warta.Storage;

namespace Warta.Cli.Commands;

/// <summary>Options shared by the store commands: --db and the event filters.</summary>
internal static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a SQLite file (default warta.db), or PostgreSQL as postgres://user:pass@host/db or Host=…;Database=…",
        DefaultValueFactory = _ => "warta.db",
    };

    /// <summary>The event filters, by the names <see cref="QueryParser.ParseEvents"/> reads.</summary>
    public static IReadOnlyList<Option<string>> Filters() =>
    [
        new("--actor") { Description = "Actor root (RUS) or code (RUSGOV), in any role" },
        new("--dyad") { Description = "Two actors, A-B (e.g. CHN-RUS); either direction unless --directed" },
        new("--directed") { Description = "true: the dyad is source-target in that order", Arity = ArgumentArity.ZeroOrOne },
        new("--cameo") { Description = "CAMEO root (04) or code prefix (042)" },
        new("--quadclass") { Description = "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict" },
        new("--from") { Description = "First event date, yyyy-MM-dd (event date, not publication date)" },
        new("--to") { Description = "Last event date, yyyy-MM-dd" },
        new("--place") { Description = "Country code (IDN) or place name (Jakarta)" },
        new("--outlet") { Description = "Only events reported by this outlet (e.g. antaranews.com)" },
        new("--min-mentions") { Description = "Only events with at least this many reports" },
        new("--min-confidence") { Description = "Only events with a report the learned models give at least this probability (0-1); reports coded without models pass" },
        new("--located") { Description = "true: only events whose place has coordinates (what a map can draw)", Arity = ArgumentArity.ZeroOrOne },
    ];

    /// <summary>Reads the filters of a parse result; a bare --directed or --located means true.</summary>
    public static (EventQuery? Query, string? Error) ParseFilters(ParseResult pr, IReadOnlyList<Option<string>> filters, int limit)
    {
        string? Get(string name)
        {
            var option = filters.FirstOrDefault(o => o.Name == "--" + name);
            if (option is null) return null;
            var result = pr.GetResult(option);
            if (result is null) return null;
            var value = pr.GetValue(option);
            return name is "directed" or "located" && string.IsNullOrEmpty(value) ? "true" : value;
        }
        var (q, error) = QueryParser.ParseEvents(Get);
        return q is null ? (null, error) : (q with { Limit = limit }, null);
    }

    /// <summary>Tables written to a file or pipe get a wide line instead of the default 80 columns.</summary>
    public static void WideWhenRedirected()
    {
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;
    }

    /// <summary>Opens the store of --db, or prints one line saying why not and returns null (exit status 2).</summary>
    /// <param name="mustExist">Read commands: a SQLite file that does not exist is an error, not a new empty store.</param>
    public static async Task<IEventStore?> OpenAsync(string db, bool mustExist, CancellationToken ct)
    {
        var (store, error) = await EventStore.TryOpenAsync(db, mustExist, ct);
        if (store is null) Fail(error!);
        return store;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"warta: {message}");
        return 2;
    }
}
