namespace Warta.Core;

public enum TokenKind { Word, Number, Punct, Symbol }

/// <summary>A token: a view into the original text plus its normalised (lower-case) form.</summary>
public readonly record struct Token(Span Span, string Norm, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

/// <summary>A sentence of the body, with its tokens, and the paragraph / section it sits in.</summary>
/// <param name="Index">Position among the document's sentences.</param>
/// <param name="Paragraph">Index of the paragraph (a run of lines without a blank line between).</param>
/// <param name="Section">Index of the section (a heading line starts a new one).</param>
public sealed record Sentence(int Index, Span Span, IReadOnlyList<Token> Tokens, int Paragraph, int Section);
