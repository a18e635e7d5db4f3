namespace PeaceModel.Analysis;

/// <summary>How far one term of an agreement is carried out, from the implementation reports.</summary>
public sealed record TermProgress
{
    /// <summary>Gets the term's id.</summary>
    public required string TermId { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required ImplementationStatus Status { get; init; }

    /// <summary>Gets why: the rule and the implementation reports.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the reports in which a party reports its own progress (unverified).</summary>
    public required ValueList<string> SelfReportedIds { get; init; }

    /// <summary>Gets whether the term's deadline had passed as of the analysis day (<see langword="false"/> when it has none).</summary>
    public required bool DeadlinePassed { get; init; }

    /// <summary>Gets whether the first progress came after the day the term said it would begin (a missed expectation, not a violation).</summary>
    public required bool Late { get; init; }
}
