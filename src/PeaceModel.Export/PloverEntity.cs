using System.Text.Json.Serialization;

namespace PeaceModel.Export;

/// <summary>An actor of a PLOVER row (<c>actor</c> or <c>recipient</c>): code, sector, text, Wikidata id, and PeaceModel's own id.</summary>
internal sealed class PloverEntity
{
    /// <summary>The ISO 3166-1 alpha-3 country (<see cref="Actor.Country"/>), else the first block of the CAMEO actor code.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The sector blocks of the CAMEO actor code after the country (<c>GOV</c> of <c>RUSGOV</c>).</summary>
    [JsonPropertyName("sector")]
    public string? Sector { get; set; }

    /// <summary>The actor's name.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The Wikidata QID.</summary>
    [JsonPropertyName("wikiid")]
    public string? WikidataId { get; set; }

    /// <summary>The actor's id in the document.</summary>
    [JsonPropertyName("actor_id")]
    public string? ActorId { get; set; }
}
