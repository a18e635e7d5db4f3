using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>Where one participant's taking part in a meeting stands.</summary>
internal sealed record ParticipationSummary
{
    public required string ActorId { get; init; }

    public required ParticipationStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>The day of the participant's course (recalled, walked out), in words, or null.</summary>
    public string? Since { get; init; }
}
