namespace PeaceModel.Analysis;

/// <summary>
/// Why a position or status was derived: the rule that fired and the records that made it fire. It is
/// data; <see cref="Text.AnalysisText"/> words it.
/// </summary>
public sealed record StatusReason
{
    /// <summary>Gets the rule's id from the table in <c>docs/analysis.md</c>, such as <c>P4</c> or <c>S3</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets the ids of the reactions and conditions the rule looked at.</summary>
    public required ValueList<string> RecordIds { get; init; }
}
