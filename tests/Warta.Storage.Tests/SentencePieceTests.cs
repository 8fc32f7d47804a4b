using Warta.Core;

namespace Warta.Storage.Tests;

/// <summary>The sentence of a mention cut at its trigger and actors, as the evidence page shows it.</summary>
public sealed class SentencePieceTests
{
    private const string Text = "Intro. Rusia menuduh China melanggar perjanjian. Akhir.";

    private static Span At(string part) => new(Text.IndexOf(part, StringComparison.Ordinal), Text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    [Fact]
    public void Marks_inside_the_sentence_become_pieces_that_join_back_to_it()
    {
        var sentence = At("Rusia menuduh China melanggar perjanjian.");
        var pieces = SentencePiece.Cut(Text, sentence, [(At("menuduh"), "trigger"), (At("China"), "target"), (At("Rusia"), "source")]);
        Assert.Equal([("Rusia", "source"), (" ", "text"), ("menuduh", "trigger"), (" ", "text"), ("China", "target"), (" melanggar perjanjian.", "text")],
            pieces.Select(p => (p.Text, p.Role)));
    }

    [Fact]
    public void Marks_outside_the_sentence_overlapping_or_missing_are_left_out()
    {
        var sentence = At("Rusia menuduh China melanggar perjanjian.");
        var pieces = SentencePiece.Cut(Text, sentence,
            [(At("Intro"), "source"), (null, "target"), (At("menuduh China"), "trigger"), (At("China"), "target"), (new Span(5, 5), "source")]);
        Assert.Equal("Rusia menuduh China melanggar perjanjian.", string.Concat(pieces.Select(p => p.Text)));
        Assert.Equal([("menuduh China", "trigger")], pieces.Where(p => p.Role != "text").Select(p => (p.Text, p.Role)));
    }
}
