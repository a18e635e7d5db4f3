using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What must happen to the record or term a <see cref="TermAnchor"/> names.</summary>
[JsonConverter(typeof(StrictEnumConverter<AnchorEvent>))]
public enum AnchorEvent
{
    /// <summary>The term is carried out in full (a completed <see cref="Implementation"/> reports it).</summary>
    Completed,

    /// <summary>The term takes effect (its <see cref="Term.Date"/> is reached).</summary>
    TakesEffect,

    /// <summary>The meeting takes place.</summary>
    Held,

    /// <summary>The proposal is accepted by its addressees.</summary>
    Accepted,

    /// <summary>The agreement is signed or agreed by its parties.</summary>
    Signed,
}
