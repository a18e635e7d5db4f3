using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>
/// What an episode comes to: where each proposal stands and why, and a dated timeline. A pure
/// function of the immutable model: the same event always gives the same analysis. The results are
/// data (statuses, rule ids, record ids, dates); <see cref="Text.AnalysisText"/> words them.
/// </summary>
/// <example>
/// <code>
/// var analysis = EpisodeAnalysis.Analyze(diplomaticEvent);
/// foreach (var proposal in analysis.Proposals)
/// {
///     Console.WriteLine($"{proposal.Proposal.Id}: {proposal.Status} ({proposal.Reason.Rule}: {string.Join(", ", proposal.Reason.RecordIds)})");
/// }
/// </code>
/// </example>
public sealed record EpisodeAnalysis
{
    /// <summary>Gets the event that was analysed.</summary>
    public required DiplomaticEvent Event { get; init; }

    /// <summary>Gets the day the analysis is as of: by default the last day of the event's date (the report's date). Deadlines before it have passed; terms that take effect by it are in effect (rule A1 compares moments: see <see cref="AsOfInstant"/>).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// Gets the instant the analysis is as of when one was given (<see cref="Analyze(EventIndex, DateTimeOffset)"/>),
    /// or <see langword="null"/>: then it is as of the day <see cref="AsOf"/>, which stands for the report's own
    /// time (<c>date.time</c> with its zone) on the report's day, and for the whole day otherwise.
    /// </summary>
    public DateTimeOffset? AsOfInstant { get; init; }

    /// <summary>Gets the analysis of each proposal, in the order of the event.</summary>
    public required ValueList<ProposalAnalysis> Proposals { get; init; }

    /// <summary>Gets the analysis of each agreement, in the order of the event.</summary>
    public required ValueList<AgreementAnalysis> Agreements { get; init; }

    /// <summary>Gets the analysis of each meeting, in the order of the event.</summary>
    public required ValueList<MeetingAnalysis> Meetings { get; init; }

    /// <summary>Gets the analysis of each claim, in the order of the event.</summary>
    public ValueList<ClaimAnalysis> Claims { get; init; }

    /// <summary>Gets the analysis of each vote, in the order of the event.</summary>
    public ValueList<VoteAnalysis> Votes { get; init; }

    /// <summary>Gets the analysis of each commitment, in the order of the event.</summary>
    public ValueList<CommitmentAnalysis> Commitments { get; init; }

    /// <summary>Gets every dated happening in date order.</summary>
    public required ValueList<TimelineEntry> Timeline { get; init; }

    /// <summary>Analyzes an event as of its own date. Meant for valid events; references that name nothing are skipped.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diplomaticEvent"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return Analyze(EventIndex.Create(diplomaticEvent));
    }

    /// <summary>Analyzes an indexed event as of its own date.</summary>
    /// <param name="index">The index of the event.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Analyze(index, index.Event.Date?.LastDay ?? DateOnly.MinValue);
    }

    /// <summary>Analyzes an indexed event as of a given day (what had happened by then, and which deadlines had passed).</summary>
    /// <param name="index">The index of the event.</param>
    /// <param name="asOf">The day the analysis is as of.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(EventIndex index, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Analyze(index, asOf, null);
    }

    /// <summary>
    /// Analyzes an indexed event as of an instant: an agreement is in force once a term has taken effect by
    /// then, compared as instants where the term's time has a zone (2026-12-16 12:00 +02:00 has not come at
    /// 09:59 UTC); deadlines and the other rules count by the instant's own day.
    /// </summary>
    /// <param name="index">The index of the event.</param>
    /// <param name="asOf">The instant, such as the time a report was updated.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(EventIndex index, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Analyze(index, DateOnly.FromDateTime(asOf.DateTime), asOf);
    }

    private static EpisodeAnalysis Analyze(EventIndex index, DateOnly asOf, DateTimeOffset? instant)
    {
        var votes = index.Event.Votes.Select(v => VoteRules.Analyze(v, index, asOf)).ToList();
        var proposals = index.Event.Proposals.Select(p => ProposalRules.Analyze(p, index, asOf, ById(votes, v => v.Vote.Id))).ToList();
        var byId = ById(proposals, p => p.Proposal.Id);
        var claims = index.Event.Claims.Select(c => ClaimRules.Analyze(c, index)).ToList();
        var claimsById = ById(claims, c => c.Claim.Id);
        var anchors = new Anchors(index, asOf, instant is { } at ? Moments.At(at) : Moments.AsOf(asOf, index.Event.Date), byId);
        return new EpisodeAnalysis
        {
            Event = index.Event,
            AsOf = asOf,
            AsOfInstant = instant,
            Proposals = [.. proposals],
            Agreements = [.. index.Event.Agreements.Select(a => AgreementRules.Analyze(a, index, anchors, claimsById))],
            Claims = [.. claims],
            Meetings = [.. index.Event.Meetings.Select(m => MeetingRules.Analyze(m, index, byId))],
            Votes = [.. votes],
            Commitments = [.. index.Event.Commitments.Select(c => CommitmentRules.Analyze(c, index, anchors, claimsById))],
            Timeline = TimelineBuilder.Build(index),
        };
    }

    private static Dictionary<string, T> ById<T>(List<T> analyses, Func<T, string?> id) =>
        analyses.Where(a => id(a) is not null).DistinctBy(id).ToDictionary(a => id(a)!, StringComparer.Ordinal);
}
