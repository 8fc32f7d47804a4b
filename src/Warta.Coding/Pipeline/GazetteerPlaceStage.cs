using Warta.Coding.Places;
using Warta.Core;
using Warta.Text.Tokens;

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

    /// <summary>Curated and main names of one word that are not also common words (alternate spellings and stop-listed names left out).</summary>
    public IEnumerable<string> OneWordNames(string language) =>
        PlaceRecognizer.For(language).Gazetteer.Names
            .Where(n => n.Source != NameSource.Alternate && n.Stop == StopMode.None && !n.Acronym)
            .Select(n => Tokenizer.Normalise(n.Form))
            .Where(t => t.Length == 1)
            .Select(t => t[0]);
}
