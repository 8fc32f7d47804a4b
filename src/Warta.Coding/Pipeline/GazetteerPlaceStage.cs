using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>The place stage (wired to the gazetteer once it lands).</summary>
public sealed class GazetteerPlaceStage : IPlaceStage
{
    public IReadOnlyList<Place> Find(string language, string text, IReadOnlyList<Token> tokens) => [];
    public Place? Resolve(string language, string name) => null;
}
