namespace Warta.Core;

public enum PlaceKind { City, Region, Country, Sea, Other }

/// <summary>A place from the gazetteer found in text.</summary>
/// <param name="Name">The name as it appears in the text ("Laut Jepang").</param>
/// <param name="Canonical">The gazetteer's name ("Sea of Japan").</param>
/// <param name="Country">ISO 3166 alpha-3 / CAMEO country code; null for international waters.</param>
/// <param name="Rule">How it was found ("place:gazetteer", "place:dateline").</param>
public sealed record Place(
    string Name, string Canonical, string? Country, PlaceKind Kind,
    double? Lat, double? Lon, Span? Span, string Rule);
