using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record ProposalSummary
{
    public required string Id { get; init; }

    public required string ProposerId { get; init; }

    /// <summary>The party the proposer acts for (itself when it acts for no one).</summary>
    public required string ProposerPartyId { get; init; }

    public required IReadOnlyList<string> AddresseeIds { get; init; }

    /// <summary>The status in one word: the proposer's own acts first (withdrawn, lapsed), else the addressees' combined answer.</summary>
    public required ProposalStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>The addressees' combined answer, apart from the proposer's acts.</summary>
    public required ProposalStatus Outcome { get; init; }

    public required Reason OutcomeReason { get; init; }

    /// <summary>The proposer's side of the proposal's life.</summary>
    public required ProposalStanding Standing { get; init; }

    public required Reason StandingReason { get; init; }

    /// <summary>Each party's position: the addressees' parties first, then every other party that answered.</summary>
    public required IReadOnlyList<PositionSummary> Positions { get; init; }

    public required IReadOnlyList<string> CounterProposalIds { get; init; }

    public required IReadOnlyList<DeadlineSummary> Deadlines { get; init; }

    /// <summary>The status in words, as the text summary gives it.</summary>
    public required string Explanation { get; init; }
}
