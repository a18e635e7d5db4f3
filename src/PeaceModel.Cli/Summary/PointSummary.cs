using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>A party's position on one point of a plan.</summary>
internal sealed record PointSummary
{
    public required string PointId { get; init; }

    public required Position Position { get; init; }

    /// <summary>The reactions that took the position.</summary>
    public required IReadOnlyList<string> ReactionIds { get; init; }
}
