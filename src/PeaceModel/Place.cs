namespace PeaceModel;

/// <summary>A named place: where something was said, or a proposed venue such as Istanbul.</summary>
public sealed record Place
{
    /// <summary>Gets the place's name as the source gives it, such as <c>Istanbul</c> or <c>the Kremlin</c>. Not blank; at most 200 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the country the place lies in, as an ISO 3166-1 alpha-3 code such as <c>TUR</c>, or <see langword="null"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the place's Wikidata item id, such as <c>Q406</c> for Istanbul, or <see langword="null"/>.</summary>
    public string? WikidataId { get; init; }
}
