using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a <see cref="Commitment"/> undertakes.</summary>
[JsonConverter(typeof(StrictEnumConverter<CommitmentKind>))]
public enum CommitmentKind
{
    /// <summary>Support for others' efforts: funds, engineers, monitors, "we will support implementation".</summary>
    Support,

    /// <summary>A guarantee of an agreement or of a party's security.</summary>
    Guarantee,

    /// <summary>To keep to an agreement or a rule ("we will keep to the ceasefire for now").</summary>
    Compliance,

    /// <summary>To do something of its own: withdraw, release, bring back a revised draft.</summary>
    Action,
}
