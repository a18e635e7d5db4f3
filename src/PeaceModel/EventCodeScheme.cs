using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>A public event-data coding scheme whose codes PeaceModel records can carry.</summary>
[JsonConverter(typeof(StrictEnumConverter<EventCodeScheme>))]
public enum EventCodeScheme
{
    /// <summary>CAMEO (Conflict and Mediation Event Observations), as used by GDELT; numeric codes such as <c>036</c>.</summary>
    Cameo,

    /// <summary>PLOVER (Political Language Ontology for Verifiable Event Records), as used by POLECAT; types such as <c>AGREE</c>.</summary>
    Plover,
}
