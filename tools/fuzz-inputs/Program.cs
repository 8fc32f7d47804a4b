using Warta.Fuzz;

// fuzz-inputs FOLDER [--count N] [--seed S] [--no-huge]: writes generated malformed inputs (and good ones among them)
// into FOLDER with a manifest.tsv saying what each is and what reading it must give. See README.md beside this file.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: fuzz-inputs FOLDER [--count N] [--seed S] [--no-huge]");
    return 2;
}
var folder = args[0];
int count = 10_000, seed = 1;
var huge = true;
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c > 0: count = c; i++; break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s): seed = s; i++; break;
        case "--no-huge": huge = false; break;
        default:
            Console.Error.WriteLine($"fuzz-inputs: unknown or incomplete option {args[i]}");
            return 2;
    }
}
var written = MalformedInputs.Write(folder, MalformedInputs.Generate(count, seed, huge));
Console.WriteLine($"{written.Count} inputs in {folder} (seed {seed}): " +
    string.Join(", ", written.GroupBy(w => w.Expect).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
return 0;
