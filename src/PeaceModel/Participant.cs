namespace PeaceModel;

/// <summary>An actor taking part in a <see cref="Meeting"/>, in one role.</summary>
/// <example><c>new Participant { ActorId = "rask", Role = ParticipantRole.HeadOfDelegation }</c>: Rask leads the delegation of the party he acts for.</example>
public sealed record Participant
{
    /// <summary>Gets the id of the <see cref="Actor"/> taking part.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the role the actor plays.</summary>
    public required ParticipantRole Role { get; init; }
}
