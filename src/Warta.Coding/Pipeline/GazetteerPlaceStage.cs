using Warta.Coding.Places;
using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>The place stage: the gazetteer with the language's place names.</summary>
public sealed class GazetteerPlaceStage : IPlaceStage
{
    public IReadOnlyList<Place> Find(string language, string text, IReadOnlyList<Token> tokens) =>
        PlaceRecognizer.For(language).Find(text, tokens);

    public Place? Resolve(string language, string name) => PlaceRecognizer.For(language).Resolve(name);

    public Place? Country(string language, string code) =>
        PlaceRecognizer.For(language).Gazetteer[code] is { Kind: PlaceKind.Country } e
            ? new Place(e.Canonical, e.Canonical, e.Country, PlaceKind.Country, e.Lat, e.Lon, null, "place:country")
            : null;
}
