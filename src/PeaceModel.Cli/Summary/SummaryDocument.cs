using System.ComponentModel;

namespace PeaceModel.Cli.Summary;

// The shape of `peacemodel summarize --format json`. Its JSON Schema is generated from these types
// (`peacemodel schema --summary`), so the document and its schema cannot drift apart. Dates are
// ISO 8601 (YYYY-MM-DD); enum values are camelCase like the event format's.

/// <summary>The analysis of one event, for scripts.</summary>
[Description("The analysis of one PeaceModel event, as printed by `peacemodel summarize --format json`.")]
internal sealed record SummaryDocument
{
    [Description("The version of this summary format; a change that removes or renames anything changes its major part.")]
    public required string SummaryVersion { get; init; }

    [Description("The id of the event analysed.")]
    public required string EventId { get; init; }

    [Description("The event's title.")]
    public required string Title { get; init; }

    [Description("The day the analysis is as of (the event's date): deadlines before it have passed, terms effective on or before it are in effect.")]
    public required DateOnly AsOf { get; init; }

    [Description("Each agreement, in the order of the event.")]
    public required IReadOnlyList<AgreementSummary> Agreements { get; init; }

    [Description("Each meeting, in the order of the event.")]
    public required IReadOnlyList<MeetingSummary> Meetings { get; init; }

    [Description("Each proposal, in the order of the event.")]
    public required IReadOnlyList<ProposalSummary> Proposals { get; init; }

    [Description("Each claim, in the order of the event.")]
    public required IReadOnlyList<ClaimSummary> Claims { get; init; }

    [Description("Every date every record holds, in date order (within a day: by time of day where known, then as reported).")]
    public required IReadOnlyList<TimelineItem> Timeline { get; init; }

    [Description("Every happening of the event (every record but the actors and sources), kind by kind in the order of the event's lists, with the actors in each role.")]
    public required IReadOnlyList<RecordItem> Records { get; init; }
}
