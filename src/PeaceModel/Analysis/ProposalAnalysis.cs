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

    /// <summary>
    /// Gets the position of every party other than the proposer's: each addressee's party (with
    /// <see cref="Position.NoAnswer"/> when silent), then every other party that reacted, set a
    /// condition or countered, in the order they first appear.
    /// </summary>
    public required ValueList<PartyPosition> Positions { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required ProposalStatus Status { get; init; }

    /// <summary>Gets why: the rule that set the status and the records behind it.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the combined answer of the addressees, apart from the proposer's own acts (rules O1–O6).</summary>
    public required ProposalStatus Outcome { get; init; }

    /// <summary>Gets why the addressees' answer is <see cref="Outcome"/>.</summary>
    public required StatusReason OutcomeReason { get; init; }

    /// <summary>Gets the proposer's side of the proposal's life: active, maintained, withdrawn or lapsed (rules W1–W4).</summary>
    public required ProposalStanding Standing { get; init; }

    /// <summary>Gets why the proposal's standing is <see cref="Standing"/>.</summary>
    public required StatusReason StandingReason { get; init; }

    /// <summary>Gets the ids of the proposals that counter this one.</summary>
    public ValueList<string> CounterProposalIds { get; init; }

    /// <summary>Gets the deadlines bearing on the proposal (its terms', and its conditions'), with whether each had passed.</summary>
    public ValueList<DeadlineState> Deadlines { get; init; }
}
