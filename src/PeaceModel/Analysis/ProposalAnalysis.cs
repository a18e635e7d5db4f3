namespace PeaceModel.Analysis;

/// <summary>
/// Where one proposal stands and why: who proposed it to whom, the conditions attached to it, the
/// reactions to it and to its conditions, each party's position, and the derived status with the
/// records that led to it.
/// </summary>
public sealed record ProposalAnalysis
{
    /// <summary>Gets the proposal.</summary>
    public required Proposal Proposal { get; init; }

    /// <summary>Gets the conditions attached to the proposal, in the order of the event.</summary>
    public required ValueList<Condition> Conditions { get; init; }

    /// <summary>Gets the reactions to the proposal and to its conditions, grouped by stance in the order of <see cref="Stance"/>.</summary>
    public required ValueList<StanceGroup> ReactionsByStance { get; init; }

    /// <summary>Gets the position of every actor other than the proposer who reacted or set a condition, in the order they first appear in the event.</summary>
    public required ValueList<PartyPosition> Positions { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required ProposalStatus Status { get; init; }

    /// <summary>Gets why: the rule that set the status and the records behind it.</summary>
    public required StatusReason Reason { get; init; }
}
