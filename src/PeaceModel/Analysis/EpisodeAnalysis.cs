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

    /// <summary>Gets the analysis of each proposal, in the order of the event.</summary>
    public required ValueList<ProposalAnalysis> Proposals { get; init; }

    /// <summary>Gets every dated happening in date order.</summary>
    public required ValueList<TimelineEntry> Timeline { get; init; }

    /// <summary>Analyzes an event. Meant for valid events; references that name nothing are skipped.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diplomaticEvent"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return Analyze(EventIndex.Create(diplomaticEvent));
    }

    /// <summary>Analyzes an event whose index you have already built.</summary>
    /// <param name="index">The index of the event.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static EpisodeAnalysis Analyze(EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new EpisodeAnalysis
        {
            Event = index.Event,
            Proposals = [.. index.Event.Proposals.Select(p => ProposalRules.Analyze(p, index))],
            Timeline = TimelineBuilder.Build(index.Event),
        };
    }
}
