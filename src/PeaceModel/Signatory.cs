namespace PeaceModel;

/// <summary>What one actor, or a counted part of a group, did with an <see cref="Agreement"/>'s text.</summary>
/// <example>
/// Ten of the eleven basin governments signed; Oskaria with a reservation:
/// <code>
/// new Signatory { ActorId = "sarn-basin-governments", Role = SignatoryRole.Party, Act = SigningAct.Signed, Count = 10 }
/// new Signatory { ActorId = "oskaria", Role = SignatoryRole.Party, Act = SigningAct.Signed, Reservation = "Article 4 does not limit dam projects already under way.", StatementId = "oskaria-interpretive-statement" }
/// </code>
/// </example>
public sealed record Signatory
{
    /// <summary>Gets the id of the <see cref="Actor"/>.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the capacity in which the actor signs: a party, or a third-party witness or guarantor.</summary>
    public required SignatoryRole Role { get; init; }

    /// <summary>Gets what the actor did: signed, agreed without a signature, or abstained.</summary>
    public required SigningAct Act { get; init; }

    /// <summary>
    /// Gets, for a group actor, how many of its members did this ("ten of them signed"), or
    /// <see langword="null"/> for the actor itself. Members with entries of their own are among them.
    /// </summary>
    public int? Count { get; init; }

    /// <summary>Gets the reservation the actor signed with, in a sentence (which article, what it says), or <see langword="null"/>. A signature with a reservation is still a signature.</summary>
    public string? Reservation { get; init; }

    /// <summary>Gets the id of the statement in which the actor explains its act (an interpretive statement, the reason for abstaining), or <see langword="null"/>.</summary>
    public string? StatementId { get; init; }
}
