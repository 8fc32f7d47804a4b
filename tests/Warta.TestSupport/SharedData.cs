using Xunit;

namespace Warta.TestSupport;

/// <summary>
/// Locates the evaluation material in ../shared (never copied into the repository).
/// Tests that need it call <see cref="PathOrSkip"/> and are skipped with a clear message when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The shared folder: $WARTA_SHARED, else a "shared" folder beside an ancestor of the test directory.</summary>
    public static string? Root { get; } = Locate();

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("WARTA_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
        }
        return null;
    }

    /// <summary>Full path of a file under shared/, or null when shared/ or the file is missing.</summary>
    public static string? Path_(string relative) =>
        Root is null ? null : System.IO.File.Exists(Path.Combine(Root, relative)) || Directory.Exists(Path.Combine(Root, relative))
            ? Path.Combine(Root, relative) : null;

    /// <summary>Full path of a file under shared/, or skips the calling test with a message saying what is missing.</summary>
    public static string PathOrSkip(string relative)
    {
        var path = Path_(relative);
        if (path is null) Assert.Skip($"needs ../shared/{relative} (evaluation material, not part of the repository); skipped");
        return path!;
    }
}
