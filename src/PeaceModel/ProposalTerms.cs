namespace PeaceModel;

/// <summary>The terms of a <see cref="Proposal"/>: where, when, for how long, and whether preconditions apply.</summary>
public sealed record ProposalTerms
{
    /// <summary>Gets the proposed venue, such as Istanbul, or <see langword="null"/> when none is named.</summary>
    public Place? Venue { get; init; }

    /// <summary>Gets the date the proposal would take effect or begin ("Thursday", 2025-05-15), or <see langword="null"/>.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Gets the proposed duration, such as 30 days, or <see langword="null"/>.</summary>
    public Duration? Duration { get; init; }

    /// <summary>Gets what the proposal says about preconditions. Defaults to <see cref="PreconditionStance.NotMentioned"/> (the first member, also when JSON leaves it out).</summary>
    public PreconditionStance Preconditions { get; init; }
}
