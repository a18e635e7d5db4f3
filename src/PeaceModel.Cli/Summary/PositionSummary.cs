using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record PositionSummary
{
    /// <summary>The party: the state or organization that those who reacted act for.</summary>
    public required string PartyId { get; init; }

    public required Position Position { get; init; }

    /// <summary>Whether the party is one the proposal was made to (and so decides its status).</summary>
    public required bool IsAddressee { get; init; }

    /// <summary>Whether this position set the proposal's outcome.</summary>
    public required bool IsDecisive { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>The party's noncommittal reactions that keep the question open beside a firmer position.</summary>
    public required IReadOnlyList<string> KeptOpenIds { get; init; }

    public required string Explanation { get; init; }

    /// <summary>The party's position on each point of a plan, when the proposal has points (empty otherwise).</summary>
    public required IReadOnlyList<PointSummary> Points { get; init; }
}
