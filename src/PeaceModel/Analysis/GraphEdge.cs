namespace PeaceModel.Analysis;

/// <summary>A proposal, condition or reaction between two actors in an <see cref="EpisodeGraph"/>.</summary>
public sealed record GraphEdge
{
    /// <summary>Gets the id of the actor the edge starts from.</summary>
    public required string FromId { get; init; }

    /// <summary>Gets the id of the actor the edge points to.</summary>
    public required string ToId { get; init; }

    /// <summary>Gets what the edge stands for.</summary>
    public required GraphEdgeKind Kind { get; init; }

    /// <summary>Gets the stance of a reaction edge; <see langword="null"/> for the other kinds.</summary>
    public Stance? Stance { get; init; }

    /// <summary>Gets the id of the proposal, condition or reaction the edge comes from.</summary>
    public required string RecordId { get; init; }
}
