namespace PeaceModel;

/// <summary>An actor's reaction to a proposal, statement or condition, with its stance and the statements that express it.</summary>
public sealed record Reaction : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> who reacts.</summary>
    public required string ReactorId { get; init; }

    /// <summary>Gets the id of what the reaction answers: a <see cref="Proposal"/>, <see cref="Statement"/>, <see cref="Condition"/>, <see cref="Agreement"/>, <see cref="Meeting"/>, <see cref="Claim"/>, <see cref="Vote"/>, <see cref="Commitment"/> or another reaction.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the stance taken.</summary>
    public required Stance Stance { get; init; }

    /// <summary>
    /// Gets the ids of the points of the target plan (<see cref="Proposal.Points"/>) the reaction answers, or
    /// empty when it answers the whole: "accepts point 2" is <c>{ Stance = Accept, PointIds = ["point-2"] }</c>.
    /// </summary>
    public ValueList<string> PointIds { get; init; }

    /// <summary>Gets the ids of the <see cref="Statement"/>s that express the reaction; at least one.</summary>
    public required ValueList<string> StatementIds { get; init; }

    /// <summary>Gets the reaction in a sentence, or <see langword="null"/>. At most 2,000 characters.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets event codes (CAMEO, PLOVER) for the reaction. Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
