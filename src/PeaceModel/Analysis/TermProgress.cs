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

    /// <summary>Gets the term's phase (<see cref="Term.Phase"/>), or <see langword="null"/>.</summary>
    public int? Phase { get; init; }

    /// <summary>Gets the id of what the term waits for before it starts (a term of the phase before, what <see cref="Term.StartsAt"/> names), or <see langword="null"/> when it is not waiting.</summary>
    public string? WaitsForId { get; init; }

    /// <summary>Gets whether the term is in effect as of the analysis: its date has come (or, without a date or anchor of its own, the agreement is in force), and what it ends with has not happened.</summary>
    public bool InEffect { get; init; }

    /// <summary>Gets the id of what ends the term (<see cref="Term.EndsAt"/>) while that has not happened: a temporary term "until the next phase"; <see langword="null"/> otherwise.</summary>
    public string? UntilId { get; init; }

    /// <summary>Gets the ids of the reports verified by a monitor or verifier the agreement names (<see cref="Agreement.VerifierIds"/>): third-party verification, not self-reporting.</summary>
    public ValueList<string> VerifiedIds { get; init; }
}
