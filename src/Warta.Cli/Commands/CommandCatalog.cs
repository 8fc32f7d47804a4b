using System.CommandLine;

namespace Warta.Cli.Commands;

/// <summary>Every command of the CLI, one file each in this folder.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),
        EvalExtractCommand.Create(),
        WatchCommand.Create(),
    ];
}
