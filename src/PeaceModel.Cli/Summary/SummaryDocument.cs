using System.ComponentModel;
using PeaceModel.Analysis;
using PeaceModel.Kinds;

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

/// <summary>One record of any kind, as its declaration describes it.</summary>
internal sealed record RecordItem
{
    public required string Id { get; init; }

    [Description("The kind of record, as the name of its list in the event format, such as proposals or incidents.")]
    public required string Kind { get; init; }

    [Description("When the record came into being: its own date, else the earliest statement that made it; null when neither is known.")]
    public DateOnly? MadeOn { get; init; }

    [Description("Who made the record: a speaker, proposer, setter, reactor, claimant, reporter.")]
    public required IReadOnlyList<string> AuthorIds { get; init; }

    [Description("To whom it is addressed.")]
    public required IReadOnlyList<string> AddresseeIds { get; init; }

    [Description("The actors taking part: participants, signatories, actors named in terms, perpetrators and targets.")]
    public required IReadOnlyList<string> ParticipantIds { get; init; }

    [Description("The records it answers or is about.")]
    public required IReadOnlyList<string> SubjectIds { get; init; }

    [Description("The statements that made it.")]
    public required IReadOnlyList<string> StatementIds { get; init; }

    [Description("What the record does, in words.")]
    public required string Description { get; init; }
}

/// <summary>Why a status holds: the documented rule (docs/analysis.md) and the records behind it.</summary>
internal sealed record Reason
{
    [Description("The rule id, such as O3 or W1, as listed in docs/analysis.md.")]
    public required string Rule { get; init; }

    [Description("The ids of the records the rule rests on.")]
    public required IReadOnlyList<string> RecordIds { get; init; }

    public static Reason Of(StatusReason reason) => new() { Rule = reason.Rule, RecordIds = reason.RecordIds };
}

internal sealed record ProposalSummary
{
    public required string Id { get; init; }

    public required string ProposerId { get; init; }

    [Description("The party the proposer acts for (itself when it acts for no one).")]
    public required string ProposerPartyId { get; init; }

    public required IReadOnlyList<string> AddresseeIds { get; init; }

    [Description("The status in one word: the proposer's own acts first (withdrawn, lapsed), else the addressees' combined answer.")]
    public required ProposalStatus Status { get; init; }

    public required Reason Reason { get; init; }

    [Description("The addressees' combined answer, apart from the proposer's acts.")]
    public required ProposalStatus Outcome { get; init; }

    public required Reason OutcomeReason { get; init; }

    [Description("The proposer's side of the proposal's life.")]
    public required ProposalStanding Standing { get; init; }

    public required Reason StandingReason { get; init; }

    [Description("Each party's position: the addressees' parties first, then every other party that answered.")]
    public required IReadOnlyList<PositionSummary> Positions { get; init; }

    public required IReadOnlyList<string> CounterProposalIds { get; init; }

    public required IReadOnlyList<DeadlineSummary> Deadlines { get; init; }

    [Description("The status in words, as the text summary gives it.")]
    public required string Explanation { get; init; }
}

internal sealed record PositionSummary
{
    [Description("The party: the state or organization that those who reacted act for.")]
    public required string PartyId { get; init; }

    public required Position Position { get; init; }

    [Description("Whether the party is one the proposal was made to (and so decides its status).")]
    public required bool IsAddressee { get; init; }

    [Description("Whether this position set the proposal's outcome.")]
    public required bool IsDecisive { get; init; }

    public required Reason Reason { get; init; }

    [Description("The party's noncommittal reactions that keep the question open beside a firmer position.")]
    public required IReadOnlyList<string> KeptOpenIds { get; init; }

    public required string Explanation { get; init; }
}

internal sealed record DeadlineSummary
{
    [Description("The record that sets the deadline: a condition, or the proposal for its terms.")]
    public required string RecordId { get; init; }

