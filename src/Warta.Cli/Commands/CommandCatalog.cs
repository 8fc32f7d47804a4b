using System.CommandLine;

namespace Warta.Cli.Commands;

/// <summary>Every command of the CLI, one file each in this folder.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        CodeCommand.Create(),
        EvalCommand.Create(),
        BenchCommand.Create(),
        ExplainCommand.Create(),
        EvalDatesCommand.Create(),
        ExtractCommand.Create(),
        EvalExtractCommand.Create(),
        IngestCommand.Create(),
        RecodeCommand.Create(),
        EventsCommand.Create(),
        ShowCommand.Create(),
        RelationsCommand.Create(),
        ExportCommand.Create(),
        ServeCommand.Create(),
        WatchCommand.Create(),
        TrainCommand.Create(),
    ];
}
