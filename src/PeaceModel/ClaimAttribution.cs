using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How a report attributes a claim (journalism practice; W3C PROV's attributed-to).</summary>
[JsonConverter(typeof(StrictEnumConverter<ClaimAttribution>))]
public enum ClaimAttribution
{
    /// <summary>A named actor said it.</summary>
    OnRecord,

    /// <summary>A government's written account of a call or meeting.</summary>
    Readout,

    /// <summary>An unnamed source ("a diplomat familiar with the contacts"); unconfirmed unless someone confirms it.</summary>
    AnonymousSource,

    /// <summary>The reporter's own account or background.</summary>
    Reporter,
}
