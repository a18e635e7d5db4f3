using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The role an actor plays at a meeting (the vocabulary of mediation datasets).</summary>
[JsonConverter(typeof(StrictEnumConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>A side to the talks: a state or organization negotiating for itself.</summary>
    Party,

    /// <summary>Provides the venue.</summary>
    Host,

    /// <summary>Runs the meeting.</summary>
    Chair,

    /// <summary>An active third party who proposes solutions.</summary>
    Mediator,

    /// <summary>A third party who carries messages and arranges the talks.</summary>
    Facilitator,

    /// <summary>Attends without taking part in the decisions.</summary>
    Observer,

    /// <summary>Organizes the meeting with others, or holds it under its auspices.</summary>
    CoOrganiser,

    /// <summary>Leads the delegation of the party the actor acts for (<see cref="Actor.ActsForId"/>).</summary>
    HeadOfDelegation,

    /// <summary>A member of a party's delegation.</summary>
    Delegate,
}
