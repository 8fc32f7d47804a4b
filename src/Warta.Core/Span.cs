namespace Warta.Core;

/// <summary>A half-open character range [Start, End) into an article's original text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    public string Of(string text) => text.Substring(Start, Length);
    public override string ToString() => $"{Start}..{End}";
}
