namespace Warta.Core;

/// <summary>An input that could not be read as an article; reported, never fatal for the run.</summary>
/// <param name="Origin">File and line ("dump.jsonl:7") or path.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record InputProblem(string Origin, string Message)
{
    public override string ToString() => $"{Origin}: {Message}";
}

/// <summary>One item read from an input: an article, or the problem that replaced it.</summary>
public readonly record struct InputItem(Article? Article, InputProblem? Problem)
{
    public static InputItem Of(Article article) => new(article, null);
    public static InputItem Fail(string origin, string message) => new(null, new InputProblem(origin, message));
}
