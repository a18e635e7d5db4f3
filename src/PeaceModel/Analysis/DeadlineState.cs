namespace PeaceModel.Analysis;

/// <summary>A deadline that bears on a proposal (a condition's, or the terms'), and whether it had passed as of the analysis date.</summary>
public sealed record DeadlineState
{
    /// <summary>Gets the id of the record that sets the deadline (a condition, or the proposal for its terms).</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the deadline.</summary>
    public required EventDate Deadline { get; init; }

    /// <summary>Gets whether the deadline's last day was before the analysis date. A deadline on the analysis date itself has not passed.</summary>
    public required bool Passed { get; init; }
}
