namespace PeaceModel.Analysis;

/// <summary>
/// What an episode comes to: where each proposal stands and why, and a dated timeline. A pure
/// function of the immutable model: the same event always gives the same analysis.
/// </summary>
/// <example>
/// <code>
/// var analysis = EpisodeAnalysis.Analyze(diplomaticEvent);
/// foreach (var proposal in analysis.Proposals)
/// {
///     Console.WriteLine($"{proposal.Proposal.Id}: {proposal.Status} ({proposal.Reason.Explanation})");
/// }
/// </code>
/// </example>
public sealed record EpisodeAnalysis
{
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
        var context = new EpisodeIndex(diplomaticEvent);
        return new EpisodeAnalysis
        {
            Proposals = [.. diplomaticEvent.Proposals.Select(p => ProposalRules.Analyze(p, context))],
            Timeline = TimelineBuilder.Build(context),
        };
    }
}