    [Description("The last day the deadline allows.")]
    public required DateOnly LastDay { get; init; }

    [Description("The deadline in words, with the source's wording.")]
    public required string Date { get; init; }

    [Description("Whether the last day was before the analysis date.")]
    public required bool Passed { get; init; }
}

internal sealed record AgreementSummary
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required AgreementStatus Status { get; init; }

    public required Reason Reason { get; init; }

    [Description("How many parties signed or agreed (a group's counted entry stands for its members).")]
    public required int SignedCount { get; init; }

    [Description("How many parties there are to sign.")]
    public required int PartyCount { get; init; }

    public required IReadOnlyList<string> SignedIds { get; init; }

    public required IReadOnlyList<string> ReservationIds { get; init; }

    public required IReadOnlyList<string> AbstainedIds { get; init; }

    [Description("Witnesses and guarantors.")]
    public required IReadOnlyList<string> ThirdPartyIds { get; init; }

    [Description("Proposals about the agreement, such as offers to support it.")]
    public required IReadOnlyList<string> ProposalIds { get; init; }

    public required IReadOnlyList<string> ReactionIds { get; init; }

    public required string Signatures { get; init; }

    [Description("What the claims about the agreement say of its keeping: notReported, alleged, disputed, violated.")]
    public required ComplianceStatus Compliance { get; init; }

    public Reason? ComplianceReason { get; init; }

    [Description("How far the agreement is carried out overall.")]
    public required ImplementationStatus Implementation { get; init; }

    [Description("The progress of each term that has an id.")]
    public required IReadOnlyList<TermSummary> Terms { get; init; }
}

internal sealed record TermSummary
{
    public required string TermId { get; init; }

    public required ImplementationStatus Status { get; init; }

    public required Reason Reason { get; init; }

    [Description("Implementation reports in which a party reports its own progress (unverified).")]
    public required IReadOnlyList<string> SelfReportedIds { get; init; }

    public required bool DeadlinePassed { get; init; }

    [Description("Whether the first progress came after the day the term said it would begin.")]
    public required bool Late { get; init; }
}

internal sealed record ClaimSummary
{
    public required string Id { get; init; }

    [ValuesOf(typeof(ClaimKind))]
    public required string Kind { get; init; }

    [ValuesOf(typeof(ClaimAttribution))]
    public required string Attribution { get; init; }

    public string? ClaimantId { get; init; }

    public required string Summary { get; init; }

    public required ClaimStatus Status { get; init; }

    public required Reason Reason { get; init; }

    public required IReadOnlyList<string> ConfirmedByIds { get; init; }

    public required IReadOnlyList<string> DeniedByIds { get; init; }
}

internal sealed record MeetingSummary
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    [ValuesOf(typeof(MeetingKind))]
    public required string Kind { get; init; }

    [ValuesOf(typeof(MeetingStatus))]
    public required string Status { get; init; }

    public required Reason Reason { get; init; }

    [Description("The meeting's date in words, or null when the report gives none.")]
    public string? Date { get; init; }
}

internal sealed record TimelineItem
{
    [Description("The first day of the period the date stands for.")]
    public required DateOnly FirstDay { get; init; }

    [Description("The last day of the period the date stands for.")]
    public required DateOnly LastDay { get; init; }

    [Description("The date in words, with the source's wording, time of day and zone where known.")]
    public required string Date { get; init; }

    [Description("The kind of the record that holds the date, as the name of its list in the event format, such as statements or meetings.")]
    public required string RecordKind { get; init; }

    [Description("What the date stands for.")]
    public required DateRole DateRole { get; init; }

    public required string RecordId { get; init; }

    [Description("The id of the item of the record that holds the date (an agreement's term), or null.")]
    public string? ItemId { get; init; }

    public required string Description { get; init; }
}

/// <summary>
/// A string property whose values are the camelCase names of an enum of the event format (whose own
/// converter is internal to the library); the schema lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ValuesOfAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
