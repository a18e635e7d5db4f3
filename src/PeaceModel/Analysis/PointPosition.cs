namespace PeaceModel.Analysis;

/// <summary>Where one party stands on one point of a plan (<see cref="Proposal.Points"/>).</summary>
public sealed record PointPosition
{
    /// <summary>Gets the id of the point.</summary>
    public required string PointId { get; init; }

    /// <summary>Gets the party's position on it: <see cref="Position.NoAnswer"/> when none of its reactions names the point (silence on a point is neither acceptance nor rejection).</summary>
    public required Position Position { get; init; }

    /// <summary>Gets the ids of the party's reactions that name the point.</summary>
    public required ValueList<string> ReactionIds { get; init; }
}
