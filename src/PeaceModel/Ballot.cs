namespace PeaceModel;

/// <summary>One named member's vote in a <see cref="Vote"/>, with its explanation of vote.</summary>
/// <example><c>new Ballot { ActorId = "bauden", Choice = BallotChoice.Abstain, StatementIds = ["bauden-explains"] }</c></example>
public sealed record Ballot
{
    /// <summary>Gets the id of the member (an <see cref="Actor"/>) that voted.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets how it voted.</summary>
    public required BallotChoice Choice { get; init; }

    /// <summary>Gets the ids of the statements in which the member explains its vote. Empty when none is reported.</summary>
    public ValueList<string> StatementIds { get; init; }
}
