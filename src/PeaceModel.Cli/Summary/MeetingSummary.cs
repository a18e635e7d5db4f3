
namespace PeaceModel.Cli.Summary;

internal sealed record MeetingSummary
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    [ValuesOf(typeof(MeetingKind))]
    public required string Kind { get; init; }

    [ValuesOf(typeof(MeetingStatus))]
    public required string Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>The meeting's date in words, or null when the report gives none.</summary>
    public string? Date { get; init; }

    /// <summary>Where each participant's taking part stands (rules M5–M8).</summary>
    public required IReadOnlyList<ParticipationSummary> Participation { get; init; }
}
