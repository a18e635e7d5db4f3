using System.Text.Json.Serialization;

namespace PeaceModel.Export;

/// <summary>Where a record took place (<c>event_loc</c>): a place a record holds.</summary>
internal sealed class PloverPlace
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("wikiid")]
    public string? WikidataId { get; set; }
}
