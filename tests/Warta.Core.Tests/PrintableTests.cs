namespace Warta.Core.Tests;

/// <summary>Messages about inputs never carry raw control bytes to the terminal.</summary>
public class PrintableTests
{
    [Fact]
    public void Escape_sequences_from_an_input_are_shown_not_obeyed()
    {
        var problem = new InputProblem("a\u001b]0;owned\u0007.txt", "not JSON: '\u001b[2J' at 3\u009b\u202e");
        Assert.Equal(@"a\x1B]0;owned\x07.txt: not JSON: '\x1B[2J' at 3\x9B\u202E", problem.ToString());
    }

    [Fact]
    public void Ordinary_text_is_unchanged()
    {
        const string text = "dump.jsonl:7: \"date\" value \"kemarin\" is not a date\twith tab, Müller, 日本";
        Assert.Same(text, Printable.Escape(text));
    }
}
