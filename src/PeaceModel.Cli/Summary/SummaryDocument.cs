
namespace PeaceModel.Cli.Summary;

// The shape of `peacemodel summarize --format json`. Its JSON Schema is generated from these types
// (`peacemodel schema --summary`), so the document and its schema cannot drift apart. Dates are
// ISO 8601 (YYYY-MM-DD); enum values are camelCase like the event format's.

/// <summary>The analysis of one PeaceModel event, as printed by `peacemodel summarize --format json`.</summary>
internal sealed record SummaryDocument
{
    /// <summary>The version of this summary format; a change that removes or renames anything changes its major part.</summary>
    public required string SummaryVersion { get; init; }

    /// <summary>The id of the event analysed.</summary>
    public required string EventId { get; init; }

    /// <summary>The event's title.</summary>
    public required string Title { get; init; }

    /// <summary>The day the analysis is as of (the event's date): deadlines before it have passed, terms effective on or before it are in effect.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Each agreement, in the order of the event.</summary>
    public required IReadOnlyList<AgreementSummary> Agreements { get; init; }

    /// <summary>Each meeting, in the order of the event.</summary>
    public required IReadOnlyList<MeetingSummary> Meetings { get; init; }

    /// <summary>Each proposal, in the order of the event.</summary>
    public required IReadOnlyList<ProposalSummary> Proposals { get; init; }

    /// <summary>Each vote, in the order of the event.</summary>
    public required IReadOnlyList<VoteSummary> Votes { get; init; }

    /// <summary>Each commitment, in the order of the event.</summary>
    public required IReadOnlyList<CommitmentSummary> Commitments { get; init; }

    /// <summary>Each claim, in the order of the event.</summary>
    public required IReadOnlyList<ClaimSummary> Claims { get; init; }

    /// <summary>Every date every record holds, in date order (within a day: by time of day where known, then as reported).</summary>
    public required IReadOnlyList<TimelineItem> Timeline { get; init; }

    /// <summary>Every happening of the event (every record but the actors and sources), kind by kind in the order of the event's lists, with the actors in each role.</summary>
    public required IReadOnlyList<RecordItem> Records { get; init; }
}
