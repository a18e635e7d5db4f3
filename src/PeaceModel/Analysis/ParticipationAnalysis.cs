namespace PeaceModel.Analysis;

/// <summary>Where one participant's taking part in a meeting stands, and why.</summary>
public sealed record ParticipationAnalysis
{
    /// <summary>Gets the participant's actor id.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the participant's role in the meeting.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>Gets where its taking part stands.</summary>
    public required ParticipationStatus Status { get; init; }

    /// <summary>Gets the rule (M5–M8) and the meeting it rests on.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the day of the participant's course (the day it was recalled, say), or <see langword="null"/>.</summary>
    public EventDate? Since { get; init; }
}
