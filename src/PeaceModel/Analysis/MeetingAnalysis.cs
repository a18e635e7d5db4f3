namespace PeaceModel.Analysis;

/// <summary>Where one meeting stands (rules M1–M4 in <c>docs/analysis.md</c>), and each participant's taking part (M5–M8).</summary>
public sealed record MeetingAnalysis
{
    /// <summary>Gets the meeting.</summary>
    public required Meeting Meeting { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records behind it.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets where each participant's taking part stands (rules M5–M8), in the order of the meeting's participants.</summary>
    public ValueList<ParticipationAnalysis> Participation { get; init; }
}
