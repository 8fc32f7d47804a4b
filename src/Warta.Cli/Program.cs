using System.CommandLine;
using Warta.Cli.Commands;

// The CLI only registers commands; each command lives in Commands/ and calls into the libraries.
var root = new RootCommand("Warta: codes news articles (Indonesian and English) into CAMEO/PLOVER events.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
