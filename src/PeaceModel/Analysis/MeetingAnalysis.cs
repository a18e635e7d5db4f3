namespace PeaceModel.Analysis;

/// <summary>Where one meeting stands (rules M1–M4 in <c>docs/analysis.md</c>).</summary>
public sealed record MeetingAnalysis
{
    /// <summary>Gets the meeting.</summary>
    public required Meeting Meeting { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records behind it.</summary>
    public required StatusReason Reason { get; init; }
}
