namespace PeaceModel.Analysis;

/// <summary>Where a commitment stands and why. A commitment awaits no answer: reactions to it change nothing but its committer's withdrawal.</summary>
public sealed record CommitmentAnalysis
{
    /// <summary>Gets the commitment.</summary>
    public required Commitment Commitment { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required CommitmentStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records behind it.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets whether it holds only on a condition (<see cref="Term.OnlyIf"/>).</summary>
    public required bool Conditional { get; init; }

    /// <summary>Gets the ids of what it waits for as of the analysis's date: the point or term it depends on, when that is not in effect (a plan's point not accepted, a term not taken effect), or the record its start is anchored to. Empty when it is due.</summary>
    public required ValueList<string> WaitsForIds { get; init; }

    /// <summary>Gets whether its deadline had passed.</summary>
    public required bool DeadlinePassed { get; init; }
}
